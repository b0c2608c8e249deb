import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import { NUMERIC_FIELDS } from '../../../shared/domain/dailyFields';
import type { Store } from '../store/openStore';
import type { DailyRecordsTable, DailyRecordRevisionsTable } from '../store/tables/foundation';
import type { CentralDayRevisionsTable, CentralDaysTable } from './centralSchema';

/** The columns a day has on both sides (the office store's and the central database's). */
type SharedColumn = Exclude<keyof DailyRecordsTable & keyof CentralDaysTable, 'date'>;
export const DAY_COLUMNS: readonly SharedColumn[] = [
  ...NUMERIC_FIELDS.map((f) => f.column as SharedColumn),
  'port_open',
  'closure_reason',
  'note',
  'value_sources',
  'revision',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

export type DayColumns = Pick<Selectable<DailyRecordsTable>, SharedColumn | 'date'>;
export type RevisionColumns = Pick<DailyRecordRevisionsTable, 'revision' | 'changed_at' | 'changed_by' | 'source' | 'changes'>;

/** A day of the office store with its whole history, oldest revision first. */
export interface DayWithHistory {
  /** the day's id in the office store (daily_records.id) */
  id: number;
  day: DayColumns;
  revisions: RevisionColumns[];
}

/**
 * The hash of a day's history up to one revision, chained: it covers every earlier revision too, so
 * two copies of a day agree on it only when their histories are the same up to there. Two offices'
 * PCs that each made "revision 3" of a day differently disagree here, and that is a conflict.
 */
export function revisionHashes(portCode: string, date: string, revisions: readonly RevisionColumns[]): string[] {
  let prev = '';
  return revisions.map((r) => {
    prev = crypto
      .createHash('sha256')
      .update(JSON.stringify([prev, portCode, date, r.revision, r.changed_at, r.changed_by, r.source, r.changes]))
      .digest('hex');
    return prev;
  });
}

/**
 * A port's days in the office store, each with its revisions. A day holding any demo value (is_demo)
 * stays at home: demo values are fiction, and a day a person wrote over in part still holds some until
 * the demo is removed, which leaves only their values and sends the day on the next run. `unsynced`
 * leaves out the days whose revision the central database is known to hold (central_days).
 */
export function readLocalDays(store: Store, portId: number, which: 'all' | 'unsynced' = 'all'): DayWithHistory[] {
  const from =
    which === 'all'
      ? 'daily_records d WHERE d.port_id = ? AND d.is_demo = 0'
      : `daily_records d LEFT JOIN central_days c ON c.record_id = d.id
         WHERE d.port_id = ? AND d.is_demo = 0 AND (c.revision IS NULL OR c.revision <> d.revision)`;
  const days = store.sqlite
    .prepare(`SELECT d.id, d.date, ${DAY_COLUMNS.map((c) => `d.${c}`).join(', ')} FROM ${from} ORDER BY d.date`)
    .all(portId) as (DayColumns & { id: number })[];
  const revisions = store.sqlite
    .prepare(
      `SELECT r.record_id, r.revision, r.changed_at, r.changed_by, r.source, r.changes FROM daily_record_revisions r
       WHERE r.record_id IN (SELECT d.id FROM ${from}) ORDER BY r.record_id, r.revision`,
    )
    .all(portId) as (RevisionColumns & { record_id: number })[];
  const byRecord = new Map<number, RevisionColumns[]>();
  for (const { record_id, ...r } of revisions) {
    let list = byRecord.get(record_id);
    if (!list) byRecord.set(record_id, (list = []));
    list.push(r);
  }
  return days.map(({ id, ...day }) => ({ id, day, revisions: byRecord.get(id) ?? [] }));
}

export function toCentralDay(portCode: string, d: DayWithHistory, revisionHash: string): CentralDaysTable {
  return { ...d.day, port_code: portCode, revision_hash: revisionHash };
}

export function toCentralRevision(portCode: string, date: string, r: RevisionColumns): CentralDayRevisionsTable {
  return { port_code: portCode, date, ...r };
}
