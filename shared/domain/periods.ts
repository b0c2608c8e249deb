/**
 * Periods that figures are totalled over and compared between (同比 / 环比), and the buckets a
 * trend chart groups days into. All dates are 'YYYY-MM-DD' strings, both ends included.
 */

import { addDays, addMonths, daysBetween, daysInMonth, isValidIsoDate, monthOf, sameDateLastYear, weekdayOf } from './dates';
import {
  formatDateLabel,
  formatDateRangeLabel,
  formatIsoWeekLabel,
  formatMonthLabel,
  formatMonthRangeLabel,
  formatQuarterLabel,
  formatShortDateLabel,
  formatYearLabel,
  formatYtdLabel,
  quarterNumeral,
} from './format';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'year' | 'ytd' | 'range';

/**
 * A span of days, both ends included. Build one with the functions below: they keep `kind` and the
 * dates consistent (a 'month' runs from its 1st to its last day, a 'week' from Monday to Sunday,
 * a 'ytd' from 1 January to the end of a month).
 */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** The kinds that follow one another in the calendar, so "the last complete one" makes sense. */
export type CalendarPeriodKind = 'week' | 'month' | 'quarter' | 'year';

export type Quarter = 1 | 2 | 3 | 4;

export interface IsoWeek {
  /** the ISO year, which is the calendar year of the week's Thursday */
  isoYear: number;
  /** 1–53 */
  week: number;
}

function assertDate(date: string): void {
  if (!isValidIsoDate(date)) throw new RangeError(`not a date: ${date}`);
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(month: string): string {
  return `${month}-${pad2(daysInMonth(month))}`;
}

/** Monday = 1 … Sunday = 7. */
function isoWeekday(date: string): number {
  return weekdayOf(date) || 7;
}

// ---------------------------------------------------------------------------------------------
// ISO weeks and quarters

/**
 * The ISO-8601 week of a date: weeks run Monday–Sunday and week 1 is the one holding the year's
 * first Thursday, so 2024-12-30 is in 2025's week 1 and 2021-01-03 in 2020's week 53.
 */
export function isoWeekOf(date: string): IsoWeek {
  assertDate(date);
  const thursday = addDays(date, 4 - isoWeekday(date));
  const isoYear = yearOf(thursday);
  const week = Math.floor(daysBetween(`${isoYear}-01-01`, thursday) / 7) + 1;
  return { isoYear, week };
}

/** 52 or 53: a year has week 53 exactly when 28 December falls in it. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeekOf(`${isoYear}-12-28`).week;
}

/** The Monday that starts an ISO week. */
export function mondayOfIsoWeek(isoYear: number, week: number): string {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(isoYear)) throw new RangeError(`no week ${week} in ${isoYear}`);
  // 4 January is always in week 1.
  const jan4 = `${isoYear}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
}

export function quarterOf(date: string): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

// ---------------------------------------------------------------------------------------------
// Presets

/** The Monday–Sunday week that contains `date`. */
export function weekContaining(date: string): Period {
  assertDate(date);
  const from = addDays(date, 1 - isoWeekday(date));
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** An ISO week by its number. */
export function isoWeekPeriod(isoYear: number, week: number): Period {
  const from = mondayOfIsoWeek(isoYear, week);
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** A whole month: monthPeriod('2025-06') is 2025-06-01 – 2025-06-30. */
export function monthPeriod(month: string): Period {
  if (!isValidIsoDate(`${month}-01`)) throw new RangeError(`not a month: ${month}`);
  return { kind: 'month', from: `${month}-01`, to: lastDayOfMonth(month) };
}

export function monthContaining(date: string): Period {
  assertDate(date);
  return monthPeriod(monthOf(date));
}

export function quarterPeriod(year: number, quarter: Quarter): Period {
  const first = `${year}-${pad2(quarter * 3 - 2)}`;
  const last = `${year}-${pad2(quarter * 3)}`;
  if (!isValidIsoDate(`${first}-01`) || ![1, 2, 3, 4].includes(quarter)) throw new RangeError(`no quarter ${quarter} in ${year}`);
  return { kind: 'quarter', from: `${first}-01`, to: lastDayOfMonth(last) };
}

export function quarterContaining(date: string): Period {
  assertDate(date);
  return quarterPeriod(yearOf(date), quarterOf(date));
}

export function yearPeriod(year: number): Period {
  if (!isValidIsoDate(`${year}-01-01`)) throw new RangeError(`not a year: ${year}`);
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
}

export function yearContaining(date: string): Period {
  assertDate(date);
  return yearPeriod(yearOf(date));
}

/** "1–N月累计": 1 January to the last day of month N of `year`. */
export function ytdPeriod(year: number, throughMonth: number): Period {
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) throw new RangeError(`no month ${throughMonth}`);
  if (!isValidIsoDate(`${year}-01-01`)) throw new RangeError(`not a year: ${year}`);
  return { kind: 'ytd', from: `${year}-01-01`, to: lastDayOfMonth(`${year}-${pad2(throughMonth)}`) };
}

/** Any span a person picks; the two dates may come in either order. */
export function rangePeriod(a: string, b: string): Period {
  assertDate(a);
  assertDate(b);
  return a <= b ? { kind: 'range', from: a, to: b } : { kind: 'range', from: b, to: a };
}

export function periodContaining(kind: CalendarPeriodKind, date: string): Period {
  switch (kind) {
    case 'week':
      return weekContaining(date);
    case 'month':
      return monthContaining(date);
    case 'quarter':
      return quarterContaining(date);
    case 'year':
      return yearContaining(date);
  }
}

/**
 * Whether a period's dates agree with its kind (a 'month' from a 1st to that month's last day, a
 * 'week' from a Monday to the Sunday after …), as the builders above make them. A period that
 * crosses a boundary (an API call, a link) is checked with this before previousPeriod and
 * samePeriodLastYear are trusted with it.
 */
export function isCanonicalPeriod(p: Period): boolean {
  if (!isValidIsoDate(p.from) || !isValidIsoDate(p.to) || p.from > p.to) return false;
  const same = (q: Period) => q.kind === p.kind && q.from === p.from && q.to === p.to;
  switch (p.kind) {
    case 'week':
      return same(weekContaining(p.from));
    case 'month':
      return same(monthContaining(p.from));
    case 'quarter':
      return same(quarterContaining(p.from));
    case 'year':
      return same(yearContaining(p.from));
    case 'ytd':
      return same(ytdPeriod(yearOf(p.from), Number(p.to.slice(5, 7))));
    case 'range':
      return true;
    default:
      return false;
  }
}

/**
 * The latest week/month/quarter/year that ended before `today`. The period holding `today` is never
 * complete, even on its last day, because that day's figures are still being entered.
 */
export function lastCompletePeriod(kind: CalendarPeriodKind, today: string): Period {
  return previousPeriod(periodContaining(kind, today));
}

/**
 * The bulletin figure due on `today`: 1 January to the end of the last complete month. In January
 * that is the whole previous year as "1–12月累计".
 */
export function lastCompleteYtd(today: string): Period {
  assertDate(today);
  const lastMonth = addMonths(monthOf(today), -1);
  return ytdPeriod(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)));
}

// ---------------------------------------------------------------------------------------------
// Comparison bases

/** Number of calendar days in a period, both ends included. */
export function periodDays(p: Period): number {
  return daysBetween(p.from, p.to) + 1;
}

export function isDateInPeriod(date: string, p: Period): boolean {
  return date >= p.from && date <= p.to;
}

/** Whole months from→to when the period starts on a 1st and ends on a month's last day, else null. */
function wholeMonthsOf(p: Period): { fromMonth: string; toMonth: string; count: number } | null {
  const fromMonth = monthOf(p.from);
  const toMonth = monthOf(p.to);
  if (!p.from.endsWith('-01') || p.to !== lastDayOfMonth(toMonth)) return null;
  const count = (yearOf(p.to) - yearOf(p.from)) * 12 + Number(toMonth.slice(5, 7)) - Number(fromMonth.slice(5, 7)) + 1;
  return { fromMonth, toMonth, count };
}

/**
 * The 环比 base, the period just before:
 * - week, month, quarter, year: the previous one of the same kind;
 * - ytd "1–N月": the N months immediately before it, as a 'range' (1–6月 2025 → 2024年7–12月).
 *   A cumulative figure has no natural predecessor; the N months before it are the same length and
 *   follow on without a gap, which is what 环比 means. Comparing 1–6月 with 1–5月 would only show
 *   that six months hold more than five;
 * - range of whole months ("2025年1–2月"): the same number of whole months immediately before
 *   (2024年11–12月), as bulletins compare months with months whatever their lengths;
 * - any other range: the same number of days immediately before.
 */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'week':
      return { kind: 'week', from: addDays(p.from, -7), to: addDays(p.to, -7) };
    case 'month':
      return monthPeriod(addMonths(monthOf(p.from), -1));
    case 'quarter':
      return quarterContaining(addDays(p.from, -1));
    case 'year':
      return yearPeriod(yearOf(p.from) - 1);
    case 'ytd': {
      const months = Number(p.to.slice(5, 7));
      return { kind: 'range', from: `${addMonths(monthOf(p.from), -months)}-01`, to: addDays(p.from, -1) };
    }
    case 'range': {
      const months = wholeMonthsOf(p);
      if (months) return { kind: 'range', from: `${addMonths(months.fromMonth, -months.count)}-01`, to: addDays(p.from, -1) };
      const length = periodDays(p);
      return { kind: 'range', from: addDays(p.from, -length), to: addDays(p.from, -1) };
    }
  }
}

/**
 * The 同比 base, the same calendar span a year earlier:
 * - month, quarter, year, ytd: the same one of the previous year (a ytd stays "1–N月");
 * - week: the week with the same ISO number in the previous ISO year (week 53 → week 52 when that
 *   year has none), so it still runs Monday–Sunday and holds the same number of weekend days;
 * - range of whole months: the same months a year earlier, whatever February's length
 *   (2025-01-01 – 2025-02-28 compares with 2024-01-01 – 2024-02-29), as bulletins compare 2月 with 2月;
 * - any other range: the same number of days from the same date a year earlier (同口径: equal day
 *   counts), a start on 29 February moving to 28 February. A leap day inside the span therefore
 *   never makes the base a day longer or shorter: 2025-02-28 – 03-01 (two days) compares with
 *   2024-02-28 – 02-29, not with three days of 2024.
 */
export function samePeriodLastYear(p: Period): Period {
  switch (p.kind) {
    case 'week': {
      const { isoYear, week } = isoWeekOf(p.from);
      return isoWeekPeriod(isoYear - 1, Math.min(week, isoWeeksInYear(isoYear - 1)));
    }
    case 'month':
      return monthPeriod(addMonths(monthOf(p.from), -12));
    case 'quarter':
      return quarterPeriod(yearOf(p.from) - 1, quarterOf(p.from));
    case 'year':
      return yearPeriod(yearOf(p.from) - 1);
    case 'ytd':
      return ytdPeriod(yearOf(p.from) - 1, Number(p.to.slice(5, 7)));
    case 'range': {
      const from = sameDateLastYear(p.from);
      const to = wholeMonthsOf(p) ? lastDayOfMonth(addMonths(monthOf(p.to), -12)) : addDays(from, periodDays(p) - 1);
      return { kind: 'range', from, to };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * A period in Chinese: "2025年第24周", "2025年6月", "2025年第二季度", "2025年", "2025年1–6月累计".
 * A range reads as whole months when it is made of them ("2024年7–12月"), else as its two dates
 * ("2025年6月3日–2025年7月2日") or its single date.
 */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'week':
      return formatIsoWeekLabel(isoWeekOf(p.from));
    case 'month':
      return formatMonthLabel(monthOf(p.from));
    case 'quarter':
      return formatQuarterLabel(yearOf(p.from), quarterOf(p.from));
    case 'year':
      return formatYearLabel(yearOf(p.from));
    case 'ytd':
      return formatYtdLabel(yearOf(p.from), Number(p.to.slice(5, 7)));
    case 'range': {
      const months = wholeMonthsOf(p);
      if (months) return formatMonthRangeLabel(months.fromMonth, months.toMonth);
      return formatDateRangeLabel(p.from, p.to);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Chart buckets

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const GRANULARITY_LABELS: Record<Granularity, string> = {
  day: '按日',
  week: '按周',
  month: '按月',
  quarter: '按季度',
  year: '按年',
};

/**
 * The bucket size for a trend over from–to, chosen so the chart has roughly 12–100 points, all far
 * below the ~2,000 a chart can draw:
 * - up to 62 days (two months) → day (≤ 62 points);
 * - up to 366 days (a year) → week (≤ 54 points);
 * - up to 5 years (1,827 days) → month (≤ 61 points);
 * - up to 25 years → quarter (≤ 101 points);
 * - longer → year.
 */
export function chooseGranularity(from: string, to: string): Granularity {
  const days = Math.abs(daysBetween(from, to)) + 1;
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  if (days <= 5 * 365 + 2) return 'month';
  if (days <= 25 * 365 + 7) return 'quarter';
  return 'year';
}

export interface Bucket {
  /** sorts in time order: '2025-06-03', '2025-W24', '2025-06', '2025-Q2', '2025' */
  key: string;
  /** full Chinese label for tooltips and tables: "2025年第24周" */
  label: string;
  /** compact label for chart axes: "6月3日", "第24周", "6月", "二季度", "2025年" */
  shortLabel: string;
  /** first and last day of the bucket */
  from: string;
  to: string;
}

/** The bucket a date falls in. Weeks are ISO weeks, keyed by their ISO year. */
export function bucketOf(date: string, granularity: Granularity): Bucket {
  assertDate(date);
  switch (granularity) {
    case 'day':
      return { key: date, label: formatDateLabel(date), shortLabel: formatShortDateLabel(date), from: date, to: date };
    case 'week': {
      const w = isoWeekOf(date);
      const p = weekContaining(date);
      return { key: `${w.isoYear}-W${pad2(w.week)}`, label: formatIsoWeekLabel(w), shortLabel: `第${w.week}周`, from: p.from, to: p.to };
    }
    case 'month': {
      const p = monthContaining(date);
      return { key: monthOf(date), label: formatMonthLabel(monthOf(date)), shortLabel: `${Number(date.slice(5, 7))}月`, from: p.from, to: p.to };
    }
    case 'quarter': {
      const q = quarterOf(date);
      const p = quarterContaining(date);
      return { key: `${yearOf(date)}-Q${q}`, label: formatQuarterLabel(yearOf(date), q), shortLabel: `${quarterNumeral(q)}季度`, from: p.from, to: p.to };
    }
    case 'year': {
      const p = yearContaining(date);
      return { key: String(yearOf(date)), label: formatYearLabel(yearOf(date)), shortLabel: formatYearLabel(yearOf(date)), from: p.from, to: p.to };
    }
  }
}

export interface SeriesBucket extends Bucket {
  /** the bucket runs past from–to, so its total covers fewer days than the others */
  partial: boolean;
}

/**
 * Every bucket from `from` to `to` in order, empty ones included so a chart shows gaps as gaps.
 * The first and last may be cut by the range: their from/to are clipped and `partial` says so.
 */
export function bucketsBetween(from: string, to: string, granularity: Granularity): SeriesBucket[] {
  assertDate(from);
  assertDate(to);
  const out: SeriesBucket[] = [];
  for (let day = from; day <= to; ) {
    const b = bucketOf(day, granularity);
    const clippedFrom = b.from < from ? from : b.from;
    const clippedTo = b.to > to ? to : b.to;
    out.push({ ...b, from: clippedFrom, to: clippedTo, partial: clippedFrom !== b.from || clippedTo !== b.to });
    day = addDays(b.to, 1);
  }
  return out;
}
