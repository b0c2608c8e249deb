import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRangeWarnings, type StoredFigures, type WrittenDay } from '../../electron/core/services/rangeWarnings';
import { windowMedians } from '../../electron/core/services/windowMedians';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { emptyDayValues, NUMERIC_FIELDS, type DayValues } from '../../shared/domain/dailyFields';
import { MIN_SAMPLES, OUTLIER_FACTOR, WINDOW_DAYS } from '../../shared/domain/usualRange';

/** The definition written out the slow way: filter the window, sort, take the middle. */
function naiveMedians(days: number[], values: number[], windowDays: number, minSamples: number): number[] {
  return days.map((day) => {
    const samples = values.filter((v, j) => days[j]! >= day - windowDays && days[j]! < day && v > 0).sort((a, b) => a - b);
    if (samples.length < minSamples) return NaN;
    const mid = samples.length >> 1;
    return samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  });
}

/** Few distinct figures (so equal values meet in the window), blanks and zeros, now and then a fraction. */
const figure = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0.5, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(NaN) },
);

describe('windowMedians', () => {
  it('gives the median of the positive values of the window before each day, as a naive filter and sort does', () => {
    const series = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 12 }), value: figure }), { maxLength: 400 });
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 12 }), (points, windowDays, minSamples) => {
        const days: number[] = [];
        let day = -50;
        for (const p of points) days.push((day += p.gap));
        const values = points.map((p) => p.value);
        expect(Array.from(windowMedians(days, values, windowDays, minSamples))).toEqual(naiveMedians(days, values, windowDays, minSamples));
      }),
      { numRuns: 400 },
    );
  });

  it('counts the day 90 days before and not the day itself', () => {
    const days = [0, 1, 2, 3, 90];
    expect(Array.from(windowMedians(days, [7, 1, 2, 3, 1000], 90, 1))).toEqual([NaN, 7, 4, 2, 2.5]);
  });
});

/** Mostly ordinary figures, some blank or zero, now and then one far above (the first four fields suffice). */
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
