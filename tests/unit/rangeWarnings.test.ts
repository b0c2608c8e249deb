import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRangeWarnings, type StoredFigures, type WrittenDay } from '../../electron/core/services/days/rangeWarnings';
import { windowOutliers, type OutlierRule } from '../../electron/core/services/days/windowOutliers';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { emptyDayValues, NUMERIC_FIELDS, type DayValues } from '../../shared/domain/dailyFields';
import { MIN_SAMPLES, OUTLIER_FACTOR, WINDOW_DAYS } from '../../shared/domain/usualRange';

/** The definition written out the slow way: filter the window, sort, take the middle, compare. */
function naiveOutliers(days: number[], values: number[], candidates: boolean[], rule: OutlierRule): number[] {
  return days.map((day, i) => {
    const v = values[i]!;
    if (!candidates[i] || !(v > 0)) return NaN;
    const samples = values.filter((x, j) => days[j]! >= day - rule.windowDays && days[j]! < day && x > 0).sort((a, b) => a - b);
    if (samples.length < rule.minSamples) return NaN;
    const mid = samples.length >> 1;
    const median = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
    return v > rule.factor * median ? median : NaN;
  });
}

/**
 * Figures of one kind with blanks and zeros, of a few shapes: a steady level with now and then a
 * jump (what a port's days look like), values spread over many octaves, and values bunched around
 * the factor times the median (where the histogram cannot decide and the exact median must).
 */
const series = fc.oneof(
  fc.array(fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 900, max: 1100 }) }, { weight: 1, arbitrary: fc.integer({ min: 3000, max: 20_000 }) }), { minLength: 100, maxLength: 400 }),
  fc.array(fc.oneof(fc.constant(0), fc.constant(NaN), fc.double({ min: 1e-6, max: 1e13, noNaN: true }), fc.integer({ min: 1, max: 30 })), { minLength: 100, maxLength: 400 }),
  fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 40, max: 70 })), { minLength: 100, maxLength: 400 }),
);

describe('windowOutliers', () => {
  it('flags, with its median, what a naive filter and sort of each window flags', () => {
    const rule = fc.record({ windowDays: fc.integer({ min: 1, max: 120 }), minSamples: fc.integer({ min: 0, max: 12 }), factor: fc.constantFrom(5, 1.5, 3) });
    fc.assert(
      fc.property(series, fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 400, maxLength: 400 }), fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }), rule, (values, gaps, candidates, r) => {
        const days: number[] = [];
        let day = -50;
        for (let i = 0; i < values.length; i++) days.push((day += gaps[i]!));
        const wanted = candidates.slice(0, values.length);
        expect(Array.from(windowOutliers(days, values, wanted, r))).toEqual(naiveOutliers(days, values, wanted, r));
      }),
      { numRuns: 400 },
    );
  });

  it('counts the day 90 days before and not the day itself', () => {
    const rule = { windowDays: 90, minSamples: 1, factor: 5 };
    const days = [0, 1, 2, 3, 90, 91];
    // day 90: window 0…89 holds 7, 1, 2, 3 (median 2.5); day 91: window 1…90 holds 1, 2, 3, 1000 (median 2.5)
    expect(Array.from(windowOutliers(days, [7, 1, 2, 3, 13, 13], [1, 1, 1, 1, 1, 1], rule))).toEqual([NaN, NaN, NaN, NaN, 2.5, 2.5]);
    expect(Array.from(windowOutliers(days, [7, 1, 2, 3, 12, 12], [1, 1, 1, 1, 1, 1], rule))).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
    expect(Array.from(windowOutliers([0, 91], [1, 100], [1, 1], rule))).toEqual([NaN, NaN]);
  });
});

const fieldValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 10, arbitrary: fc.integer({ min: 10, max: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 2000 }) },
);
const dayValuesArb = fc.record(Object.fromEntries(NUMERIC_FIELDS.slice(0, 4).map((f) => [f.key, fieldValue]))).map(
  (v) => ({ ...emptyDayValues(), ...v }) as DayValues,
);

/** The definition of rangeWarnings.ts the slow way: overlay the written days on the stored ones, filter each window. */
function naiveWarnings(stored: Map<string, StoredFigures>, written: WrittenDay[]): { index: number; field: string; median: number }[] {
  const after = new Map<string, Record<string, unknown>>();
  for (const [date, row] of stored) after.set(date, Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, row[f.column]])));
  for (const d of written) after.set(d.date, d.values);
  const out: { index: number; field: string; median: number }[] = [];
  written.forEach((day, index) => {
    for (const f of NUMERIC_FIELDS) {
      const value = day.values[f.key];
      if (value === null || value <= 0 || value === stored.get(day.date)?.[f.column]) continue;
      const samples = [...after]
        .filter(([date]) => daysBetween(date, day.date) >= 1 && daysBetween(date, day.date) <= WINDOW_DAYS)
        .map(([, v]) => v[f.key])
        .filter((v): v is number => typeof v === 'number' && v > 0)
        .sort((a, b) => a - b);
      if (samples.length < MIN_SAMPLES) continue;
      const mid = samples.length >> 1;
      const median = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
      if (value > OUTLIER_FACTOR * median) out.push({ index, field: f.key, median });
    }
  });
  return out;
}

describe('findRangeWarnings', () => {
  it('flags what the naive definition flags, with stored days replaced by the written ones', () => {
    const offsets = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 10, maxLength: 120 });
    fc.assert(
      // keep: per written day, a bit per field that keeps the stored figure (a day saved again with other changes)
      fc.property(offsets, fc.array(dayValuesArb, { minLength: 120, maxLength: 120 }), offsets, fc.array(dayValuesArb, { minLength: 120, maxLength: 120 }), fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 120, maxLength: 120 }), (storedAt, storedValues, writtenAt, writtenValues, keep) => {
        const stored = new Map<string, StoredFigures>(
          storedAt.map((o, i) => {
            const date = addDays('2024-01-01', o);
            return [date, { date, ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.column, storedValues[i]![f.key]])) }];
          }),
        );
        const written = writtenAt.map((o, i) => {
          const date = addDays('2024-01-01', o);
          const values = { ...writtenValues[i]! };
          const before = stored.get(date);
          NUMERIC_FIELDS.slice(0, 4).forEach((f, k) => {
            if (before && keep[i]! & (1 << k)) values[f.key] = before[f.column] as number | null;
          });
          return { date, values };
        });
        const fast = findRangeWarnings(stored, written).map((w) => ({ index: w.index, field: w.field.key, median: w.median }));
        expect(fast).toEqual(naiveWarnings(stored, written));
      }),
      { numRuns: 200 },
    );
  });

  it('says which figure, how large, and the median it was compared with', () => {
    const written = Array.from({ length: 12 }, (_, i) => ({ date: addDays('2025-03-01', i), values: { ...emptyDayValues(), exportValueYuan: 125_000 + i } }));
    written.push({ date: '2025-03-20', values: { ...emptyDayValues(), exportValueYuan: 1_250_000_000 } });
    const [w, ...rest] = findRangeWarnings(new Map(), written);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ index: 12, value: 1_250_000_000 });
    expect(w!.message).toBe('2025-03-20 出口货值 125000 万元，超过近 90 天中位数（12.5006 万元）的 5 倍，请确认是否录入有误');
  });
});
