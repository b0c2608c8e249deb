import type { DayValues } from '../../../../shared/domain/dailyFields';
import { isRestDay, type DayType } from '../../../../shared/domain/dayType';
import type { EffectPoint } from '../../../../shared/domain/measures/effect';
import { MEASURE_METRICS, measureMetricValue, type MeasureMetricKey } from '../../../../shared/domain/measures/measureTypes';
import { readDayFigureRows } from '../../data/dayFigureRows';
import { dayFiguresOf } from '../../dayFigures';
import type { CoreDeps } from '../../types';
import { rowToValues } from '../days/dayRecordRows';

/** One recorded day of a port, with its day type from the calendar. */
export interface RecordedDay {
  date: string;
  values: DayValues;
  dayType: DayType;
}

/**
 * The recorded days of a port between two dates (both included), oldest first; unrecorded days are
 * absent. Read where the dashboard reads them, so a measure's effect on the central host is
 * computed on the synced figures.
 */
export async function loadRecordedDays(
  deps: Pick<CoreDeps, 'store' | 'days' | 'dayTypes'>,
  portId: number,
  from: string,
  to: string,
): Promise<RecordedDay[]> {
  const { dayTypes } = deps;
  const rows = await readDayFigureRows(dayFiguresOf(deps), portId, from, to);
  if (rows.length === 0) return [];
  const types = new Map(dayTypes.range(portId, from, to).map((t) => [t.date, t.type]));
  return rows.map((r) => ({ date: r.date, values: rowToValues(r), dayType: types.get(r.date) ?? 'unknown' }));
}

/**
 * A metric's daily series, in its display unit, as the effect analysis takes it. A figure defined
 * only on rest days leaves the working days out: blank there means "does not apply", which the
 * analysis must not take for a figure someone failed to enter.
 */
export function metricSeries(days: readonly RecordedDay[], metric: MeasureMetricKey): EffectPoint[] {
  const kept = MEASURE_METRICS[metric].restDaysOnly ? days.filter((d) => isRestDay(d.dayType)) : days;
  return kept.map((d) => ({
    date: d.date,
    value: measureMetricValue(metric, d.values, d.dayType),
    dayType: d.dayType,
    portOpen: d.values.portOpen,
  }));
}

/**
 * The plain daily mean of a metric over a span, on the days that count for it (open days, or every
 * day for a figure about closures such as the rest-day coverage), for "where the figure stands".
 */
export function spanMean(series: readonly EffectPoint[], metric: MeasureMetricKey, from: string, to: string): { mean: number | null; dataDays: number } {
  const countsClosed = MEASURE_METRICS[metric].countsClosedDays;
  let sum = 0;
  let n = 0;
  for (const p of series) {
    if (p.date < from || p.date > to) continue;
    if (p.portOpen === false && !countsClosed) continue;
    if (p.value === null || !Number.isFinite(p.value)) continue;
    sum += p.value;
    n++;
  }
  return { mean: n > 0 ? sum / n : null, dataDays: n };
}
