import { addDays } from '../../../shared/domain/dates';
import { NUMERIC_FIELDS, type DayValues } from '../../../shared/domain/dailyFields';
import { formatScaled } from '../../../shared/domain/scaledNumber';
import type { RangeWarning } from '../../../shared/contract/days';
import type { Store } from '../store/openStore';

/** A value more than this many times the recent median is probably a typo (an extra zero, 元 for 万元). */
export const OUTLIER_FACTOR = 5;
const WINDOW_DAYS = 90;
/** Too few recent days make the median meaningless; then nothing is flagged. */
const MIN_SAMPLES = 10;

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Values far above the port's usual range (over 5× the median of the 90 days before the date),
 * which the clerk must confirm before they are saved.
 */
export function findRangeWarnings(store: Store, portId: number, days: { date: string; values: DayValues }[]): RangeWarning[] {
  if (days.length === 0) return [];
  const dates = days.map((d) => d.date).sort();
  const from = addDays(dates[0]!, -WINDOW_DAYS);
  const to = dates.at(-1)!;
  const columns = NUMERIC_FIELDS.map((f) => f.column).join(', ');
  const history = store.sqlite
    .prepare(`SELECT date, ${columns} FROM daily_records WHERE port_id = ? AND date >= ? AND date < ? ORDER BY date`)
    .all(portId, from, to) as Record<string, number | string | null>[];

  const warnings: RangeWarning[] = [];
  for (const day of days) {
    const windowStart = addDays(day.date, -WINDOW_DAYS);
    const recent = history.filter((r) => (r.date as string) >= windowStart && (r.date as string) < day.date);
    for (const f of NUMERIC_FIELDS) {
      const value = day.values[f.key];
      if (value === null || value === 0) continue;
      const samples = recent
        .map((r) => r[f.column])
        .filter((v): v is number => typeof v === 'number' && v > 0)
        .sort((a, b) => a - b);
      if (samples.length < MIN_SAMPLES) continue;
      const m = median(samples);
      if (value > OUTLIER_FACTOR * m) {
        warnings.push({
          date: day.date,
          field: f.key,
          message: `${day.date} ${f.label} ${formatScaled(value, f.scale)} ${f.unit}，超过近 ${WINDOW_DAYS} 天中位数（${formatScaled(Math.round(m), f.scale)} ${f.unit}）的 ${OUTLIER_FACTOR} 倍，请确认是否录入有误`,
        });
      }
    }
  }
  return warnings;
}
