import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, epochDay, isValidIsoDate } from '../../shared/domain/dates';

/** What a Date makes of the text: the day exists when it reads back unchanged. */
function byDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(text + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

describe('isValidIsoDate', () => {
  it('agrees with the calendar Date keeps, for any year, month and day written in digits', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), two, two).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    fc.assert(fc.property(text, (t) => isValidIsoDate(t) === byDate(t)), { numRuns: 20000 });
  });

  it('knows leap years and refuses what is not a plain date', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2025-04-31')).toBe(false);
    expect(isValidIsoDate('2025-12-31')).toBe(true);
    for (const bad of ['2025-1-05', '2025/01/05', ' 2025-01-05', '2025-01-05T00:00', '2025-00-10', '2025-13-01', '2025-01-00', '']) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
  });
});

describe('epochDay', () => {
  it('counts the same days as Date arithmetic, before 1970 and across leap years', () => {
    const date = fc.integer({ min: -700_000, max: 2_900_000 }).map((n) => addDays('1970-01-01', n));
    fc.assert(fc.property(date, (d) => epochDay(d) === daysBetween('1970-01-01', d)), { numRuns: 20000 });
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2000-03-01') - epochDay('2000-02-28')).toBe(2);
    expect(epochDay('1900-03-01') - epochDay('1900-02-28')).toBe(1);
  });
});
