/**
 * Calendar dates are plain 'YYYY-MM-DD' strings in Asia/Shanghai. A Date object is only used to do
 * arithmetic at UTC noon-free midnight, where no time zone or DST can shift the day.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * No figure of the port, no measure and no calendar entry predates this: an earlier date is a typo
 * (0025 for 2025) or a hostile input, and once stored it would stretch "全部" views over millennia.
 */
export const EARLIEST_DATE = '2000-01-01';
export const EARLIEST_MONTH = EARLIEST_DATE.slice(0, 7);
export const ISO_MONTH = /^\d{4}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day written 'YYYY-MM-DD' (proleptic Gregorian, as Date counts). Arithmetic, not a Date: imports check every row. */
export function isValidIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

// Built once: constructing an Intl.DateTimeFormat costs milliseconds, and views ask for today on
// every render.
let shanghaiDayFormat: Intl.DateTimeFormat | null = null;

/** Today's date at the port (Asia/Shanghai), whatever the PC's own time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  shanghaiDayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return shanghaiDayFormat.format(now);
}

/** The same date a year earlier; 29 February becomes 28 February. */
export function sameDateLastYear(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const candidate = `${year}${date.slice(4)}`;
  return isValidIsoDate(candidate) ? candidate : `${year}-02-28`;
}

function toUtc(iso: string): Date {
  return new Date(iso + 'T00:00:00Z');
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * Days since 1970-01-01 (negative before), by arithmetic rather than a Date: a scan over a
 * 100,000-row import numbers every date once. Same count as daysBetween('1970-01-01', iso).
 */
export function epochDay(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // Days from civil (H. Hinnant): years start in March, so the leap day ends the year.
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Every date of a month, in order. */
export function datesOfMonth(month: string): string[] {
  const n = daysInMonth(month);
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + delta;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
