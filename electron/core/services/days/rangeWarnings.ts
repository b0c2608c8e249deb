import { addDays, epochDay } from '../../../../shared/domain/dates';
import { NUMERIC_FIELDS, type DayValues, type NumericFieldDef } from '../../../../shared/domain/dailyFields';
import { formatScaled } from '../../../../shared/domain/scaledNumber';
import type { RangeWarning } from '../../../../shared/contract/days';
import type { Store } from '../../store/openStore';
import { readDays } from '../../data/dailyRecords';
import { MIN_SAMPLES, OUTLIER_FACTOR, WINDOW_DAYS } from '../../../../shared/domain/usualRange';
import { windowOutliers } from './windowOutliers';

/**
 * "Far outside the port's usual range", the one definition behind the day form, the month grid
 * (saveDay, saveDays) and the import preview (applyImport):
 *
 * - a figure is checked when a write sets it: a positive value that differs from the one stored
 *   for that port, date and field (a figure confirmed once is not asked about again when the same
 *   day is saved with another change);
 * - its usual range is the median of the field's positive values on the port's WINDOW_DAYS days
 *   before the date, taken from the days **as they will be after the write**: the stored days with
 *   the written days in their place. A ten-year file imported into an empty store thus brings its
 *   own history, and in a pasted block or a grid save the batch's earlier days count for its later
 *   ones (a corrected figure in the batch replaces the stored one in the median, too);
 * - with fewer than MIN_SAMPLES such values nothing is flagged; above OUTLIER_FACTOR × the median
 *   the figure is flagged and must be confirmed by the person before it is written.
 */
export { OUTLIER_FACTOR, WINDOW_DAYS, MIN_SAMPLES };

/** A stored day's figures by column name: a daily_records row, or just its date and numeric columns. */
export type StoredFigures = { readonly date: string } & Readonly<Record<string, unknown>>;

/** A day as the write will store it (its whole values); each date once in a write. */
export interface WrittenDay {
  date: string;
  values: DayValues;
}

export interface FoundRangeWarning {
  /** the written day's position in the list given */
  index: number;
  field: NumericFieldDef;
  value: number;
  median: number;
  message: string;
}

/** The first date whose stored figures count for a write starting at `firstDate`. */
export function historyStart(firstDate: string): string {
  return addDays(firstDate, -WINDOW_DAYS);
}

export function rangeWarningMessage(date: string, field: NumericFieldDef, value: number, median: number): string {
  const shown = (v: number) => `${formatScaled(v, field.scale)} ${field.unit}`;
  return `${date} ${field.label} ${shown(value)}，超过近 ${WINDOW_DAYS} 天中位数（${shown(Math.round(median))}）的 ${OUTLIER_FACTOR} 倍，请确认是否录入有误`;
}

const numberOrZero = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Positions in date order; one pass when the dates already are (a file is usually sorted by date). */
function dateOrder(dates: readonly string[]): number[] {
  const order = dates.map((_, i) => i);
  for (let i = 1; i < dates.length; i++) {
    if (dates[i - 1]! > dates[i]!) return order.sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : 0));
  }
  return order;
}

/**
 * The port's days after the write, in date order: every stored or written date once, with the
 * written day's position (−1 for a stored day the write leaves alone) and the stored figures (if any).
 * A merge of the two date-sorted lists, so sorted input costs one pass.
 */
function mergeByDate(stored: ReadonlyMap<string, StoredFigures>, written: readonly WrittenDay[]) {
  const writtenDates = written.map((d) => d.date);
  const byWritten = dateOrder(writtenDates);
  const storedDates = [...stored.keys()];
  const byStored = dateOrder(storedDates);
  const dates: string[] = [];
  const writtenIndex: number[] = [];
  const storedDay: (StoredFigures | undefined)[] = [];
  let w = 0;
  let s = 0;
  while (w < byWritten.length || s < byStored.length) {
    const wDate = w < byWritten.length ? writtenDates[byWritten[w]!]! : null;
    const sDate = s < byStored.length ? storedDates[byStored[s]!]! : null;
    if (sDate === null || (wDate !== null && wDate <= sDate)) {
      dates.push(wDate!);
      writtenIndex.push(byWritten[w++]!);
      storedDay.push(wDate === sDate ? stored.get(storedDates[byStored[s++]!]!) : undefined);
    } else {
      dates.push(sDate);
      writtenIndex.push(-1);
      storedDay.push(stored.get(storedDates[byStored[s++]!]!));
    }
  }
  return { dates, writtenIndex, storedDay };
}

/**
 * The written figures of one port that are far outside its usual range (see above), ordered as the
 * days were given and, within a day, as the field registry. `stored` holds the port's stored days
 * from historyStart(first written date) to the last written date (more is harmless).
 *
 * One pass per field over the date-sorted days (windowOutliers), so a 100,000-day import costs tens
 * of milliseconds, not a filter of the whole history per day.
 */
export function findRangeWarnings(stored: ReadonlyMap<string, StoredFigures>, written: readonly WrittenDay[]): FoundRangeWarning[] {
  if (written.length === 0) return [];
  const { dates, writtenIndex, storedDay } = mergeByDate(stored, written);
  const n = dates.length;
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) days[i] = epochDay(dates[i]!);

  const found: (FoundRangeWarning & { order: number })[] = [];
  const values = new Float64Array(n);
  const candidates = new Uint8Array(n);
  const rule = { windowDays: WINDOW_DAYS, minSamples: MIN_SAMPLES, factor: OUTLIER_FACTOR };
  NUMERIC_FIELDS.forEach((field, fieldOrder) => {
    let anyCandidate = false;
    for (let i = 0; i < n; i++) {
      const w = writtenIndex[i]!;
      if (w < 0) {
        values[i] = numberOrZero(storedDay[i]![field.column]);
        candidates[i] = 0;
        continue;
      }
      const v = numberOrZero(written[w]!.values[field.key]);
      values[i] = v;
      const set = v > 0 && v !== storedDay[i]?.[field.column];
      candidates[i] = set ? 1 : 0;
      anyCandidate ||= set;
    }
    // A field no write sets needs no scan (a grid save touches a few figures of a few days).
    if (!anyCandidate) return;
    const medians = windowOutliers(days, values, candidates, rule);
    for (let i = 0; i < n; i++) {
      const median = medians[i]!;
      if (Number.isNaN(median)) continue;
      const index = writtenIndex[i]!;
      const value = values[i]!;
      found.push({ index, field, value, median, message: rangeWarningMessage(dates[i]!, field, value, median), order: index * NUMERIC_FIELDS.length + fieldOrder });
    }
  });
  found.sort((a, b) => a.order - b.order);
  return found.map(({ order: _order, ...w }) => w);
}

/** The port's stored figures from historyStart(from) to `to`, by date. */
export function readStoredFigures(store: Store, portId: number, from: string, to: string): Map<string, StoredFigures> {
  return new Map(readDays(store.sqlite, portId, historyStart(from), to).map((r): [string, StoredFigures] => [r.date, r]));
}

/** The warnings of a save from the day form or the month grid (saveDay, saveDays). */
export function rangeWarningsOfSave(store: Store, portId: number, days: readonly WrittenDay[]): RangeWarning[] {
  if (days.length === 0) return [];
  let from = days[0]!.date;
  let to = from;
  for (const d of days) {
    if (d.date < from) from = d.date;
    if (d.date > to) to = d.date;
  }
  return findRangeWarnings(readStoredFigures(store, portId, from, to), days).map((w) => ({
    date: days[w.index]!.date,
    field: w.field.key,
    message: w.message,
  }));
}
