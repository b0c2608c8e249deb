import type BetterSqlite3 from 'better-sqlite3';
import type { DailyRecordRow } from '../services/days/dayRecordRows';
import { prepared } from './statements';

/**
 * The reads of stored days that the services share: one port's day, its days in a range, its days on
 * given dates. Synchronous on the store's own connection (see ./ports.ts for why). Whole rows: the
 * mapping to the contract's values is in services/days/dayRecordRows.ts.
 */

/** One stored day, or undefined where nothing was recorded. */
export function readDay(sqlite: BetterSqlite3.Database, portId: number, date: string): DailyRecordRow | undefined {
  return prepared(sqlite, 'SELECT * FROM daily_records WHERE port_id = ? AND date = ?').get(portId, date) as DailyRecordRow | undefined;
}

/** The port's stored days from–to (both included), oldest first; unrecorded days are absent. */
export function readDays(sqlite: BetterSqlite3.Database, portId: number, from: string, to: string): DailyRecordRow[] {
  if (from > to) return [];
  return prepared(sqlite, 'SELECT * FROM daily_records WHERE port_id = ? AND date >= ? AND date <= ? ORDER BY date').all(portId, from, to) as DailyRecordRow[];
}

/** The port's stored days on these dates (any order, any spread), by date. */
export function readDaysOn(sqlite: BetterSqlite3.Database, portId: number, dates: readonly string[]): Map<string, DailyRecordRow> {
  const rows = prepared(sqlite, 'SELECT * FROM daily_records WHERE port_id = ? AND date IN (SELECT value FROM json_each(?))').all(
    portId,
    JSON.stringify(dates),
  ) as DailyRecordRow[];
  return new Map(rows.map((r) => [r.date, r]));
}
