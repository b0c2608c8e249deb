/**
 * The figures people ask for (docs/DOMAIN.md, "Figures people ask for"), computed from daily rows.
 *
 * Sums stay in the stored integers (kg, 元, 人次 …) so they are exact; averages and percentages
 * are plain numbers. Whatever cannot be computed (nothing entered, a zero base) is null, never 0,
 * NaN or Infinity, so a view can show "—" and a briefing can leave the sentence out.
 */

import { daysBetween } from './dates';
import {
  ADDITIVE_FIELD_KEYS,
  AVERAGED_FIELD_KEYS,
  FIELD_BY_KEY,
  isBlankDay,
  type AdditiveFieldKey,
  type AveragedFieldKey,
  type DayValues,
  type NumericFieldKey,
} from './dailyFields';
import { isRestDay, type DayType } from './dayType';
import type { QuantityKind } from './format';

/** One day of one port. `values` all blank means the day has no record. */
export interface DailyRow {
  date: string;
  values: DayValues;
  dayType: DayType;
}

// ---------------------------------------------------------------------------------------------
// Which figures exist

// The additive and averaged fields are the registry's (dailyFields.ts); kept importable from here,
// beside the figures built from them.
export { ADDITIVE_FIELD_KEYS, AVERAGED_FIELD_KEYS, type AdditiveFieldKey, type AveragedFieldKey } from './dailyFields';

/** The headline totals, each the sum of two fields. */
export const COMBINED_FIGURE_PARTS = {
  tradeValueYuan: ['importValueYuan', 'exportValueYuan'],
  freightKg: ['importFreightKg', 'exportFreightKg'],
  persons: ['personsIn', 'personsOut'],
  vehicles: ['vehiclesIn', 'vehiclesOut'],
  declarations: ['importDeclarations', 'exportDeclarations'],
} as const satisfies Record<string, readonly AdditiveFieldKey[]>;
export type CombinedFigureKey = keyof typeof COMBINED_FIGURE_PARTS;

/** Any summable figure: a single field or a headline total. */
export type FigureKey = AdditiveFieldKey | CombinedFigureKey;

export const FIGURE_KEYS: readonly FigureKey[] = [...(Object.keys(COMBINED_FIGURE_PARTS) as CombinedFigureKey[]), ...ADDITIVE_FIELD_KEYS];

export interface FigureInfo {
  label: string;
  /** pick the formatter with format.formatQuantity(kind, value) */
  kind: QuantityKind;
}

const COMBINED_FIGURE_LABELS: Readonly<Record<CombinedFigureKey, string>> = {
  tradeValueYuan: '进出口货值',
  freightKg: '进出口货运量',
  persons: '出入境人员',
  vehicles: '出入境车辆',
  declarations: '进出口报关单',
};

/** A total counts what its parts count (both parts of a total are of one kind). */
export const FIGURE_INFO: Readonly<Record<FigureKey, FigureInfo>> = {
  ...(Object.fromEntries(
    (Object.keys(COMBINED_FIGURE_PARTS) as CombinedFigureKey[]).map((k) => [k, { label: COMBINED_FIGURE_LABELS[k], kind: FIELD_BY_KEY[COMBINED_FIGURE_PARTS[k][0]].kind }]),
  ) as Record<CombinedFigureKey, FigureInfo>),
  ...(Object.fromEntries(ADDITIVE_FIELD_KEYS.map((k) => [k, { label: FIELD_BY_KEY[k].label, kind: FIELD_BY_KEY[k].kind }])) as Record<
    AdditiveFieldKey,
    FigureInfo
  >),
};

/** Per-field sums of a period; null where no day had a value. */
export type FieldSums = Record<AdditiveFieldKey, number | null>;

/** Anything that holds the additive fields: one day's values or a period's sums. */
export type AdditiveSource = Readonly<Record<AdditiveFieldKey, number | null>>;

function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * A figure from a day's values or a period's sums. A headline total adds the parts that were
 * entered and is null only when all are blank: on export-only days clerks leave imports empty, and
 * that must not blank the total.
 */
export function figureValue(source: AdditiveSource, figure: FigureKey): number | null {
  if (!(figure in COMBINED_FIGURE_PARTS)) return finiteOrNull(source[figure as AdditiveFieldKey]);
  let total: number | null = null;
  for (const part of COMBINED_FIGURE_PARTS[figure as CombinedFigureKey]) {
    const v = finiteOrNull(source[part]);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** Import + export value, 元. */
export function totalTradeValue(source: AdditiveSource): number | null {
  return figureValue(source, 'tradeValueYuan');
}

/** Import + export freight, kg. */
export function totalFreight(source: AdditiveSource): number | null {
  return figureValue(source, 'freightKg');
}

/** Persons in + out, 人次. */
export function totalPersons(source: AdditiveSource): number | null {
  return figureValue(source, 'persons');
}

/** Vehicles in + out, 辆次. */
export function totalVehicles(source: AdditiveSource): number | null {
  return figureValue(source, 'vehicles');
}

// ---------------------------------------------------------------------------------------------
// Ratios that must never be NaN or Infinity

/** (current − base) ÷ base × 100; null when either is missing or the base is 0. */
export function pctChange(current: number | null | undefined, base: number | null | undefined): number | null {
  const c = finiteOrNull(current);
  const b = finiteOrNull(base);
  if (c === null || b === null || b === 0) return null;
  return ((c - b) / b) * 100;
}

/** part ÷ whole × 100; null when either is missing or the whole is 0. */
export function pctShare(part: number | null | undefined, whole: number | null | undefined): number | null {
  const p = finiteOrNull(part);
  const w = finiteOrNull(whole);
  if (p === null || w === null || w === 0) return null;
  return (p / w) * 100;
}

/** total ÷ days; null when there is no total or no day to divide by. */
export function perDay(total: number | null | undefined, days: number): number | null {
  const t = finiteOrNull(total);
  return t === null || !(days > 0) ? null : t / days;
}

/**
 * Clearance-time compression, (baseline − current) ÷ baseline × 100: positive when clearance got
 * faster. Null on a missing or zero baseline or a missing current time.
 */
export function compression(baseline: number | null | undefined, current: number | null | undefined): number | null {
  const b = finiteOrNull(baseline);
  const c = finiteOrNull(current);
  if (b === null || c === null || b === 0) return null;
  return ((b - c) / b) * 100;
}

/**
 * Value density in 元 per tonne from 元 and kg: a figure far from the usual for the port's goods
 * flags a typo (元 entered as 万元, kg as 吨). Null without value or freight.
 */
export function valueDensity(yuan: number | null | undefined, kg: number | null | undefined): number | null {
  const y = finiteOrNull(yuan);
  const k = finiteOrNull(kg);
  if (y === null || k === null || k <= 0) return null;
  return (y * 1000) / k;
}

// ---------------------------------------------------------------------------------------------
// Period totals

/**
 * Counts and sums of a period.
 *
 * Calendar and record counts come from the period. The day-type counts (workdays, restDays,
 * unknownTypeDays) come from the rows passed: pass every day of the period, with blank values for
 * days without a record, to have them count the calendar.
 */
export interface PeriodTotals {
  from: string;
  to: string;
  calendarDays: number;
  /** days with a non-blank record */
  recordedDays: number;
  /** calendar days without a record */
  missingDays: number;
  /** 口岸开放 recorded as yes */
  openDays: number;
  /** 口岸开放 recorded as no */
  closedDays: number;
  /** recorded days on which 口岸开放 was left blank */
  openStatusUnknownDays: number;
  /** workdays and 调休上班日 */
  workdays: number;
  /** weekends, statutory and regional holidays */
  restDays: number;
  /** days of a year no holiday calendar covers; neither workdays nor rest days */
  unknownTypeDays: number;
  sums: FieldSums;
  /** for each numeric field, on how many days it had a value */
  reportedDays: Record<NumericFieldKey, number>;
  /** mean of the daily figures over the days that have one (centi-hours); null when none */
  means: Record<AveragedFieldKey, number | null>;
}

/** Keeps the rows inside from–to; a date twice is refused because it would be counted twice. */
function rowsWithin(rows: readonly DailyRow[], from: string, to: string): DailyRow[] {
  const seen = new Set<string>();
  const out: DailyRow[] = [];
  for (const row of rows) {
    if (row.date < from || row.date > to) continue;
    if (seen.has(row.date)) throw new RangeError(`two rows for ${row.date}`);
    seen.add(row.date);
    out.push(row);
  }
  return out;
}

function emptyRecord<K extends string, V>(keys: readonly K[], value: V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>;
}

/** Sums and counts of the rows that fall within `period` (rows outside it are ignored). */
export function periodTotals(rows: readonly DailyRow[], period: { from: string; to: string }): PeriodTotals {
  const within = rowsWithin(rows, period.from, period.to);
  const calendarDays = Math.max(0, daysBetween(period.from, period.to) + 1);
  const sums: FieldSums = emptyRecord(ADDITIVE_FIELD_KEYS, null);
  const reportedDays = emptyRecord<NumericFieldKey, number>([...ADDITIVE_FIELD_KEYS, ...AVERAGED_FIELD_KEYS], 0);
  const averagedTotals = emptyRecord<AveragedFieldKey, number>(AVERAGED_FIELD_KEYS, 0);
  const t = { recordedDays: 0, openDays: 0, closedDays: 0, openStatusUnknownDays: 0, workdays: 0, restDays: 0, unknownTypeDays: 0 };

  for (const row of within) {
    if (row.dayType === 'unknown') t.unknownTypeDays++;
    else if (isRestDay(row.dayType)) t.restDays++;
    else t.workdays++;

    const v = row.values;
    if (isBlankDay(v)) continue;
    t.recordedDays++;
    if (v.portOpen === true) t.openDays++;
    else if (v.portOpen === false) t.closedDays++;
    else t.openStatusUnknownDays++;

    for (const k of ADDITIVE_FIELD_KEYS) {
      const x = finiteOrNull(v[k]);
      if (x === null) continue;
      sums[k] = (sums[k] ?? 0) + x;
      reportedDays[k]++;
    }
    for (const k of AVERAGED_FIELD_KEYS) {
      const x = finiteOrNull(v[k]);
      if (x === null) continue;
      averagedTotals[k] += x;
      reportedDays[k]++;
    }
  }

  const means = emptyRecord<AveragedFieldKey, number | null>(AVERAGED_FIELD_KEYS, null);
  for (const k of AVERAGED_FIELD_KEYS) means[k] = perDay(averagedTotals[k], reportedDays[k]);

  return {
    from: period.from,
    to: period.to,
    calendarDays,
    missingDays: Math.max(0, calendarDays - t.recordedDays),
    ...t,
    sums,
    reportedDays,
    means,
  };
}

export interface DailyAverage {
  /** total ÷ calendar days of the period */
  perCalendarDay: number | null;
  /** total ÷ days the port was recorded open */
  perOpenDay: number | null;
}

/** Daily averages of every figure, in its stored unit per day. */
export function dailyAverages(totals: PeriodTotals): Record<FigureKey, DailyAverage> {
  const out = {} as Record<FigureKey, DailyAverage>;
  for (const f of FIGURE_KEYS) {
    const total = figureValue(totals.sums, f);
    out[f] = { perCalendarDay: perDay(total, totals.calendarDays), perOpenDay: perDay(total, totals.openDays) };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparisons for a KPI table

export interface Comparison {
  current: number | null;
  previous: number | null;
  samePeriodLastYear: number | null;
  /** 环比 */
  momPct: number | null;
  /** 同比 */
  yoyPct: number | null;
}

/** One row of "this period / previous period / same period last year / 同比 / 环比". */
export function compareValues(current: number | null, previous: number | null, samePeriodLastYear: number | null): Comparison {
  return {
    current,
    previous,
    samePeriodLastYear,
    momPct: pctChange(current, previous),
    yoyPct: pctChange(current, samePeriodLastYear),
  };
}

export interface FigureComparison extends Comparison {
  figure: FigureKey;
  label: string;
  kind: QuantityKind;
}

/** A figure across the three periods; pass null for a period that was not loaded. */
export function compareFigure(
  figure: FigureKey,
  current: PeriodTotals | null,
  previous: PeriodTotals | null,
  samePeriodLastYear: PeriodTotals | null,
): FigureComparison {
  const of = (t: PeriodTotals | null): number | null => (t ? figureValue(t.sums, figure) : null);
  return { figure, ...FIGURE_INFO[figure], ...compareValues(of(current), of(previous), of(samePeriodLastYear)) };
}

// ---------------------------------------------------------------------------------------------
// Peaks and closures

export interface PeakDay {
  date: string;
  value: number;
}

/**
 * The day with the largest value of a figure (earliest on a tie). Null when no day has a value
 * above zero: a "peak" of nothing is not worth a line in a briefing.
 */
export function peakDay(rows: readonly DailyRow[], figure: FigureKey): PeakDay | null {
  let best: PeakDay | null = null;
  for (const row of rows) {
    const v = figureValue(row.values, figure);
    if (v === null || v <= 0) continue;
    if (!best || v > best.value || (v === best.value && row.date < best.date)) best = { date: row.date, value: v };
  }
  return best;
}

export interface ClosedDay {
  date: string;
  dayType: DayType;
  reason: string | null;
}

/** The days recorded as closed, in date order, with why (for the briefing's closure list). */
export function closedDays(rows: readonly DailyRow[]): ClosedDay[] {
  return rows
    .filter((r) => r.values.portOpen === false)
    .map((r) => ({ date: r.date, dayType: r.dayType, reason: r.values.closureReason }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// "5+2" 无休通关

export const FIVE_PLUS_TWO_FIGURES = ['freightKg', 'tradeValueYuan', 'persons', 'vehicles'] as const satisfies readonly FigureKey[];
export type FivePlusTwoFigure = (typeof FIVE_PLUS_TWO_FIGURES)[number];

export interface RestDayVolume {
  figure: FivePlusTwoFigure;
  /** rest days + workdays; days of unknown type are left out so the share is not understated */
  total: number | null;
  onRestDays: number | null;
  onWorkdays: number | null;
  /** cleared on days of a year no calendar covers, reported apart */
  onUnknownDays: number | null;
  /** onRestDays ÷ total × 100 */
  restDaySharePct: number | null;
  /** onRestDays ÷ recorded rest days */
  perRestDay: number | null;
  /** onWorkdays ÷ recorded workdays */
  perWorkday: number | null;
}

export interface FivePlusTwoResult {
  /** weekends + statutory holidays + regional holidays among the rows */
  restDays: number;
  weekendDays: number;
  holidayDays: number;
  regionalHolidayDays: number;
  /** rest days with a non-blank record */
  restDaysRecorded: number;
  restDaysOpen: number;
  restDaysClosed: number;
  /** rest days without a yes/no for 口岸开放, including those with no record at all */
  restDaysOpenUnknown: number;
  workdays: number;
  workdaysRecorded: number;
  workdaysOpen: number;
  /** days of a year no holiday calendar covers: neither rest days nor workdays */
  unknownTypeDays: number;
  /**
   * rest days open ÷ all rest days × 100. A rest day without a record counts as not shown open:
   * coverage is a claim, and an unrecorded day cannot support it. Null without rest days.
   */
  coveragePct: number | null;
  volumes: Record<FivePlusTwoFigure, RestDayVolume>;
}

function addTo(total: number | null, v: number | null): number | null {
  return v === null ? total : (total ?? 0) + v;
}

/**
 * The "5+2" figures of the rows given. Pass every day of the period (blank values where nothing
 * was recorded) so that unrecorded rest days count against coverage.
 */
export function fivePlusTwo(rows: readonly DailyRow[]): FivePlusTwoResult {
  const r = {
    restDays: 0,
    weekendDays: 0,
    holidayDays: 0,
    regionalHolidayDays: 0,
    restDaysRecorded: 0,
    restDaysOpen: 0,
    restDaysClosed: 0,
    restDaysOpenUnknown: 0,
    workdays: 0,
    workdaysRecorded: 0,
    workdaysOpen: 0,
    unknownTypeDays: 0,
  };
  const sums = Object.fromEntries(FIVE_PLUS_TWO_FIGURES.map((f) => [f, { rest: null, work: null, unknown: null }])) as Record<
    FivePlusTwoFigure,
    { rest: number | null; work: number | null; unknown: number | null }
  >;

  for (const row of rows) {
    const recorded = !isBlankDay(row.values);
    const open = row.values.portOpen;
    const bucket = row.dayType === 'unknown' ? 'unknown' : isRestDay(row.dayType) ? 'rest' : 'work';

    if (bucket === 'unknown') r.unknownTypeDays++;
    else if (bucket === 'rest') {
      r.restDays++;
      if (row.dayType === 'weekend') r.weekendDays++;
      else if (row.dayType === 'holiday') r.holidayDays++;
      else r.regionalHolidayDays++;
      if (recorded) r.restDaysRecorded++;
      if (open === true) r.restDaysOpen++;
      else if (open === false) r.restDaysClosed++;
      else r.restDaysOpenUnknown++;
    } else {
      r.workdays++;
      if (recorded) r.workdaysRecorded++;
      if (open === true) r.workdaysOpen++;
    }

    for (const f of FIVE_PLUS_TWO_FIGURES) {
      const s = sums[f];
      s[bucket] = addTo(s[bucket], figureValue(row.values, f));
    }
  }

  const volumes = {} as Record<FivePlusTwoFigure, RestDayVolume>;
  for (const f of FIVE_PLUS_TWO_FIGURES) {
    const s = sums[f];
    const total = addTo(s.rest, s.work);
    volumes[f] = {
      figure: f,
      total,
      onRestDays: s.rest,
      onWorkdays: s.work,
      onUnknownDays: s.unknown,
      // Rest days with nothing entered cleared nothing we know of, hence 0 rather than no share.
      restDaySharePct: pctShare(s.rest ?? 0, total),
      perRestDay: perDay(s.rest, r.restDaysRecorded),
      perWorkday: perDay(s.work, r.workdaysRecorded),
    };
  }

  return { ...r, coveragePct: pctShare(r.restDaysOpen, r.restDays), volumes };
}
