/**
 * Did a figure change when a measure started? A seasonal difference-in-differences:
 *
 *   net effect = (after ÷ before this year) ÷ (after ÷ before over the same dates a year earlier)
 *
 * on the log scale, so a rise that happens every year at that time (the season) and the port's
 * steady growth cancel out, and only the change beyond them is put down to the measure. Each window's
 * daily mean is first corrected for the kinds of day it holds (weekdays, weekends, holidays, 调休上班日
 * as working days: dayTypeAdjustment.ts); closed days are set aside. The 95% interval comes from a
 * circular moving-block bootstrap of all four windows (blockBootstrap.ts), because consecutive days
 * are alike and a day-by-day bootstrap would be far too sure of itself.
 *
 * A percentage figure that can start from zero (the rest-day opening rate) is compared on its own
 * scale instead: the change in percentage points this year minus the change a year earlier.
 *
 * There is no verdict, only "数据不足以判断" and the reason, when the comparison would not be fair:
 * the after-window is not over, a window (this year's or the year-earlier one) has too few days,
 * too many closures or a figure that was not yet handled (blank, which is not zero), or another
 * measure on the same port and figure started inside the windows (neither is credited then).
 *
 * The calibration test (tests/unit/effectCalibration.test.ts) checks on generated histories with a
 * known answer that placebo dates are called a change at most 10% of the time and that ±20% effects
 * are covered by the interval at least 90% of the time.
 */

import { addDays, daysBetween, sameDateLastYear } from '../dates';
import { mulberry32 } from '../seededRandom';
import type { DayType } from '../dayType';
import { blockLength, blockResampleMean, quantileOfSorted } from './blockBootstrap';
import { dayKind, dayKindFactors, type KindedValue } from './dayTypeAdjustment';
import { MEASURE_METRICS, type MeasureMetricKey } from './measureTypes';

export interface EffectPoint {
  date: string;
  /** the metric's value that day in its display unit; null when left blank (not handled, not collected) */
  value: number | null;
  dayType: DayType;
  portOpen: boolean | null;
}

/** Another measure's start on the same port and figure; leave the measure itself out. */
export interface OtherMeasureStart {
  /** how the measure is named in the reason, e.g. "ZM-03 提前申报" */
  label: string;
  date: string;
}

/** 'ratio': change in % on the log scale; 'difference': change in the figure's own unit (percentage points). */
export type EffectScale = 'ratio' | 'difference';

export interface EffectOptions {
  series: readonly EffectPoint[];
  startDate: string;
  /** length of each window in days (default 90) */
  windowDays?: number;
  otherStarts?: readonly OtherMeasureStart[];
  /** the same inputs and seed always give the same interval */
  seed?: number;
  resamples?: number;
  /** days with data each of the four windows needs (default 30, and at most two thirds of a window) */
  minDataDays?: number;
  /** count closed days as observations instead of setting them aside (see effectOptionsForMetric) */
  includeClosedDays?: boolean;
  scale?: EffectScale;
  /** figures are complete up to the day before `today`; default: the day after the last date in the series */
  today?: string;
  /** days per bootstrap block (default BLOCK_DAYS) */
  blockDays?: number;
}

export interface EffectWindow {
  from: string;
  to: string;
  /** calendar days of the window that have already passed */
  elapsedDays: number;
  /** days whose value is used (open, or closed when closed days count, and entered) */
  dataDays: number;
  closedDays: number;
  /** recorded days on which the figure was blank: not handled or not collected, never read as 0 */
  blankDays: number;
  /** daily mean corrected for the kinds of day in the window; null when there is nothing to average */
  mean: number | null;
}

export interface EffectInterval {
  low: number;
  high: number;
  /** 0.95 */
  level: number;
}

export type EffectVerdict = 'increase' | 'decrease' | 'noClearChange' | 'insufficient';

export interface EffectOverlap {
  label: string;
  date: string;
  /** inside this year's windows (neither measure is credited) or the year-earlier ones (no clean comparison) */
  where: 'current' | 'yearEarlier';
}

export interface EffectResult {
  startDate: string;
  windowDays: number;
  scale: EffectScale;
  before: EffectWindow;
  after: EffectWindow;
  /** the same date a year earlier, around which the comparison windows are placed */
  yearEarlierStart: string;
  yearEarlierBefore: EffectWindow;
  yearEarlierAfter: EffectWindow;
  /** after − before this year, in the metric's unit */
  difference: number | null;
  /** (after − before) ÷ before × 100 this year; null on a zero or missing base */
  changePct: number | null;
  yearEarlierDifference: number | null;
  yearEarlierChangePct: number | null;
  /** the change beyond the year-earlier one: % ('ratio') or the metric's unit ('difference') */
  effect: number | null;
  /** 95% interval of `effect` */
  interval: EffectInterval | null;
  verdict: EffectVerdict;
  /** why no verdict could be given (non-empty exactly when verdict is 'insufficient'), in Chinese */
  reasons: string[];
  /** things the reader should know that do not block the verdict, in Chinese */
  warnings: string[];
  overlaps: EffectOverlap[];
  /** days per bootstrap block */
  blockDays: number;
}

export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_MIN_DATA_DAYS = 30;
/** A rest-day-only metric has about 26–30 days in a 90-day window; a third of a window's rest days. */
export const REST_DAY_MIN_DATA_DAYS = 10;
/** Closed on more than this share of a window's days: the port was not running normally. */
export const MAX_CLOSED_SHARE = 1 / 3;
/**
 * Blank on more than this share of a window's recorded days: the figure was not handled for part
 * of it (passenger clearance not yet reopened), so the window straddles its start or its end.
 */
export const MAX_BLANK_SHARE = 0.1;
const LEVEL = 0.95;

/** The options a metric needs: rest-day coverage counts closed days, has fewer days and can start at 0 %. */
export function effectOptionsForMetric(metric: MeasureMetricKey): Pick<EffectOptions, 'includeClosedDays' | 'minDataDays' | 'scale'> {
  const m = MEASURE_METRICS[metric];
  return {
    includeClosedDays: m.countsClosedDays,
    minDataDays: m.restDaysOnly ? REST_DAY_MIN_DATA_DAYS : DEFAULT_MIN_DATA_DAYS,
    scale: m.unit === '%' ? 'difference' : 'ratio',
  };
}

// ---------------------------------------------------------------------------------------------

interface Collected {
  name: string;
  from: string;
  to: string;
  elapsedDays: number;
  recordedDays: number;
  closedDays: number;
  blankDays: number;
  /** the first day with a value, for saying where a blank stretch ends */
  firstValue: string | null;
  /** days in a year no holiday calendar covers, typed by their weekday alone */
  unknownTypeDays: number;
  days: KindedValue[];
}

function collect(
  name: string,
  byDate: ReadonlyMap<string, EffectPoint>,
  from: string,
  to: string,
  lastComplete: string,
  includeClosed: boolean,
): Collected {
  const out: Collected = { name, from, to, elapsedDays: 0, recordedDays: 0, closedDays: 0, blankDays: 0, firstValue: null, unknownTypeDays: 0, days: [] };
  const end = to < lastComplete ? to : lastComplete;
  for (let d = from; d <= end; d = addDays(d, 1)) {
    out.elapsedDays++;
    const p = byDate.get(d);
    if (!p) continue;
    out.recordedDays++;
    const closed = p.portOpen === false;
    if (closed) out.closedDays++;
    if (closed && !includeClosed) continue;
    if (p.value === null || !Number.isFinite(p.value)) {
      out.blankDays++;
      continue;
    }
    if (out.firstValue === null) out.firstValue = d;
    if (p.dayType === 'unknown') out.unknownTypeDays++;
    out.days.push({ kind: dayKind(d, p.dayType), value: p.value });
  }
  return out;
}

function meanOf(xs: ArrayLike<number>): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s / xs.length;
}

/** The window's values divided by their kind-of-day factor, in date order. */
function adjusted(c: Collected, factors: ReadonlyMap<number, number> | null): Float64Array {
  return Float64Array.from(c.days, (d) => (factors ? d.value / (factors.get(d.kind) ?? 1) : d.value));
}

/** (after − before) ÷ before × 100; null on a zero or missing base (the earlier method in bench/ shares it). */
export function changePct(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  const c = ((after - before) / before) * 100;
  return Number.isFinite(c) ? c : null;
}

/** The net effect of four window means on the chosen scale; null when it cannot be formed. */
function netEffect(scale: EffectScale, b: number, a: number, pb: number, pa: number): number | null {
  if (scale === 'difference') return a - b - (pa - pb);
  if (!(b > 0 && a > 0 && pb > 0 && pa > 0)) return null;
  return Math.log(a / b) - Math.log(pa / pb);
}

function toReported(scale: EffectScale, e: number): number {
  return scale === 'ratio' ? (Math.exp(e) - 1) * 100 : e;
}

function bootstrapInterval(
  scale: EffectScale,
  windows: readonly Float64Array[],
  block: number,
  resamples: number,
  seed: number,
): EffectInterval | null {
  if (resamples < 20 || windows.some((w) => w.length === 0)) return null;
  const rand = mulberry32(seed);
  const draws = new Float64Array(resamples);
  let valid = 0;
  for (let r = 0; r < resamples; r++) {
    const [b, a, pb, pa] = windows.map((w) => blockResampleMean(w, block, rand)) as [number, number, number, number];
    const e = netEffect(scale, b, a, pb, pa);
    if (e !== null && Number.isFinite(e)) draws[valid++] = e;
  }
  // Resamples with a zero mean have no log ratio; more of them than the tail cut off leaves no interval.
  if (valid < resamples * LEVEL) return null;
  const sorted = draws.subarray(0, valid).sort();
  const low = toReported(scale, quantileOfSorted(sorted, (1 - LEVEL) / 2));
  const high = toReported(scale, quantileOfSorted(sorted, 1 - (1 - LEVEL) / 2));
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high, level: LEVEL } : null;
}

function span(c: Collected): string {
  return `${c.from} 至 ${c.to}`;
}

/** Why one window cannot carry the comparison, or null. */
function windowProblem(c: Collected, minDataDays: number, includeClosed: boolean): string | null {
  const where = `${c.name}（${span(c)}）`;
  const open = c.recordedDays - (includeClosed ? 0 : c.closedDays);
  if (c.blankDays > 0 && c.blankDays > open * MAX_BLANK_SHARE) {
    const since = c.firstValue ? `，到 ${c.firstValue} 才有数据` : '';
    return `${where}有 ${c.blankDays} 天该项为空（当时未办理或未统计，不是零）${since}，比较跨越了该项开始或停止统计的日子，数据不足以判断。`;
  }
  if (!includeClosed && c.elapsedDays > 0 && c.closedDays / c.elapsedDays > MAX_CLOSED_SHARE) {
    return `${where}闭关 ${c.closedDays} 天，超过三分之一，口岸未正常运行，无法比较。`;
  }
  if (c.days.length < minDataDays) {
    return `${where}只有 ${c.days.length} 天有数据，至少需要 ${minDataDays} 天。`;
  }
  return null;
}

function reportedWindow(c: Collected, mean: number | null): EffectWindow {
  return {
    from: c.from,
    to: c.to,
    elapsedDays: c.elapsedDays,
    dataDays: c.days.length,
    closedDays: c.closedDays,
    blankDays: c.blankDays,
    mean,
  };
}

/** A change is called only when the 95% interval leaves out zero. */
export function verdictOf(interval: EffectInterval): Exclude<EffectVerdict, 'insufficient'> {
  if (interval.low > 0) return 'increase';
  if (interval.high < 0) return 'decrease';
  return 'noClearChange';
}

/** Other starts strictly inside the span of two windows around `start` (a start on the span's first day shifts both alike). */
function startsAround(others: readonly OtherMeasureStart[], start: string, windowDays: number): OtherMeasureStart[] {
  return others
    .filter((o) => Math.abs(daysBetween(start, o.date)) < windowDays)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The series by date (later entries win, so a corrected day passed after the original replaces
 * it) and the last day whose figures are complete: the day before `today`, else the last date given.
 */
export function seriesByDate(
  series: readonly EffectPoint[],
  start: string,
  today: string | undefined,
): { byDate: Map<string, EffectPoint>; lastComplete: string } {
  const byDate = new Map<string, EffectPoint>();
  let lastDate: string | null = null;
  for (const p of series) {
    byDate.set(p.date, p);
    if (lastDate === null || p.date > lastDate) lastDate = p.date;
  }
  const lastComplete = today !== undefined ? addDays(today, -1) : (lastDate ?? addDays(start, -1));
  return { byDate, lastComplete };
}

/** The reason no verdict can be given yet while the after-window is still running, or null. */
export function afterWindowUnfinished(start: string, windowDays: number, lastComplete: string): string | null {
  if (addDays(start, windowDays - 1) <= lastComplete) return null;
  const elapsed = Math.max(0, daysBetween(start, lastComplete) + 1);
  return `措施于 ${start} 启动，截至 ${lastComplete} 仅满 ${elapsed} 天，不足 ${windowDays} 天的观察期，暂不能判断效果。`;
}

/** The seasonal difference-in-differences of one metric around one measure's start date. */
export function measureEffect(options: EffectOptions): EffectResult {
  const windowDays = Math.max(1, Math.floor(options.windowDays ?? DEFAULT_WINDOW_DAYS));
  const resamples = Math.max(0, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  // A short window cannot hold 30 days: two thirds of it will do.
  const minDataDays = Math.min(options.minDataDays ?? DEFAULT_MIN_DATA_DAYS, Math.ceil((windowDays * 2) / 3));
  const includeClosed = options.includeClosedDays ?? false;
  const scale = options.scale ?? 'ratio';
  const seed = options.seed ?? 1;
  const start = options.startDate;
  const priorStart = sameDateLastYear(start);

  const { byDate, lastComplete } = seriesByDate(options.series, start, options.today);

  const around = (name: string, s: string) =>
    [
      collect(`${name}启动前 ${windowDays} 天`, byDate, addDays(s, -windowDays), addDays(s, -1), lastComplete, includeClosed),
      collect(`${name}启动后 ${windowDays} 天`, byDate, s, addDays(s, windowDays - 1), lastComplete, includeClosed),
    ] as const;
  const [before, after] = around('', start);
  const [priorBefore, priorAfter] = around('上年同期', priorStart);
  const all = [before, after, priorBefore, priorAfter] as const;

  const factors = scale === 'ratio' ? dayKindFactors(all.map((c) => c.days)) : null;
  const values = all.map((c) => adjusted(c, factors));
  const [mb, ma, mpb, mpa] = values.map((v) => meanOf(v)) as [number | null, number | null, number | null, number | null];

  const reasons: string[] = [];
  const warnings: string[] = [];

  const unfinished = afterWindowUnfinished(start, windowDays, lastComplete);
  if (unfinished) reasons.push(unfinished);
  for (const c of all) {
    // An after-window not yet over is already said once.
    if (c === after && unfinished) continue;
    const problem = windowProblem(c, minDataDays, includeClosed);
    if (problem) reasons.push(problem);
  }

  const others = options.otherStarts ?? [];
  const overlaps: EffectOverlap[] = [
    ...startsAround(others, start, windowDays).map((o) => ({ ...o, where: 'current' as const })),
    ...startsAround(others, priorStart, windowDays).map((o) => ({ ...o, where: 'yearEarlier' as const })),
  ];
  const listed = (where: EffectOverlap['where']) =>
    overlaps
      .filter((o) => o.where === where)
      .map((o) => `${o.label}（${o.date} 启动）`)
      .join('、');
  if (overlaps.some((o) => o.where === 'current')) {
    reasons.push(`同一口岸、同一指标的 ${listed('current')}与本措施的启动相隔不足 ${windowDays} 天，变化分不清归于哪一项，两项均不单独计算效果。`);
  }
  if (overlaps.some((o) => o.where === 'yearEarlier')) {
    reasons.push(`上年同期对照期内有 ${listed('yearEarlier')} 启动，上年同期的变化不只是季节和增长，不能作对照。`);
  }

  if (!includeClosed) {
    for (const c of all) {
      if (c.closedDays > 0 && c.elapsedDays > 0 && c.closedDays / c.elapsedDays <= MAX_CLOSED_SHARE) {
        warnings.push(`${c.name}有 ${c.closedDays} 天闭关，已不计入日均值。`);
      }
    }
  }
  const unknown = all.reduce((n, c) => n + c.unknownTypeDays, 0);
  if (unknown > 0) {
    warnings.push(`有 ${unknown} 天所在年份未收录节假日安排，按星期几推断日类型，其中的节假日未能单独校正。`);
  }
  const effectRaw = mb !== null && ma !== null && mpb !== null && mpa !== null ? netEffect(scale, mb, ma, mpb, mpa) : null;
  if (scale === 'ratio' && mb !== null && ma !== null && mpb !== null && mpa !== null && effectRaw === null) {
    reasons.push('有时段的日均值为零，无法按比例比较。');
  }
  const block = blockLength(Math.min(...values.map((v) => v.length)), options.blockDays);
  const interval = reasons.length === 0 && effectRaw !== null ? bootstrapInterval(scale, values, block, resamples, seed) : null;
  if (reasons.length === 0 && interval === null) reasons.push('数据不足以计算变化区间。');

  const verdict: EffectVerdict = reasons.length === 0 && interval ? verdictOf(interval) : 'insufficient';
  return {
    startDate: start,
    windowDays,
    scale,
    before: reportedWindow(before, mb),
    after: reportedWindow(after, ma),
    yearEarlierStart: priorStart,
    yearEarlierBefore: reportedWindow(priorBefore, mpb),
    yearEarlierAfter: reportedWindow(priorAfter, mpa),
    difference: mb !== null && ma !== null ? ma - mb : null,
    changePct: changePct(mb, ma),
    yearEarlierDifference: mpb !== null && mpa !== null ? mpa - mpb : null,
    yearEarlierChangePct: changePct(mpb, mpa),
    effect: effectRaw === null ? null : toReported(scale, effectRaw),
    interval,
    verdict,
    reasons,
    warnings,
    overlaps,
    blockDays: block,
  };
}
