import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import { changedFields, DAY_VALUE_KEYS, isBlankDay, NUMERIC_FIELDS, type DayValues } from '../../../shared/domain/dailyFields';
import { daysBetween } from '../../../shared/domain/dates';
import type { ChangeSource, DailyRecord } from '../../../shared/contract/days';
import { AppError } from '../../../shared/contract/result';
import type { Database } from '../store/schema';
import { inTransaction } from '../store/inTransaction';
import { rowToRecord, rowToValues, valuesToColumns, type DailyRecordRow } from './dayRecordRows';

export interface DayToWrite {
  date: string;
  values: DayValues;
  /** when set, the store's revision must still be this (null: the day must not exist yet) */
  expectedRevision?: number | null;
}

export interface WriteDaysArgs {
  portId: number;
  days: DayToWrite[];
  actor: string;
  source: ChangeSource;
  now: Date;
  isDemo?: boolean;
  /**
   * The store's own connection (store.sqlite), for bulk writers (import, demo data): new days and
   * revisions then go in through prepared statements on it, inside the same transaction, instead of
   * statements built per batch. A 100,000-day import spends most of its time here otherwise.
   */
  connection?: BetterSqlite3.Database;
}

export interface WriteDaysResult {
  saved: DailyRecord[];
  unchanged: string[];
}

// Rows per multi-row statement: well under SQLite's 32,766 bound parameters (24 columns a record).
const LOOKUP_CHUNK = 500;
const INSERT_CHUNK = 400;
const REVISION_CHUNK = 2000;

type RevisionRow = { record_id: number; revision: number; changed_at: string; changed_by: string; source: string; changes: string };
type NewRow = Omit<DailyRecordRow, 'id'>;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The one place daily records are written: form, grid, paste, import and demo data all come through
 * here, inside one transaction, so every change gets a revision with its field-by-field diff and a
 * batch is saved whole or not at all.
 *
 * Called with a transaction (an import spanning several ports), it joins that transaction instead
 * of opening its own. Existing days are read in one range query (or a few), and new days inserted
 * in multi-row statements or, given the connection, prepared ones: a ten-year import is thousands
 * of days, and a statement built per day would cost seconds.
 */
export async function writeDays(db: Kysely<Database>, args: WriteDaysArgs): Promise<WriteDaysResult> {
  return inTransaction(db, (trx) => writeInTransaction(trx, args));
}

/** The stored rows of the port on these dates: a range scan when the dates are close together, else lists. */
async function readExisting(trx: Transaction<Database>, portId: number, dates: string[]): Promise<Map<string, DailyRecordRow>> {
  const byDate = new Map<string, DailyRecordRow>();
  if (dates.length === 0) return byDate;
  const sorted = [...dates].sort();
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const wanted = new Set(dates);
  if (daysBetween(from, to) < 4 * dates.length + 31) {
    const rows = await trx.selectFrom('daily_records').selectAll().where('port_id', '=', portId).where('date', '>=', from).where('date', '<=', to).execute();
    for (const row of rows) if (wanted.has(row.date)) byDate.set(row.date, row);
    return byDate;
  }
  for (const part of chunks(dates, LOOKUP_CHUNK)) {
    const rows = await trx.selectFrom('daily_records').selectAll().where('port_id', '=', portId).where('date', 'in', part).execute();
    for (const row of rows) byDate.set(row.date, row);
  }
  return byDate;
}

const preparedByConnection = new WeakMap<BetterSqlite3.Database, { record: BetterSqlite3.Statement; revision: BetterSqlite3.Statement }>();

/** Every column of a new row, in the order of the prepared insert. */
const NEW_ROW_COLUMNS = [
  'port_id',
  'date',
  ...NUMERIC_FIELDS.map((f) => f.column),
  'port_open',
  'closure_reason',
  'note',
  'revision',
  'is_demo',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

function preparedFor(connection: BetterSqlite3.Database) {
  let prepared = preparedByConnection.get(connection);
  if (!prepared) {
    prepared = {
      record: connection.prepare(`INSERT INTO daily_records (${NEW_ROW_COLUMNS.join(', ')}) VALUES (${NEW_ROW_COLUMNS.map((c) => '@' + c).join(', ')})`),
      revision: connection.prepare(
        'INSERT INTO daily_record_revisions (record_id, revision, changed_at, changed_by, source, changes) VALUES (@record_id, @revision, @changed_at, @changed_by, @source, @changes)',
      ),
    };
    preparedByConnection.set(connection, prepared);
  }
  return prepared;
}

/** Inserts new rows and gives each its id. */
async function insertRows(trx: Transaction<Database>, rows: NewRow[], connection: BetterSqlite3.Database | undefined): Promise<DailyRecordRow[]> {
  if (rows.length === 0) return [];
  if (connection) {
    const { record } = preparedFor(connection);
    return rows.map((row) => Object.assign(row, { id: Number(record.run(row).lastInsertRowid) }) as DailyRecordRow);
  }
  const out: DailyRecordRow[] = [];
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const ids = await trx.insertInto('daily_records').values(part).returning(['id', 'date']).execute();
    // RETURNING gives rows in no promised order: match them up by date.
    const idByDate = new Map(ids.map((r) => [r.date, r.id]));
    // The inserted object becomes the stored row once it has its id (no copy: imports insert thousands).
    for (const row of part) out.push(Object.assign(row, { id: idByDate.get(row.date)! }) as DailyRecordRow);
  }
  return out;
}

async function insertRevisions(trx: Transaction<Database>, revisions: RevisionRow[], connection: BetterSqlite3.Database | undefined): Promise<void> {
  if (connection) {
    const { revision } = preparedFor(connection);
    for (const r of revisions) revision.run(r);
    return;
  }
  for (const part of chunks(revisions, REVISION_CHUNK)) await trx.insertInto('daily_record_revisions').values(part).execute();
}

/**
 * The history entry of a new day: every field it has, from blank. The same JSON as
 * JSON.stringify(changedFields(emptyDayValues(), values)), written directly because an import
 * writes it for every one of its days.
 */
export function newDayChangesJson(values: DayValues): string {
  let json = '';
  for (const key of DAY_VALUE_KEYS) {
    const to = values[key];
    if (to === null) continue;
    json += `${json ? ',' : ''}{"field":"${key}","from":null,"to":${JSON.stringify(to)}}`;
  }
  return `[${json}]`;
}

async function writeInTransaction(trx: Transaction<Database>, args: WriteDaysArgs): Promise<WriteDaysResult> {
  const nowIso = args.now.toISOString();
  const isDemo = args.isDemo ? 1 : 0;
  const port = await trx.selectFrom('ports').select('id').where('id', '=', args.portId).executeTakeFirst();
  if (!port) throw new AppError('NOT_FOUND', '所选口岸不存在，请刷新后重试');

  const seen = new Set<string>();
  for (const day of args.days) {
    if (seen.has(day.date)) throw new AppError('INVALID_INPUT', `${day.date} 在同一批数据中出现了多次`);
    seen.add(day.date);
  }
  const existingByDate = await readExisting(trx, args.portId, [...seen]);

  const unchanged: string[] = [];
  const newRows: NewRow[] = [];
  const newChanges: string[] = [];
  const updates: { existing: DailyRecordRow; values: DayValues; changes: ReturnType<typeof changedFields> }[] = [];
  for (const day of args.days) {
    const existing = existingByDate.get(day.date);
    if (day.expectedRevision !== undefined && (existing?.revision ?? null) !== (day.expectedRevision ?? null)) {
      throw new AppError('CONFLICT', `${day.date} 的数据已被 ${existing?.updated_by ?? '他人'} 修改，请重新打开该日后再保存`);
    }
    if (existing) {
      const changes = changedFields(rowToValues(existing), day.values);
      if (changes.length === 0) unchanged.push(day.date);
      else updates.push({ existing, values: day.values, changes });
      continue;
    }
    if (isBlankDay(day.values)) {
      unchanged.push(day.date);
      continue;
    }
    newRows.push({
      port_id: args.portId,
      date: day.date,
      ...(valuesToColumns(day.values) as Omit<NewRow, 'port_id' | 'date' | 'revision' | 'is_demo' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'>),
      revision: 1,
      is_demo: isDemo,
      created_at: nowIso,
      created_by: args.actor,
      updated_at: nowIso,
      updated_by: args.actor,
    });
    newChanges.push(newDayChangesJson(day.values));
  }

  const savedByDate = new Map<string, DailyRecordRow>();
  const revisions: RevisionRow[] = [];
  const revisionOf = (row: DailyRecordRow, changesJson: string) =>
    revisions.push({ record_id: row.id, revision: row.revision, changed_at: nowIso, changed_by: args.actor, source: args.source, changes: changesJson });

  for (const { existing, values, changes } of updates) {
    const row = await trx
      .updateTable('daily_records')
      .set({ ...valuesToColumns(values), revision: existing.revision + 1, updated_at: nowIso, updated_by: args.actor, is_demo: isDemo })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    savedByDate.set(row.date, row);
    revisionOf(row, JSON.stringify(changes));
  }
  const inserted = await insertRows(trx, newRows, args.connection);
  inserted.forEach((row, i) => {
    savedByDate.set(row.date, row);
    revisionOf(row, newChanges[i]!);
  });
  await insertRevisions(trx, revisions, args.connection);

  const saved: DailyRecord[] = [];
  for (const day of args.days) {
    const row = savedByDate.get(day.date);
    if (row) saved.push(rowToRecord(row));
  }
  return { saved, unchanged };
}
