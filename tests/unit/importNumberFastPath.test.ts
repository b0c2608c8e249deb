import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERIC_FIELDS } from '../../shared/domain/dailyFields';
import { numberToDecimalString, parseNumberCell } from '../../shared/domain/import/cellParse';
import { unitChoices } from '../../shared/domain/import/headerMatch';
import { parsePlainDecimal, parseScaled } from '../../shared/domain/scaledNumber';

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

/** The regex-free reading of plain figures agrees with exact decimal arithmetic, or steps aside. */
describe('plain decimals read without regular expressions', () => {
  /** The exact count of 10^-scale units, by BigInt; null when it is not whole or not a safe integer. */
  function exact(text: string, scale: number): number | null {
    const [whole = '', frac = ''] = text.split('.');
    const trimmed = frac.replace(/0+$/, '');
    if (trimmed.length > scale) return null;
    const value = BigInt(whole + trimmed.padEnd(scale, '0'));
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
  }

  const plain = fc.tuple(fc.stringMatching(/^\d{1,13}$/), fc.option(fc.stringMatching(/^\d{1,7}$/), { nil: undefined })).map(([w, f]) => (f === undefined ? w : `${w}.${f}`));

  it('gives the exact value whenever it answers, and answers for every figure that fits', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 8 }), (text, scale) => {
        const fast = parsePlainDecimal(text, scale);
        // Up to 15 digits it always answers; longer figures may be left to the full route.
        if (text.replace('.', '').length <= 15 || fast !== null) expect(fast).toBe(exact(text, scale));
        const full = parseScaled(text, scale);
        if (fast !== null) expect(full).toEqual({ ok: true, value: fast });
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves everything else to the full route', () => {
    for (const text of ['', '.5', '5.', '1,234', '-1', '+1', '１２', '1e5', '1.2.3', ' 1', '12345678901234567']) {
      expect(parsePlainDecimal(text, 3)).toBeNull();
    }
    expect(parseScaled('.5', 1)).toEqual({ ok: true, value: 5 });
    expect(parseScaled('1,234', 0)).toEqual({ ok: true, value: 1234 });
    expect(parseScaled('1.2345', 3)).toEqual({ ok: false, reason: 'tooManyDecimals' });
    expect(parseScaled('1.2300', 2)).toEqual({ ok: true, value: 123 });
  });
});
