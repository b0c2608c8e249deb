/**
 * The program's earlier effect method, kept only so that the calibration (`npm run bench`,
 * tests/unit/effectCalibration.test.ts) can show how it fares beside the seasonal difference-in-
 * differences that replaced it (shared/domain/measures/effect.ts). It is not used by the program.
 *
 * Did a figure change when a measure started? Compares the daily mean of a window before the start
 * date with the same-length window from the start date on, gives bootstrap intervals for the
 * difference and the change %, calls it an increase or decrease only when the 95% interval of the
 * difference leaves out zero, repeats the comparison a year earlier as a seasonal check, and refuses to give a verdict when the
 * data cannot carry one (few days, many closures, another measure starting at the same time, an
 * after-window that is not over yet).
 *
 * What this is not: a causal estimate. Daily port figures drift and cluster (a backlog after a
 * closed road spills into the next days), which a day-by-day bootstrap does not model, so the
 * interval is on the narrow side. The refusals and the seasonal check are there so that the numbers
 * are only shown as a verdict when the simple comparison is at least fair.
 */

import { addDays, daysBetween, sameDateLastYear, weekdayOf } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/domain/seededRandom';
import type { DayType } from '../../shared/domain/dayType';
import { MEASURE_METRICS, type MeasureMetricKey } from '../../shared/domain/measures/measureTypes';

export interface EffectPoint {
  date: string;
  /** the metric's value that day in its display unit; null when not entered */
  value: number | null;
  dayType: DayType;
  portOpen: boolean | null;
}

/** Another measure's start, for the confounding check; leave the measure itself out. */
export interface OtherMeasureStart {
  /** how the measure is named in the reason, e.g. "ZM-03 提前申报" */
  label: string;
  date: string;
}

export interface EffectOptions {
  series: readonly EffectPoint[];
  startDate: string;
  /** length of each window in days (default 90) */
  windowDays?: number;
  otherStarts?: readonly OtherMeasureStart[];
  /** the same inputs and seed always give the same interval */
  seed?: number;
  resamples?: number;
  /** days with data each window needs for a verdict (default 30) */
  minDataDays?: number;
  /** count closed days as observations instead of setting them aside (see effectOptionsForMetric) */
  includeClosedDays?: boolean;
  /** figures are complete up to the day before `today`; default: the day after the last date in the series */
  today?: string;
}

export interface EffectWindow {
  from: string;
  to: string;
  /** calendar days of the window that have already passed */
  elapsedDays: number;
  /** days whose value is used (open, or closed when closed days count, and entered) */
  dataDays: number;
  closedDays: number;
  /**
   * Weekday-balanced daily mean: the mean of each weekday (holidays apart) weighted by how often that
   * weekday occurs in both windows together, so a window short of a few Sundays is not skewed.
   * Null when there is nothing to compare.
   */
  mean: number | null;
}

export interface EffectInterval {
  low: number;
  high: number;
  /** 0.95 */
  level: number;
}

export interface EffectComparison {
  before: EffectWindow;
  after: EffectWindow;
  /** after-mean − before-mean, in the metric's unit */
  difference: number | null;
  differenceInterval: EffectInterval | null;
  /** (after − before) ÷ before × 100; null when the before-mean is zero or missing */
  changePct: number | null;
  /** interval of changePct; null when changePct is, or when too many resamples have a zero base */
  interval: EffectInterval | null;
}

export type EffectVerdict = 'increase' | 'decrease' | 'noClearChange' | 'insufficient';

export interface SeasonalCheck extends EffectComparison {
  /** the date a year before the start, around which the windows are placed */
  startDate: string;
  /** enough days and few enough closures for the check to mean anything */
  usable: boolean;
}

export interface EffectResult extends EffectComparison {
  startDate: string;
  windowDays: number;
  verdict: EffectVerdict;
  /** why no verdict could be given (non-empty exactly when verdict is 'insufficient'), in Chinese */
  reasons: string[];
  /** things the reader should know that do not block the verdict, in Chinese */
  warnings: string[];
  seasonal: SeasonalCheck;
}

export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_MIN_DATA_DAYS = 30;
/** A rest-day-only metric has about 26–30 days in a 90-day window; a third of a window's rest days. */
export const REST_DAY_MIN_DATA_DAYS = 10;
/** Closed on more than this share of a window's days: the port was not running normally. */
export const MAX_CLOSED_SHARE = 1 / 3;
const LEVEL = 0.95;

/** The options a metric needs: rest-day coverage counts closed days and has fewer days by nature. */
export function effectOptionsForMetric(metric: MeasureMetricKey): Pick<EffectOptions, 'includeClosedDays' | 'minDataDays'> {
  const m = MEASURE_METRICS[metric];
  return {
    includeClosedDays: m.countsClosedDays,
    minDataDays: m.restDaysOnly ? REST_DAY_MIN_DATA_DAYS : DEFAULT_MIN_DATA_DAYS,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Holidays behave like rest days whatever their weekday, so they get a stratum of their own (7);
 * other days are stratified by weekday (0–6).
 */
const HOLIDAY_STRATUM = 7;
function stratumOf(p: EffectPoint): number {
  return p.dayType === 'holiday' || p.dayType === 'regionalHoliday' ? HOLIDAY_STRATUM : weekdayOf(p.date);
}

interface Collected {
  from: string;
  to: string;
  elapsedDays: number;
  dataDays: number;
  closedDays: number;
  strata: Map<number, number[]>;
}

function collect(
  byDate: ReadonlyMap<string, EffectPoint>,
  from: string,
  to: string,
  lastComplete: string,
  includeClosed: boolean,
): Collected {
  const out: Collected = { from, to, elapsedDays: 0, dataDays: 0, closedDays: 0, strata: new Map() };
  const end = to < lastComplete ? to : lastComplete;
  for (let d = from; d <= end; d = addDays(d, 1)) {
    out.elapsedDays++;
    const p = byDate.get(d);
    if (!p) continue;
    const closed = p.portOpen === false;
    if (closed) out.closedDays++;
    if (closed && !includeClosed) continue;
    if (p.value === null || !Number.isFinite(p.value)) continue;
    out.dataDays++;
    const k = stratumOf(p);
    const list = out.strata.get(k);
    if (list) list.push(p.value);
    else out.strata.set(k, [p.value]);
  }
  return out;
}

interface Stratum {
  weight: number;
  before: Float64Array;
  after: Float64Array;
}

function meanOf(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s / xs.length;
}

/** Only strata present on both sides are compared; weights are their pooled share of days. */
function commonStrata(before: Collected, after: Collected): { strata: Stratum[]; droppedDays: number } {
  const strata: Stratum[] = [];
  let pooled = 0;
  let droppedDays = 0;
  const keys = new Set([...before.strata.keys(), ...after.strata.keys()]);
  for (const k of [...keys].sort((a, b) => a - b)) {
    const b = before.strata.get(k);
    const a = after.strata.get(k);
    if (!b || !a) {
      droppedDays += (b?.length ?? 0) + (a?.length ?? 0);
      continue;
    }
    pooled += b.length + a.length;
    strata.push({ weight: b.length + a.length, before: Float64Array.from(b), after: Float64Array.from(a) });
  }
  for (const s of strata) s.weight /= pooled;
  return { strata, droppedDays };
}

function balancedMean(strata: readonly Stratum[], side: 'before' | 'after'): number | null {
  if (strata.length === 0) return null;
  let m = 0;
  for (const s of strata) m += s.weight * meanOf(s[side]);
  return Number.isFinite(m) ? m : null;
}

function changePct(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  const c = ((after - before) / before) * 100;
  return Number.isFinite(c) ? c : null;
}

/**
 * Mean of n − 1 days drawn with replacement from a stratum of n. Drawing n would shrink the spread
 * by (n − 1)/n, which matters with a dozen days per weekday (some 8% too little variance, so a
 * "95%" interval that is too narrow); n − 1 draws (McCarthy and Snowden's rescaling for stratified
 * samples) give the variance of the mean without that bias.
 */
function resampledMean(xs: Float64Array, rand: () => number): number {
  const n = xs.length;
  const draws = Math.max(1, n - 1);
  let s = 0;
  for (let i = 0; i < draws; i++) s += xs[Math.floor(rand() * n)] as number;
  return s / draws;
}

/** Linear interpolation between order statistics (the usual "type 7" quantile). */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

function percentileInterval(values: Float64Array): EffectInterval | null {
  if (values.length < 2) return null;
  const sorted = values.slice().sort();
  const low = quantile(sorted, (1 - LEVEL) / 2);
  const high = quantile(sorted, 1 - (1 - LEVEL) / 2);
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high, level: LEVEL } : null;
}

/**
 * Percentile intervals of the difference and of the change %, resampling days with replacement
 * within each stratum of each window, so every replicate keeps the weekday make-up of the real
 * windows.
 */
function bootstrap(
  strata: readonly Stratum[],
  resamples: number,
  seed: number,
): { difference: EffectInterval | null; change: EffectInterval | null } {
  if (strata.length === 0 || resamples < 2) return { difference: null, change: null };
  const rand = mulberry32(seed);
  const diffs = new Float64Array(resamples);
  const changes = new Float64Array(resamples);
  let valid = 0;
  for (let r = 0; r < resamples; r++) {
    let b = 0;
    let a = 0;
    for (const s of strata) {
      b += s.weight * resampledMean(s.before, rand);
      a += s.weight * resampledMean(s.after, rand);
    }
    diffs[r] = a - b;
    const c = changePct(b, a);
    if (c !== null) changes[valid++] = c;
  }
  // Replicates with a zero base have an unbounded change; if they are more than the tail the
  // interval cuts off, its upper end is not a number anyone could report.
  const changeOk = valid >= resamples * LEVEL + 1;
  return {
    difference: percentileInterval(diffs),
    change: changeOk ? percentileInterval(changes.subarray(0, valid)) : null,
  };
}

interface Compared extends EffectComparison {
  droppedDays: number;
  beforeRaw: Collected;
  afterRaw: Collected;
}

function compareAround(
  byDate: ReadonlyMap<string, EffectPoint>,
  start: string,
  windowDays: number,
  lastComplete: string,
  includeClosed: boolean,
  resamples: number,
  seed: number,
): Compared {
  const beforeRaw = collect(byDate, addDays(start, -windowDays), addDays(start, -1), lastComplete, includeClosed);
  const afterRaw = collect(byDate, start, addDays(start, windowDays - 1), lastComplete, includeClosed);
  const { strata, droppedDays } = commonStrata(beforeRaw, afterRaw);
  const beforeMean = balancedMean(strata, 'before');
  const afterMean = balancedMean(strata, 'after');
  const change = changePct(beforeMean, afterMean);
  const difference = beforeMean !== null && afterMean !== null ? afterMean - beforeMean : null;
  const intervals = difference === null ? { difference: null, change: null } : bootstrap(strata, resamples, seed);
  const window = (c: Collected, mean: number | null): EffectWindow => ({
    from: c.from,
    to: c.to,
    elapsedDays: c.elapsedDays,
    dataDays: c.dataDays,
    closedDays: c.closedDays,
    mean,
  });
  return {
    before: window(beforeRaw, beforeMean),
    after: window(afterRaw, afterMean),
    difference,
    differenceInterval: intervals.difference,
    changePct: change,
    interval: change === null ? null : intervals.change,
    droppedDays,
    beforeRaw,
    afterRaw,
  };
}

function tooManyClosures(c: Collected): boolean {
  return c.elapsedDays > 0 && c.closedDays / c.elapsedDays > MAX_CLOSED_SHARE;
}

function pct(x: number): string {
  return `${Math.abs(x).toFixed(1)}%`;
}

function verdictOf(interval: EffectInterval): Exclude<EffectVerdict, 'insufficient'> {
  if (interval.low > 0) return 'increase';
  if (interval.high < 0) return 'decrease';
  return 'noClearChange';
}

/** The before/after comparison of one metric around one measure's start date. */
export function measureEffect(options: EffectOptions): EffectResult {
  const windowDays = Math.max(1, Math.floor(options.windowDays ?? DEFAULT_WINDOW_DAYS));
  const resamples = Math.max(0, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const minDataDays = options.minDataDays ?? DEFAULT_MIN_DATA_DAYS;
  const includeClosed = options.includeClosedDays ?? false;
  const seed = options.seed ?? 1;
  const start = options.startDate;

  // Later entries win, so a corrected day passed after the original replaces it.
  const byDate = new Map<string, EffectPoint>();
  let lastDate: string | null = null;
  for (const p of options.series) {
    byDate.set(p.date, p);
    if (lastDate === null || p.date > lastDate) lastDate = p.date;
  }
  const lastComplete = options.today !== undefined ? addDays(options.today, -1) : (lastDate ?? addDays(start, -1));

  const main = compareAround(byDate, start, windowDays, lastComplete, includeClosed, resamples, seed);
  const reasons: string[] = [];
  const warnings: string[] = [];
  const sides = [
    { name: '启动前', raw: main.beforeRaw },
    { name: '启动后', raw: main.afterRaw },
  ] as const;

  const afterEnd = addDays(start, windowDays - 1);
  if (afterEnd > lastComplete) {
    const elapsed = Math.max(0, daysBetween(start, lastComplete) + 1);
    reasons.push(`措施于 ${start} 启动，截至 ${lastComplete} 仅满 ${elapsed} 天，不足 ${windowDays} 天的观察期，暂不能判断效果。`);
  }
  for (const { name, raw } of sides) {
    if (raw.dataDays < minDataDays) {
      reasons.push(`${name} ${windowDays} 天内只有 ${raw.dataDays} 天有数据，至少需要 ${minDataDays} 天。`);
    }
  }
  if (!includeClosed) {
    for (const { name, raw } of sides) {
      if (tooManyClosures(raw)) {
        reasons.push(`${name} ${windowDays} 天内闭关 ${raw.closedDays} 天，超过三分之一，口岸未正常运行，无法比较。`);
      } else if (raw.closedDays > 0) {
        warnings.push(`${name} ${windowDays} 天内有 ${raw.closedDays} 天闭关，已不计入日均值。`);
      }
    }
  }
  const confounders = (options.otherStarts ?? [])
    .filter((o) => o.date >= main.before.from && o.date <= main.after.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (confounders.length > 0) {
    const list = confounders.map((o) => `${o.label}（${o.date}）`).join('、');
    reasons.push(`前后 ${windowDays} 天内另有措施启动：${list}，变化无法单独归于本措施。`);
  }
  // The verdict rests on the difference, which stays defined when the base is zero (a port that
  // never opened on weekends before "5+2"); only the percentage is lost then.
  if (main.before.mean === 0) {
    warnings.push('启动前日均值为零，变化百分比无法计算，只给出差值。');
  } else if (main.changePct !== null && main.interval === null && main.differenceInterval !== null) {
    warnings.push('启动前有不少日子数值为零，变化百分比的区间无法确定，只给出差值的区间。');
  }
  if (main.droppedDays > 0) {
    warnings.push(`有 ${main.droppedDays} 天（如节假日）在另一时段没有同类日期，未参与比较。`);
  }

  const seasonalStart = sameDateLastYear(start);
  const season = compareAround(byDate, seasonalStart, windowDays, lastComplete, includeClosed, resamples, seed + 1);
  const seasonUsable =
    season.beforeRaw.dataDays >= minDataDays &&
    season.afterRaw.dataDays >= minDataDays &&
    (includeClosed || (!tooManyClosures(season.beforeRaw) && !tooManyClosures(season.afterRaw))) &&
    season.differenceInterval !== null;
  const seasonal: SeasonalCheck = {
    startDate: seasonalStart,
    before: season.before,
    after: season.after,
    difference: season.difference,
    differenceInterval: season.differenceInterval,
    changePct: season.changePct,
    interval: season.interval,
    usable: seasonUsable,
  };

  let verdict: EffectVerdict = 'insufficient';
  if (reasons.length === 0 && main.differenceInterval !== null) verdict = verdictOf(main.differenceInterval);
  else if (reasons.length === 0) reasons.push('数据不足以计算变化区间。');

  if (!seasonUsable) {
    warnings.push(`上年同期（以 ${seasonalStart} 为界）数据不足，未能做季节对照。`);
  } else if ((verdict === 'increase' || verdict === 'decrease') && season.differenceInterval) {
    if (verdictOf(season.differenceInterval) === verdict) {
      const word = verdict === 'increase' ? '增长' : '下降';
      const size = season.changePct !== null ? ` ${pct(season.changePct)}` : '';
      warnings.push(`上年同期（以 ${seasonalStart} 为界）也${word}${size}，变化可能部分来自季节因素。`);
    }
  }

  return {
    startDate: start,
    windowDays,
    before: main.before,
    after: main.after,
    difference: main.difference,
    differenceInterval: main.differenceInterval,
    changePct: main.changePct,
    interval: main.interval,
    verdict,
    reasons,
    warnings,
    seasonal,
  };
}
