import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { changedFields, isBlankDay, NUMERIC_FIELDS, type DayValueKey, type DayValues } from '../../../../shared/domain/dailyFields';
import { daysBetween } from '../../../../shared/domain/dates';
import type { ChangeSource, DailyRecord } from '../../../../shared/contract/days';
import { AppError } from '../../../../shared/contract/result';
import type { Database } from '../../store/schema';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { StoreHandles } from '../../store/openStore';
import { requireEnabledPort } from '../../data/ports';
import { readDays, readDaysOn } from '../../data/dailyRecords';

import { portOpenColumn, rowToRecord, rowToValues, valuesToColumns, type DailyRecordRow } from './dayRecordRows';
import { editChangesJson, newDayChangesJson } from './revisionChanges';
import { DEMO_SOURCE, holdsDemo, newDaySourcesJson, readValueSources, sameSources, sourceCodeOf, sourcesAfterWrite } from './valueSources';

export interface DayToWrite {
  date: string;
  values: DayValues;
  /** when set, the store's revision must still be this (null: the day must not exist yet) */
  expectedRevision?: number | null;
  /**
   * fields this write vouches for even where the value stays what it was: an imported file that
   * gives a figure equal to the demo's makes it the file's (valueSources.ts). Changed fields always
   * take the writer's source.
   */
  claimed?: readonly DayValueKey[];
}

export interface WriteDaysArgs {
  portId: number;
  days: DayToWrite[];
  actor: string;
  source: ChangeSource;
  now: Date;
  /** the import (day_imports row) whose values these are, for source 'import' */
  importId?: number;
  /**
   * For bulk writers (import, demo data): new days and their revisions go in through prepared
   * statements on the store's connection, inside the same transaction, and the result carries
   * counts only (`saved` stays empty). A 100,000-day import spends most of its time here otherwise.
   */
  bulk?: boolean;
}

export interface WriteDaysResult {
  /** how many days were written (new or changed) */
  savedCount: number;
  /** the written days as now stored, in the order given; empty for bulk writes */
  saved: DailyRecord[];
  unchanged: string[];
}

// Rows per multi-row statement: well under SQLite's 32,766 bound parameters (24 columns a record).
const INSERT_CHUNK = 400;
const REVISION_CHUNK = 2000;

type RevisionRow = { record_id: number; revision: number; changed_at: string; changed_by: string; source: string; changes: string };
type NewRow = Omit<DailyRecordRow, 'id'>;

/** Splits a list into runs of at most `size` (statements' parameter bounds, sync batches). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The one place daily records are written: form, grid, paste, import and demo data all come through
 * here, inside one transaction, so every change gets a revision with its field-by-field diff and a
 * batch is saved whole or not at all.
 *
 * Inside a write call (an import spanning several ports) it joins that call's transaction
 * (store/writeTransaction.ts). Existing days are read in one range query (or a few), and new days inserted
 * in multi-row statements or, for bulk writers, prepared ones: a ten-year import is thousands
 * of days, and a statement built per day would cost seconds.
 */
export async function writeDays(store: StoreHandles, args: WriteDaysArgs): Promise<WriteDaysResult> {
  return inWriteTransaction(store.sqlite, () => writeInTransaction(store, args));
}

/** The stored rows of the port on these dates: a range scan when the dates are close together, else lists. */
function readExisting(sqlite: BetterSqlite3.Database, portId: number, dates: string[]): Map<string, DailyRecordRow> {
  const byDate = new Map<string, DailyRecordRow>();
  if (dates.length === 0) return byDate;
  const sorted = [...dates].sort();
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const wanted = new Set(dates);
  if (daysBetween(from, to) < 4 * dates.length + 31) {
    for (const row of readDays(sqlite, portId, from, to)) if (wanted.has(row.date)) byDate.set(row.date, row);
    return byDate;
  }
  return readDaysOn(sqlite, portId, dates);
}

/** Every column of a new row, in the order of the prepared insert's parameters. */
const NEW_ROW_COLUMNS: readonly (keyof NewRow)[] = [
  'port_id',
  'date',
  ...NUMERIC_FIELDS.map((f) => f.column as keyof NewRow),
  'port_open',
  'closure_reason',
  'note',
  'revision',
  'is_demo',
  'value_sources',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

const preparedByConnection = new WeakMap<BetterSqlite3.Database, { record: BetterSqlite3.Statement; revision: BetterSqlite3.Statement }>();

function preparedFor(connection: BetterSqlite3.Database) {
  let prepared = preparedByConnection.get(connection);
  if (!prepared) {
    prepared = {
      record: connection.prepare(`INSERT INTO daily_records (${NEW_ROW_COLUMNS.join(', ')}) VALUES (${NEW_ROW_COLUMNS.map(() => '?').join(', ')})`),
      revision: connection.prepare('INSERT INTO daily_record_revisions (record_id, revision, changed_at, changed_by, source, changes) VALUES (?, ?, ?, ?, ?, ?)'),
    };
    preparedByConnection.set(connection, prepared);
  }
  return prepared;
}

/**
 * Bulk writers' new days, each inserted with its first revision as soon as it is met: positional
 * parameters filled straight from the values, and nothing kept afterwards. Holding a 100,000-day
 * import's rows and history texts until the end cost more in garbage collection than the inserts.
 */
function bulkNewDayWriter(connection: BetterSqlite3.Database, fixed: { portId: number; code: string | null; nowIso: string; actor: string; source: ChangeSource }) {
  const { record, revision } = preparedFor(connection);
  const params: unknown[] = new Array(NEW_ROW_COLUMNS.length);
  return (date: string, values: DayValues): void => {
    params[0] = fixed.portId;
    params[1] = date;
    let c = 2;
    for (const f of NUMERIC_FIELDS) params[c++] = values[f.key];
    params[c++] = portOpenColumn(values.portOpen);
    params[c++] = values.closureReason;
    params[c++] = values.note;
    params[c++] = 1;
    params[c++] = fixed.code === DEMO_SOURCE ? 1 : 0;
    params[c++] = newDaySourcesJson(values, fixed.code);
    params[c++] = fixed.nowIso;
    params[c++] = fixed.actor;
    params[c++] = fixed.nowIso;
    params[c++] = fixed.actor;
    const id = record.run(params).lastInsertRowid;
    revision.run(id, 1, fixed.nowIso, fixed.actor, fixed.source, newDayChangesJson(values));
  };
}

/** Inserts new rows in multi-row statements and gives each its id. */
async function insertRows(trx: Kysely<Database>, rows: NewRow[]): Promise<DailyRecordRow[]> {
  const out: DailyRecordRow[] = [];
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const ids = await trx.insertInto('daily_records').values(part).returning(['id', 'date']).execute();
    // RETURNING gives rows in no promised order: match them up by date.
    const idByDate = new Map(ids.map((r) => [r.date, r.id]));
    // The inserted object becomes the stored row once it has its id (no copy).
    for (const row of part) out.push(Object.assign(row, { id: idByDate.get(row.date)! }) as DailyRecordRow);
  }
  return out;
}

async function insertRevisions(trx: Kysely<Database>, revisions: RevisionRow[]): Promise<void> {
  for (const part of chunks(revisions, REVISION_CHUNK)) await trx.insertInto('daily_record_revisions').values(part).execute();
}

async function writeInTransaction({ db: trx, sqlite }: StoreHandles, args: WriteDaysArgs): Promise<WriteDaysResult> {
  const nowIso = args.now.toISOString();
  const code = sourceCodeOf(args.source, args.importId);
  const isDemo = code === DEMO_SOURCE ? 1 : 0;
  // A disabled port keeps its history but takes nothing new, whichever way it comes (form, grid, import).
  requireEnabledPort(sqlite, args.portId);
  // A port another office owns came from the central database: its figures are read-only here.
  const pulled = await trx.selectFrom('central_ports').select('office').where('port_id', '=', args.portId).executeTakeFirst();
  if (pulled) throw new AppError('FORBIDDEN', `该口岸的数据由 ${pulled.office} 录入并从中心数据库同步而来，本机只能查看，不能修改`);

  const seen = new Set<string>();
  for (const day of args.days) {
    if (seen.has(day.date)) throw new AppError('INVALID_INPUT', `${day.date} 在同一批数据中出现了多次`);
    seen.add(day.date);
  }
  const existingByDate = readExisting(sqlite, args.portId, [...seen]);

  const unchanged: string[] = [];
  const newRows: NewRow[] = [];
  const newChanges: string[] = [];
  const updates: { existing: DailyRecordRow; values: DayValues; changes: ReturnType<typeof changedFields>; sources: string }[] = [];
  /** unchanged days whose values this write vouches for now (a claim over demo values): sources only, no revision */
  const reclaimed: { id: number; sources: string }[] = [];
  const insertBulk = args.bulk ? bulkNewDayWriter(sqlite, { portId: args.portId, code, nowIso, actor: args.actor, source: args.source }) : null;
  let bulkInserted = 0;
  for (const day of args.days) {
    const existing = existingByDate.get(day.date);
    if (day.expectedRevision !== undefined && (existing?.revision ?? null) !== (day.expectedRevision ?? null)) {
      throw new AppError('CONFLICT', `${day.date} 的数据已被 ${existing?.updated_by ?? '他人'} 修改，请重新打开该日后再保存`);
    }
    if (existing) {
      const changes = changedFields(rowToValues(existing), day.values);
      const before = readValueSources(existing.value_sources);
      const after = sourcesAfterWrite(before, day.values, [...changes.map((c) => c.field), ...(day.claimed ?? [])], code);
      if (changes.length > 0) updates.push({ existing, values: day.values, changes, sources: JSON.stringify(after) });
      else {
        unchanged.push(day.date);
        if (!sameSources(before, after)) reclaimed.push({ id: existing.id, sources: JSON.stringify(after) });
      }
      continue;
    }
    if (isBlankDay(day.values)) {
      unchanged.push(day.date);
      continue;
    }
    if (insertBulk) {
      insertBulk(day.date, day.values);
      bulkInserted++;
      continue;
    }
    newRows.push({
      port_id: args.portId,
      date: day.date,
      ...(valuesToColumns(day.values) as Omit<NewRow, 'port_id' | 'date' | 'revision' | 'is_demo' | 'value_sources' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'>),
      revision: 1,
      is_demo: isDemo,
      value_sources: newDaySourcesJson(day.values, code),
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

  for (const { existing, values, changes, sources } of updates) {
    const row = await trx
      .updateTable('daily_records')
      .set({ ...valuesToColumns(values), revision: existing.revision + 1, updated_at: nowIso, updated_by: args.actor, value_sources: sources, is_demo: holdsDemo(readValueSources(sources)) ? 1 : 0 })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    savedByDate.set(row.date, row);
    revisionOf(row, editChangesJson(changes));
  }
  // Not a change of any figure, so no revision: only who vouches for it.
  for (const { id, sources } of reclaimed) {
    await trx.updateTable('daily_records').set({ value_sources: sources, is_demo: holdsDemo(readValueSources(sources)) ? 1 : 0 }).where('id', '=', id).execute();
  }
  const savedCount = updates.length + newRows.length + bulkInserted;
  if (args.bulk) {
    await insertRevisions(trx, revisions);
    return { savedCount, saved: [], unchanged };
  }
  const inserted = await insertRows(trx, newRows);
  inserted.forEach((row, i) => {
    savedByDate.set(row.date, row);
    revisionOf(row, newChanges[i]!);
  });
  await insertRevisions(trx, revisions);

  const saved: DailyRecord[] = [];
  for (const day of args.days) {
    const row = savedByDate.get(day.date);
    if (row) saved.push(rowToRecord(row));
  }
  return { savedCount, saved, unchanged };
}
