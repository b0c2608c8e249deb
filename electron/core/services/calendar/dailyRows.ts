import type { Kysely } from 'kysely';
import { datesBetween } from '../../../../shared/domain/dates';
import { emptyDayValues } from '../../../../shared/domain/dailyFields';
import type { DailyRow } from '../../../../shared/domain/kpi';
import type { Database } from '../../store/schema';
import type { DayTypeProvider } from '../../types';
import { rowToValues } from '../days/dayRecordRows';

/**
 * Every day from–to at a port, with its day type and its values (blank where nothing was recorded):
 * what the KPI functions want, so that unrecorded rest days count against 5+2 coverage.
 */
export async function loadDailyRows(
  db: Kysely<Database>,
  dayTypes: DayTypeProvider,
  portId: number,
  from: string,
  to: string,
): Promise<DailyRow[]> {
  if (from > to) return [];
  const records = await db
    .selectFrom('daily_records')
    .selectAll()
    .where('port_id', '=', portId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  const byDate = new Map(records.map((r) => [r.date, rowToValues(r)]));
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
