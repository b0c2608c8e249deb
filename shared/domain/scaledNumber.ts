/**
 * Exact decimal <-> integer conversion.
 *
 * Quantities are stored as integers in a small unit (kilograms, 元, hundredths of an hour) so that
 * sums never drift. People type decimals ("12.345" 吨, "1.5" 万元); converting through a JS float
 * (12.345 * 1000 = 12344.999…) would lose a unit now and then, so we work on the digits instead.
 */

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g;

/** Turns full-width digits and punctuation (１２．５) into ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export type ScaleResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'notANumber' | 'negative' | 'tooManyDecimals' | 'tooLarge' };

/**
 * The common case, without regular expressions: plain ASCII digits with at most one decimal point
 * inside them ("1234", "74.742"), as an integer count of 10^-scale units. Null for anything else
 * (signs, separators, full-width digits, too many decimals, too many digits to be exact): parseScaled's
 * full route then reads it or says why not. A 100,000-row import has two million such cells.
 */
export function parsePlainDecimal(text: string, scale: number): number | null {
  const length = text.length;
  // 15 digits stay below 2^53, so the sum below is exact.
  if (length === 0 || length > 16 || scale < 0) return null;
  let value = 0;
  let point = -1;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && i > 0 && i < length - 1) point = i;
    else return null;
  }
  if (digits > 15) return null;
  let decimals = point < 0 ? 0 : length - point - 1;
  while (decimals > scale && value % 10 === 0) {
    value /= 10;
    decimals--;
  }
  if (decimals > scale) return null;
  // An exact product when it is a safe integer (IEEE multiplication rounds correctly); else the full route.
  const scaled = value * 10 ** (scale - decimals);
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/**
 * Parses a decimal written by a person into an integer count of 10^-scale units.
 * Accepts thousands separators and full-width digits; refuses exponents, NaN and more decimals
 * than `scale`.
 */
export function parseScaled(raw: string, scale: number): ScaleResult {
  const plain = parsePlainDecimal(raw, scale);
  if (plain !== null) return { ok: true, value: plain };
  const text = toHalfWidth(raw).trim().replace(/,/g, '');
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(text) ?? /^(-)?()\.(\d+)$/.exec(text);
  if (!match) return { ok: false, reason: 'notANumber' };
  const [, minus, whole = '', frac = ''] = match;
  const trimmedFrac = frac.replace(/0+$/, '');
  if (trimmedFrac.length > scale) return { ok: false, reason: 'tooManyDecimals' };
  const digits = (whole || '0') + trimmedFrac.padEnd(scale, '0');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'tooLarge' };
  if (minus && value !== 0) return { ok: false, reason: 'negative' };
  return { ok: true, value };
}

/** Formats an integer count of 10^-scale units as a plain decimal string, without trailing zeros. */
export function formatScaled(value: number, scale: number): string {
  if (scale === 0) return String(value);
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (frac ? '.' + frac : '');
}
