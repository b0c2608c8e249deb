/**
 * The day type of a date at a port: the port's own entry wins over an entry for all ports, which
 * wins over the national calendar. A date in a year the national calendar does not cover, and that
 * no entry covers, is 'unknown' rather than a guessed weekday.
 */
import { datesBetween, isValidIsoDate } from '../dates';
import type { DayTypeInfo } from '../dayType';
import { isYearCovered, nationalDay } from './nationalCalendar';
import type { RegionalDayEntry } from './regionalDays';

interface EntriesForDate {
  local?: RegionalDayEntry;
  allPorts?: RegionalDayEntry;
}

function requireDate(date: string): void {
  if (!isValidIsoDate(date)) throw new RangeError(`无效日期：${date}`);
}

/** One pass over the table, so a range costs one lookup per day. */
function indexEntries(portId: number | null, entries: readonly RegionalDayEntry[]): Map<string, EntriesForDate> {
  const byDate = new Map<string, EntriesForDate>();
  for (const entry of entries) {
    const isAllPorts = entry.portId === null;
    if (!isAllPorts && entry.portId !== portId) continue;
    const slot = byDate.get(entry.date) ?? {};
    // Should the table hold two entries for the same port and date, the later one wins.
    if (isAllPorts) slot.allPorts = entry;
    else slot.local = entry;
    byDate.set(entry.date, slot);
  }
  return byDate;
}

function resolveIndexed(date: string, byDate: Map<string, EntriesForDate>): DayTypeInfo {
  const slot = byDate.get(date);
  const entry = slot?.local ?? slot?.allPorts;
  if (entry) return { date, type: entry.type, name: entry.name.trim() || null };

  const national = nationalDay(date);
  if (!national) return { date, type: 'unknown', name: null };
  return { date, type: national.type, name: national.name };
}

/** `portId` null asks for the calendar common to all ports (only entries for all ports apply). */
export function resolveDayType(
  date: string,
  portId: number | null,
  regionalEntries: readonly RegionalDayEntry[],
): DayTypeInfo {
  requireDate(date);
  return resolveIndexed(date, indexEntries(portId, regionalEntries));
}

/** Every date from `from` to `to`, both included, in order; empty when `from` is after `to`. */
export function resolveRange(
  from: string,
  to: string,
  portId: number | null,
  regionalEntries: readonly RegionalDayEntry[],
): DayTypeInfo[] {
  requireDate(from);
  requireDate(to);
  const byDate = indexEntries(portId, regionalEntries);
  return datesBetween(from, to).map((date) => resolveIndexed(date, byDate));
}

/**
 * The years touched by the range that the national calendar does not cover. Regional entries are
 * not consulted: a few local days do not make a year's weekdays and weekends known.
 */
export function uncoveredYears(from: string, to: string): number[] {
  requireDate(from);
  requireDate(to);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    if (!isYearCovered(y)) years.push(y);
  }
  return years;
}

/** "2027、2029—2031": runs of three or more consecutive years are written as a span. */
function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const first = sorted[i] as number;
    const last = sorted[j] as number;
    if (j - i >= 2) parts.push(`${first}—${last}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join('、');
}

/** The sentence views and briefings show under figures that include uncovered years; null when none. */
export function uncoveredNotice(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return `未收录 ${formatYears(years)} 年节假日安排，这些日期按“未知”计，不计入工作日或休息日`;
}
