import type { DayFigureSource } from '../store/dialect';
import type { DailyRecordRow } from '../services/days/dayRecordRows';

/**
 * A port's days from–to (both included), oldest first, from wherever the core reads its figures:
 * the store's own table, or the central database's `daily_records` view (store/dialect.ts). The view
 * has the value columns and provenance but no row id, demo flag or value sources: callers read values.
 */
export async function readDayFigureRows(source: DayFigureSource, portId: number, from: string, to: string): Promise<DailyRecordRow[]> {
  if (from > to) return [];
  return (await source.db
    .selectFrom('daily_records')
    .selectAll()
    .where('port_id', '=', portId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute()) as DailyRecordRow[];
}
