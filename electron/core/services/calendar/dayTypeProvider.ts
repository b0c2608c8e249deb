import type { RegionalDayEntry } from '../../../../shared/domain/calendar/regionalDays';
import { resolveRange } from '../../../../shared/domain/calendar/resolveDayType';
import type { DayTypeInfo } from '../../../../shared/domain/dayType';
import { daysBetween } from '../../../../shared/domain/dates';
import type { CoreDeps, DayTypeProvider } from '../../types';

/**
 * Day types for every view, through the calendar: the national holidays (chinese-days), the
 * regional/local table in the store, and 'unknown' for a year no calendar covers.
 *
 * The dashboard asks for years of days for several ports at once, so resolved years are kept per
 * port. The cache is keyed on the store's calendar revision (bumped by triggers on every change to
 * regional_days) and on SQLite's data_version (which moves when another connection, e.g. the CLI,
 * commits): no writer has to remember to invalidate it.
 */
export function createDayTypeProvider({ store }: Pick<CoreDeps, 'store'>): DayTypeProvider {
  const revisionQuery = store.sqlite.prepare<[], { revision: number }>('SELECT revision FROM calendar_revision WHERE id = 1');
  const entriesQuery = store.sqlite.prepare<[], { port_id: number | null; date: string; type: RegionalDayEntry['type']; name: string; source: string }>(
    'SELECT port_id, date, type, name, source FROM regional_days ORDER BY date, id',
  );

  let cacheKey = '';
  let entries: readonly RegionalDayEntry[] = [];
  /** `${portId}:${year}` → that year's days */
  let years = new Map<string, readonly DayTypeInfo[]>();

  function refresh(): void {
    const key = `${store.sqlite.pragma('data_version', { simple: true })}:${revisionQuery.get()?.revision ?? 0}`;
    if (key === cacheKey) return;
    entries = Object.freeze(
      entriesQuery.all().map((r) => Object.freeze({ portId: r.port_id, date: r.date, type: r.type, name: r.name, source: r.source })),
    );
    years = new Map();
    cacheKey = key;
  }

  function yearOf(portId: number | null, year: number): readonly DayTypeInfo[] {
    const k = `${portId ?? 'all'}:${year}`;
    let days = years.get(k);
    if (!days) {
      days = Object.freeze(resolveRange(`${year}-01-01`, `${year}-12-31`, portId, entries).map((d) => Object.freeze(d)));
      years.set(k, days);
    }
    return days;
  }

  return {
    range(portId, from, to) {
      if (from > to) return [];
      refresh();
      const out: DayTypeInfo[] = [];
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
        const days = yearOf(portId, y);
        // A year's days are in date order, one per day, so the range is a slice of it.
        const first = from.startsWith(`${y}-`) ? daysBetween(`${y}-01-01`, from) : 0;
        const last = to.startsWith(`${y}-`) ? daysBetween(`${y}-01-01`, to) : days.length - 1;
        for (let i = first; i <= last; i++) out.push(days[i] as DayTypeInfo);
      }
      return out;
    },
  };
}
