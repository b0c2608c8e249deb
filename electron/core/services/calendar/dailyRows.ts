import type BetterSqlite3 from 'better-sqlite3';
import { datesBetween } from '../../../../shared/domain/dates';
import { emptyDayValues } from '../../../../shared/domain/dailyFields';
import type { DailyRow } from '../../../../shared/domain/kpi';
import { readDays } from '../../data/dailyRecords';
import type { DayTypeProvider } from '../../types';
import { rowToValues } from '../days/dayRecordRows';

/**
 * Every day from–to at a port, with its day type and its values (blank where nothing was recorded):
 * what the KPI functions want, so that unrecorded rest days count against 5+2 coverage.
 */
export async function loadDailyRows(
  sqlite: BetterSqlite3.Database,
  dayTypes: DayTypeProvider,
  portId: number,
  from: string,
  to: string,
): Promise<DailyRow[]> {
  if (from > to) return [];
  const byDate = new Map(readDays(sqlite, portId, from, to).map((r) => [r.date, rowToValues(r)]));
  const types = dayTypes.range(portId, from, to);
  return datesBetween(from, to).map((date, i) => ({
    date,
    values: byDate.get(date) ?? emptyDayValues(),
    dayType: (types[i] as { type: DailyRow['dayType'] }).type,
  }));
}

/** The rows of a sub-range of rows loaded in date order. */
export function rowsBetween<T extends { date: string }>(rows: readonly T[], from: string, to: string): T[] {
  return rows.filter((r) => r.date >= from && r.date <= to);
}
