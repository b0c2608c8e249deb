import { describe, expect, it } from 'vitest';
import { createStableValues, sameJson } from '../../renderer/src/components/charts/stableValues';

/** A trend series as the core sends it, freshly parsed each time (a new object every answer). */
function series(values: (number | null)[]) {
  return JSON.parse(
    JSON.stringify({
      key: 'freightKg',
      label: '货运量',
      points: values.map((v, i) => ({ key: `2025-06-0${i + 1}`, values: [v, null], total: v, partial: false })),
      downsampledFrom: null,
    }),
  ) as { points: { values: (number | null)[] }[] };
}

describe('answers with the same figures are given back as the objects drawn before', () => {
  it('compares JSON by value: order of keys aside, every number, null, string and length counts', () => {
    expect(sameJson(series([1, 2, null]), series([1, 2, null]))).toBe(true);
    expect(sameJson({ a: 1, b: [2, 3] }, { b: [2, 3], a: 1 })).toBe(true);
    expect(sameJson(series([1, 2, null]), series([1, 2, 0]))).toBe(false);
    expect(sameJson(series([1, 2]), series([1, 2, 3]))).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: null }, { a: 0 })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });

  it('a period shown again keeps its objects; changed figures, or another key, do not', () => {
    const held = createStableValues();
    const june = held.stable('2025-06|freightKg', series([1, 2, 3]));
    const may = held.stable('2025-05|freightKg', series([4, 5, 6]));
    // 上一时段 then 下一时段: June's answer comes again, as new objects with the same figures
    expect(held.stable('2025-06|freightKg', series([1, 2, 3]))).toBe(june);
    expect(held.stable('2025-05|freightKg', series([4, 5, 6]))).toBe(may);
    // a day of June corrected meanwhile: the new figures are drawn
    const corrected = series([1, 2, 9]);
    expect(held.stable('2025-06|freightKg', corrected)).toBe(corrected);
    expect(held.stable('2025-06|freightKg', series([1, 2, 9]))).toBe(corrected);
    // the same figures under another key are not taken from it
    const other = series([4, 5, 6]);
    expect(held.stable('2025-07|freightKg', other)).toBe(other);
  });

  it('remembers only the most recently used keys', () => {
    const held = createStableValues(2);
    const a = held.stable('a', series([1]));
    held.stable('b', series([2]));
    expect(held.stable('a', series([1]))).toBe(a); // a is now the most recent
    held.stable('c', series([3])); // b, the least recent, goes
    expect(held.stable('a', series([1]))).toBe(a);
    const b = series([2]);
    expect(held.stable('b', b)).toBe(b);
  });
});
