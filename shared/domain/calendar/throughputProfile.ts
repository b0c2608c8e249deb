/**
 * How much the port clears on each weekday and on each day type: the figures behind "does clearing
 * on rest days carry real traffic". Averages are per recorded day of the group (a day recorded closed
 * counts as the zero it was); days without a record are left out rather than counted as zero.
 */
import { isBlankDay } from '../dailyFields';
import { DAY_TYPES, type DayType } from '../dayType';
import { weekdayOf } from '../dates';
import { FIVE_PLUS_TWO_FIGURES, figureValue, perDay, pctShare, type DailyRow, type FivePlusTwoFigure } from '../kpi';

export interface FigureInGroup {
  /** sum over the group's recorded days; null when none had a value */
  total: number | null;
  /** total ÷ recorded days of the group */
  perRecordedDay: number | null;
  /** the group's share of the whole period's total × 100 */
  sharePct: number | null;
}

export interface ProfileGroup {
  /** calendar days in the group */
  days: number;
  recordedDays: number;
  openDays: number;
  closedDays: number;
  figures: Record<FivePlusTwoFigure, FigureInGroup>;
}

export interface WeekdayProfileRow extends ProfileGroup {
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
}

export interface DayTypeProfileRow extends ProfileGroup {
  dayType: DayType;
}

interface Accumulator {
  days: number;
  recordedDays: number;
  openDays: number;
  closedDays: number;
  sums: Record<FivePlusTwoFigure, number | null>;
}

function emptyAccumulator(): Accumulator {
  return {
    days: 0,
    recordedDays: 0,
    openDays: 0,
    closedDays: 0,
    sums: Object.fromEntries(FIVE_PLUS_TWO_FIGURES.map((f) => [f, null])) as Record<FivePlusTwoFigure, number | null>,
  };
}

function add(acc: Accumulator, row: DailyRow): void {
  acc.days++;
  if (isBlankDay(row.values)) return;
  acc.recordedDays++;
  if (row.values.portOpen === true) acc.openDays++;
  else if (row.values.portOpen === false) acc.closedDays++;
  // A day recorded closed cleared nothing: it counts as zero, not as a day without figures.
  const closed = row.values.portOpen === false;
  for (const f of FIVE_PLUS_TWO_FIGURES) {
    const v = figureValue(row.values, f) ?? (closed ? 0 : null);
    if (v !== null) acc.sums[f] = (acc.sums[f] ?? 0) + v;
  }
}

function finish(acc: Accumulator, grand: Record<FivePlusTwoFigure, number | null>): ProfileGroup {
  const figures = {} as Record<FivePlusTwoFigure, FigureInGroup>;
  for (const f of FIVE_PLUS_TWO_FIGURES) {
    const total = acc.sums[f];
    figures[f] = { total, perRecordedDay: perDay(total, acc.recordedDays), sharePct: pctShare(total ?? 0, grand[f]) };
  }
  return { days: acc.days, recordedDays: acc.recordedDays, openDays: acc.openDays, closedDays: acc.closedDays, figures };
}

function grandTotals(groups: readonly Accumulator[]): Record<FivePlusTwoFigure, number | null> {
  const out = {} as Record<FivePlusTwoFigure, number | null>;
  for (const f of FIVE_PLUS_TWO_FIGURES) {
    let t: number | null = null;
    for (const g of groups) if (g.sums[f] !== null) t = (t ?? 0) + (g.sums[f] as number);
    out[f] = t;
  }
  return out;
}

/** Monday to Sunday, all seven rows even when a weekday has no day in the period. */
export function weekdayProfile(rows: readonly DailyRow[]): WeekdayProfileRow[] {
  const accs = Array.from({ length: 7 }, emptyAccumulator);
  for (const row of rows) add(accs[(weekdayOf(row.date) + 6) % 7] as Accumulator, row);
  const grand = grandTotals(accs);
  return accs.map((acc, i) => ({ weekday: i + 1, ...finish(acc, grand) }));
}

/** One row per day type that occurs in the rows, in the order of DAY_TYPES. */
export function dayTypeProfile(rows: readonly DailyRow[]): DayTypeProfileRow[] {
  const accs = new Map<DayType, Accumulator>();
  for (const row of rows) {
    let acc = accs.get(row.dayType);
    if (!acc) accs.set(row.dayType, (acc = emptyAccumulator()));
    add(acc, row);
  }
  const grand = grandTotals([...accs.values()]);
  return DAY_TYPES.filter((t) => accs.has(t)).map((t) => ({ dayType: t, ...finish(accs.get(t) as Accumulator, grand) }));
}
