import type { Kysely, Transaction } from 'kysely';
import { changedFields, emptyDayValues, isBlankDay, type DayValues } from '../../../shared/domain/dailyFields';
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
}

export interface WriteDaysResult {
  saved: DailyRecord[];
  unchanged: string[];
}

// Rows per multi-row statement: well under SQLite's 32,766 bound parameters (24 columns a record).
const LOOKUP_CHUNK = 500;
const INSERT_CHUNK = 400;
const REVISION_CHUNK = 2000;

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
 * of opening its own. Existing days are read and new days inserted in multi-row statements: a
 * ten-year import is thousands of days, and a statement per day would cost seconds.
 */
export async function writeDays(db: Kysely<Database>, args: WriteDaysArgs): Promise<WriteDaysResult> {
  return inTransaction(db, (trx) => writeInTransaction(trx, args));
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

  const existingByDate = new Map<string, DailyRecordRow>();
  for (const part of chunks(args.days, LOOKUP_CHUNK)) {
    const rows = await trx
      .selectFrom('daily_records')
      .selectAll()
      .where('port_id', '=', args.portId)
      .where(
        'date',
        'in',
        part.map((d) => d.date),
      )
      .execute();
    for (const row of rows) existingByDate.set(row.date, row);
  }

  const unchanged: string[] = [];
  const inserts: { date: string; values: DayValues; changes: ReturnType<typeof changedFields> }[] = [];
  const updates: { existing: DailyRecordRow; values: DayValues; changes: ReturnType<typeof changedFields> }[] = [];
  for (const day of args.days) {
    const existing = existingByDate.get(day.date);
    if (day.expectedRevision !== undefined && (existing?.revision ?? null) !== (day.expectedRevision ?? null)) {
      throw new AppError('CONFLICT', `${day.date} 的数据已被 ${existing?.updated_by ?? '他人'} 修改，请重新打开该日后再保存`);
    }
    const before = existing ? rowToValues(existing) : emptyDayValues();
    const changes = changedFields(before, day.values);
    if (changes.length === 0 || (!existing && isBlankDay(day.values))) {
      unchanged.push(day.date);
      continue;
    }
    if (existing) updates.push({ existing, values: day.values, changes });
    else inserts.push({ date: day.date, values: day.values, changes });
  }

  const savedByDate = new Map<string, DailyRecordRow>();
  const revisions: { record_id: number; revision: number; changed_at: string; changed_by: string; source: string; changes: string }[] = [];
  const revisionOf = (row: DailyRecordRow, changes: unknown) =>
    revisions.push({ record_id: row.id, revision: row.revision, changed_at: nowIso, changed_by: args.actor, source: args.source, changes: JSON.stringify(changes) });

  for (const { existing, values, changes } of updates) {
    const row = await trx
      .updateTable('daily_records')
      .set({ ...valuesToColumns(values), revision: existing.revision + 1, updated_at: nowIso, updated_by: args.actor, is_demo: isDemo })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    savedByDate.set(row.date, row);
    revisionOf(row, changes);
  }

  for (const part of chunks(inserts, INSERT_CHUNK)) {
    const newRows = part.map((d) => ({
      port_id: args.portId,
      date: d.date,
      ...(valuesToColumns(d.values) as Omit<DailyRecordRow, 'id' | 'port_id' | 'date' | 'revision' | 'is_demo' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'>),
      revision: 1,
      is_demo: isDemo,
      created_at: nowIso,
      created_by: args.actor,
      updated_at: nowIso,
      updated_by: args.actor,
    }));
    const ids = await trx.insertInto('daily_records').values(newRows).returning(['id', 'date']).execute();
    // RETURNING gives rows in no promised order: match them up by date.
    const idByDate = new Map(ids.map((r) => [r.date, r.id]));
    part.forEach((d, i) => {
      // The inserted object becomes the stored row once it has its id (no copy: imports insert thousands).
      const row = newRows[i] as DailyRecordRow;
      row.id = idByDate.get(d.date)!;
      savedByDate.set(d.date, row);
      revisionOf(row, d.changes);
    });
  }

  for (const part of chunks(revisions, REVISION_CHUNK)) {
    await trx.insertInto('daily_record_revisions').values(part).execute();
  }

  const saved: DailyRecord[] = [];
  for (const day of args.days) {
    const row = savedByDate.get(day.date);
    if (row) saved.push(rowToRecord(row));
  }
  return { saved, unchanged };
}
