import { datesOfMonth, weekdayOf } from '../../../../shared/domain/dates';

/**
 * The month as weeks of Monday–Sunday, as Chinese wall calendars print it; null pads the days of
 * the neighbouring months.
 */
export function calendarWeeks(month: string): (string | null)[][] {
  const dates = datesOfMonth(month);
  const lead = (weekdayOf(dates[0]!) + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...dates];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Each day's throughput as a share of the month's busiest day, 0…1; null where nothing was
 * recorded. A month of zeros is all 0, never NaN.
 */
export function heatLevels(values: readonly (number | null)[]): (number | null)[] {
  let max = 0;
  for (const v of values) if (v !== null && v > max) max = v;
  return values.map((v) => (v === null ? null : max > 0 ? v / max : 0));
}

/** Five steps read better at a glance than a continuous scale, and survive a grey printout. */
export function heatStep(level: number | null): 0 | 1 | 2 | 3 | 4 | 5 {
  if (level === null) return 0;
  if (level <= 0) return 1;
  return Math.min(5, 1 + Math.ceil(level * 4)) as 2 | 3 | 4 | 5;
}
