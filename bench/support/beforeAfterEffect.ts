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

import { addDays, sameDateLastYear, weekdayOf } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/domain/seededRandom';
import { quantileOfSorted } from '../../shared/domain/measures/blockBootstrap';
import {
  afterWindowUnfinished,
  changePct,
  DEFAULT_MIN_DATA_DAYS,
  DEFAULT_RESAMPLES,
  DEFAULT_WINDOW_DAYS,
  MAX_CLOSED_SHARE,
  seriesByDate,
  verdictOf,
  type EffectInterval,
  type EffectOptions as SeasonalEffectOptions,
  type EffectPoint,
  type EffectVerdict,
  type EffectWindow as SeasonalEffectWindow,
} from '../../shared/domain/measures/effect';

/** The program's options less the two that only its seasonal method has (scale, bootstrap block). */
export type EffectOptions = Omit<SeasonalEffectOptions, 'scale' | 'blockDays'>;

/**
 * A window as the program reports it, less blank days (this method does not count them). Its mean
 * here is weekday-balanced: each weekday's mean (holidays apart) weighted by how often that weekday
 * occurs in both windows together, so a window short of a few Sundays is not skewed.
 */
export type EffectWindow = Omit<SeasonalEffectWindow, 'blankDays'>;

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

const LEVEL = 0.95;

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

function percentileInterval(values: Float64Array): EffectInterval | null {
  if (values.length < 2) return null;
  const sorted = values.slice().sort();
  const low = quantileOfSorted(sorted, (1 - LEVEL) / 2);
  const high = quantileOfSorted(sorted, 1 - (1 - LEVEL) / 2);
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

/** The before/after comparison of one metric around one measure's start date. */
export function measureEffect(options: EffectOptions): EffectResult {
  const windowDays = Math.max(1, Math.floor(options.windowDays ?? DEFAULT_WINDOW_DAYS));
  const resamples = Math.max(0, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const minDataDays = options.minDataDays ?? DEFAULT_MIN_DATA_DAYS;
  const includeClosed = options.includeClosedDays ?? false;
  const seed = options.seed ?? 1;
  const start = options.startDate;

  const { byDate, lastComplete } = seriesByDate(options.series, start, options.today);

  const main = compareAround(byDate, start, windowDays, lastComplete, includeClosed, resamples, seed);
  const reasons: string[] = [];
  const warnings: string[] = [];
  const sides = [
    { name: '启动前', raw: main.beforeRaw },
    { name: '启动后', raw: main.afterRaw },
  ] as const;

  const unfinished = afterWindowUnfinished(start, windowDays, lastComplete);
  if (unfinished) reasons.push(unfinished);
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
