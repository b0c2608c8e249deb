import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayValuesSchema } from '../../shared/contract/dayValues';
import { passesDayValuesAsIs } from '../../shared/domain/dayRules';
import { NUMERIC_FIELDS, emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';

/**
 * The quick check an import runs on every row must never pass a day the schema would refuse or
 * change, and should pass the ordinary days the schema accepts unchanged.
 */
describe('passesDayValuesAsIs', () => {
  const figure = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 2_000 }),
    fc.constantFrom(-1, 0.5, 1e12, 1e12 + 1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 2_401),
  );
  const text = fc.oneof(fc.constant(null), fc.constantFrom('', ' ', '降雪', ' 降雪 ', '—', 'x'.repeat(100), 'x'.repeat(101), 'y'.repeat(501)));
  const day: fc.Arbitrary<DayValues> = fc
    .record({
      figures: fc.array(figure, { minLength: NUMERIC_FIELDS.length, maxLength: NUMERIC_FIELDS.length }),
      portOpen: fc.constantFrom(null, true, false),
      closureReason: text,
      note: text,
    })
    .map(({ figures, portOpen, closureReason, note }) => {
      const v = emptyDayValues();
      NUMERIC_FIELDS.forEach((f, i) => (v[f.key] = figures[i]!));
      return { ...v, portOpen, closureReason, note };
    });

  it('passes only days the schema accepts unchanged, and every such day without text to trim', () => {
    fc.assert(
      fc.property(day, (v) => {
        const parsed = dayValuesSchema.safeParse(v);
        const acceptedAsIs = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(v);
        const needsTrim = [v.closureReason, v.note].some((t) => t !== null && t.trim() !== t);
        return passesDayValuesAsIs(v) === (acceptedAsIs && !needsTrim);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses extra and missing keys, as the strict schema does', () => {
    expect(passesDayValuesAsIs({ ...emptyDayValues(), extra: 1 } as DayValues)).toBe(false);
    const { note: _note, ...missing } = emptyDayValues();
    expect(passesDayValuesAsIs(missing as DayValues)).toBe(false);
    expect(passesDayValuesAsIs(emptyDayValues())).toBe(true);
  });
});
