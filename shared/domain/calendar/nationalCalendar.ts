/**
 * The national (State Council) holiday calendar, read from the data the npm package chinese-days
 * publishes. The package's own functions silently treat a year it has no arrangement for as plain
 * weekdays; this adapter instead answers null for such a year, so callers can say "not covered".
 */
// The package documents this JSON as its data file; reading it directly gives the exact list of
// dates it knows, and avoids the CommonJS/ESM interop of its bundled entry point.
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { isValidIsoDate, weekdayOf } from '../dates';

export type NationalDayType = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

export interface NationalDay {
  type: NationalDayType;
  /** the holiday's Chinese name, also on a make-up workday (the holiday it makes up for) */
  name: string | null;
}

/** date → "English name,中文名,n"; `workdays` are the make-up workdays (调休上班). */
const table: { holidays: Record<string, string>; workdays: Record<string, string> } = packageData;

/** The package's Chinese names are short forms (清明, 端午, 中秋); officials write the full names. */
const CHINESE_NAMES: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
};

function chineseName(raw: string): string {
  const [english = '', chinese] = raw.split(',');
  // An entry added to the package later keeps its own Chinese name rather than showing English.
  return CHINESE_NAMES[english.trim()] ?? chinese?.trim() ?? raw;
}

/**
 * A year counts as covered only when the package holds that year's own arrangement. The mere
 * presence of dates is not enough: a New Year's Day span in one year's notice can reach back into
 * the previous December (e.g. 2022-12-31 comes from the 2023 notice). National Day, 1 October, is
 * a holiday in every year's arrangement, so its presence marks the year.
 */
const COVERED_YEARS: readonly number[] = [
  ...new Set(
    Object.keys(table.holidays)
      .filter((date) => date.slice(5) === '10-01')
      .map((date) => Number(date.slice(0, 4))),
  ),
].sort((a, b) => a - b);

const COVERED_SET: ReadonlySet<number> = new Set(COVERED_YEARS);

/** The years whose holiday arrangement the package holds, ascending. */
export function coveredYears(): number[] {
  return [...COVERED_YEARS];
}

export function isYearCovered(year: number): boolean {
  return COVERED_SET.has(year);
}

/** The national day type of a 'YYYY-MM-DD' date, or null when its year is not covered. */
export function nationalDay(date: string): NationalDay | null {
  if (!isValidIsoDate(date)) throw new RangeError(`无效日期：${date}`);
  if (!isYearCovered(Number(date.slice(0, 4)))) return null;

  // A make-up workday usually falls on a weekend, so it must be looked at before the weekday.
  const makeup = table.workdays[date];
  if (makeup !== undefined) return { type: 'makeupWorkday', name: chineseName(makeup) };
  const holiday = table.holidays[date];
  if (holiday !== undefined) return { type: 'holiday', name: chineseName(holiday) };

  const weekday = weekdayOf(date);
  return { type: weekday === 0 || weekday === 6 ? 'weekend' : 'workday', name: null };
}
