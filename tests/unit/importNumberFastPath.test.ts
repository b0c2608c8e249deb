import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERIC_FIELDS } from '../../shared/domain/dailyFields';
import { numberToDecimalString, parseNumberCell } from '../../shared/domain/import/cellParse';
import { unitChoices } from '../../shared/domain/import/headerMatch';

/** A figure a workbook hands over as a JS number reads exactly as the same figure written as text. */
describe('numbers from a workbook read as the decimals Excel shows', () => {
  const field = fc.constantFrom(...NUMERIC_FIELDS);
  const figure = fc.oneof(
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    // typed decimals: whole units and a few decimals
    fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => n / 10 ** d),
    // formula results with float artefacts (0.1 + 0.2)
    fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 4 })).map(([a, b, d]) => a / 10 ** d + b / 10 ** d),
  );

  it('gives the same result as the decimal text', () => {
    fc.assert(
      fc.property(field, figure, fc.nat(), (def, n, pick) => {
        const units = unitChoices(def.key);
        const unit = units[pick % units.length]!;
        const fromNumber = parseNumberCell(n, def.key, unit);
        const fromText = parseNumberCell(numberToDecimalString(n), def.key, unit);
        expect(fromNumber.ok).toBe(fromText.ok);
        if (fromNumber.ok && fromText.ok) expect(fromNumber.value).toBe(fromText.value);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the known cases', () => {
    expect(parseNumberCell(0.1 + 0.2, 'importFreightKg')).toEqual({ ok: true, value: 300 });
    expect(parseNumberCell(123.456, 'importFreightKg')).toEqual({ ok: true, value: 123_456 });
    expect(parseNumberCell(99_999_999.9999, 'exportValueYuan')).toEqual({ ok: true, value: 999_999_999_999 });
    expect(parseNumberCell(-0, 'personsIn')).toEqual({ ok: true, value: 0 });
    expect(parseNumberCell(100 / 3, 'importFreightKg').ok).toBe(false);
  });
});
