/**
 * Day-type factors for the effect analysis: how much busier or quieter each kind of day is than
 * the port's usual day, so that a window with two more holidays or one fewer Monday is not read as
 * a change. Fitted jointly with each window's level (value ≈ level of its window × factor of its
 * kind of day), because a kind of day that is more common in a busy window would otherwise look
 * busy itself.
 */

import { weekdayOf } from '../dates';
import type { DayType } from '../dayType';

/**
 * The kinds of day compared like with like: each weekday on its own (Mondays and Fridays are
 * busier than midweek), holidays together whatever their weekday, and 调休上班日 as working days,
 * never with the weekends they fall on.
 */
export const HOLIDAY_KIND = 7;
export const MAKEUP_WORKDAY_KIND = 8;
const WORKING_WEEKDAYS = [1, 2, 3, 4, 5];

/** The kind of a day, from its calendar type; a year no calendar covers falls back to its weekday. */
export function dayKind(date: string, type: DayType): number {
  if (type === 'holiday' || type === 'regionalHoliday') return HOLIDAY_KIND;
  if (type === 'makeupWorkday') return MAKEUP_WORKDAY_KIND;
  return weekdayOf(date);
}

export interface KindedValue {
  kind: number;
  value: number;
}

const ITERATIONS = 12;

/**
 * Multiplicative factors per kind of day, scaled so the days given average a factor of 1 (the
 * adjusted values keep the figure's unit and level). A 调休上班日 takes the mean factor of the
 * ordinary working weekdays: there are only a handful a year, too few for a factor of their own.
 * `windows` are the day lists of the periods compared; each gets its own level.
 */
export function dayKindFactors(windows: readonly (readonly KindedValue[])[]): Map<number, number> {
  const kinds = new Set<number>();
  for (const w of windows) for (const d of w) kinds.add(d.kind);
  const factors = new Map<number, number>([...kinds].map((k) => [k, 1]));
  const levels = windows.map(() => 1);

  for (let it = 0; it < ITERATIONS; it++) {
    windows.forEach((w, i) => {
      let sum = 0;
      let weight = 0;
      for (const d of w) {
        sum += d.value;
        weight += factors.get(d.kind)!;
      }
      levels[i] = weight > 0 ? sum / weight : 0;
    });
    const sums = new Map<number, { value: number; level: number }>();
    windows.forEach((w, i) => {
      for (const d of w) {
        const s = sums.get(d.kind) ?? { value: 0, level: 0 };
        s.value += d.value;
        s.level += levels[i]!;
        sums.set(d.kind, s);
      }
    });
    for (const [k, s] of sums) factors.set(k, s.level > 0 && s.value > 0 ? s.value / s.level : 1);
    const working = WORKING_WEEKDAYS.filter((k) => factors.has(k));
    if (factors.has(MAKEUP_WORKDAY_KIND) && working.length > 0) {
      factors.set(MAKEUP_WORKDAY_KIND, working.reduce((s, k) => s + factors.get(k)!, 0) / working.length);
    }
    // Scale so that the days given average a factor of 1.
    let total = 0;
    let n = 0;
    for (const w of windows) for (const d of w) {
      total += factors.get(d.kind)!;
      n++;
    }
    const mean = n > 0 ? total / n : 1;
    if (mean > 0) for (const [k, f] of factors) factors.set(k, f / mean);
  }
  return factors;
}
