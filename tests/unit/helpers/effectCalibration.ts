/**
 * Generated port histories where the truth is known, and the placebo and coverage rates of an
 * effect method on them: the calibration test asserts them, `npm run bench` prints them beside the
 * earlier method's. Written apart from the method under test (its own generator, its own day
 * pattern) so that a shared mistake cannot make both agree.
 *
 * A history has what real port figures have: a season, steady growth, a weekday pattern, dips on
 * holidays (from the national calendar, so the Spring Festival moves between years and 调休上班日
 * are busy like working days), AR(1) day-to-day noise with ρ = 0.7 and a few closed days.
 */

import { addDays, datesBetween, daysBetween, weekdayOf } from '../../../shared/domain/dates';
import { nationalDay } from '../../../shared/domain/calendar/nationalCalendar';
import { weekdayDayType, type DayType } from '../../../shared/domain/dayType';
import { measureEffect, type EffectOptions, type EffectPoint } from '../../../shared/domain/measures/effect';
import { measureMetricValue, type MeasureMetricKey } from '../../../shared/domain/measures/measureTypes';
import { resolveRange } from '../../../shared/domain/calendar/resolveDayType';
import { TIBET_REGIONAL_DEFAULTS } from '../../../shared/domain/calendar/regionalDays';
import { generateDemoDays } from '../../../electron/core/services/importExport/demo/generateDemoDays';
import { measureEffect as beforeAfterEffect } from '../../../bench/support/beforeAfterEffect';

/** The generator of the calibration (an LCG), unrelated to the resampling generator under test. */
function lcg(seed: number): () => number {
  let s = (seed * 2_654_435_761) >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return (s + 0.5) / 4_294_967_296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
}

export const RHO = 0.7;
/** standard deviation of the daily noise on the log scale (about ±10 % a day) */
const NOISE_SD = 0.1;
const GROWTH_PER_YEAR = Math.log(1.1);
// log factors, Sunday … Saturday: quiet Sundays, busy Mondays and Fridays
const WEEKDAY_LOG = [-0.35, 0.15, 0.05, 0, 0, 0.12, -0.2];
const WORKING_DAY_LOG = (0.15 + 0.05 + 0 + 0 + 0.12) / 5;
const HOLIDAY_LOG = -0.45;
/** chance that a closure (1–3 days) starts on a given day */
const CLOSURE_CHANCE = 0.008;

export const HISTORY_FROM = '2022-09-01';
export const HISTORY_TO = '2025-12-31';
export const TODAY = '2026-01-01';

function dayLog(date: string, type: DayType): number {
  if (type === 'holiday') return HOLIDAY_LOG;
  if (type === 'makeupWorkday') return WORKING_DAY_LOG;
  return WEEKDAY_LOG[weekdayOf(date)]!;
}

function seasonLog(date: string): number {
  const doy = daysBetween(`${date.slice(0, 4)}-01-01`, date);
  return 0.18 * Math.sin((2 * Math.PI * (doy - 100)) / 365.25) + 0.06 * Math.cos((4 * Math.PI * doy) / 365.25);
}

/** The days of the history and their calendar types, worked out once for every trial. */
const DAYS: readonly { date: string; type: DayType; baseLog: number }[] = datesBetween(HISTORY_FROM, HISTORY_TO).map((date, i) => {
  const type = nationalDay(date)?.type ?? weekdayDayType(date).type;
  return { date, type, baseLog: Math.log(1000) + (GROWTH_PER_YEAR * i) / 365 + seasonLog(date) + dayLog(date, type) };
});

export interface HistoryOptions {
  seed: number;
  /** a step in the level from this date on, e.g. { date, factor: 1.2 } for +20 % */
  step?: { date: string; factor: number };
}

/** One generated history, HISTORY_FROM to HISTORY_TO, as the effect analysis takes it. */
export function generatedHistory({ seed, step }: HistoryOptions): EffectPoint[] {
  const rand = lcg(seed);
  let noise = NOISE_SD * gaussian(rand);
  let closedLeft = 0;
  return DAYS.map(({ date, type, baseLog }) => {
    noise = RHO * noise + Math.sqrt(1 - RHO * RHO) * NOISE_SD * gaussian(rand);
    if (closedLeft === 0 && rand() < CLOSURE_CHANCE) closedLeft = 1 + Math.floor(rand() * 3);
    if (closedLeft > 0) {
      closedLeft--;
      return { date, value: 0, dayType: type, portOpen: false };
    }
    const factor = step && date >= step.date ? step.factor : 1;
    return { date, value: Math.exp(baseLog + noise) * factor, dayType: type, portOpen: true };
  });
}

/** What a method says about one history and start date: its verdict and its 95 % interval in %. */
export interface MethodAnswer {
  verdict: 'increase' | 'decrease' | 'noClearChange' | 'insufficient';
  intervalPct: { low: number; high: number } | null;
}

export type EffectMethod = (series: readonly EffectPoint[], startDate: string, today: string, seed: number) => MethodAnswer;

export interface CalibrationFigures {
  trials: number;
  /** placebo trials called a change (increase or decrease) */
  placeboCalls: number;
  /** effect trials whose interval holds the true change */
  covered: number;
  /** effect trials called a change in the right direction */
  found: number;
  /** trials of either kind with no verdict */
  insufficient: number;
}

/** Start dates between 2024-03-01 and 2025-06-30, so every window and its year-earlier one lie in the history. */
function startDate(rand: () => number): string {
  return addDays('2024-03-01', Math.floor(rand() * daysBetween('2024-03-01', '2025-06-30')));
}

/**
 * `trials` placebo histories (no effect anywhere) and `trials` with a step of +20 % or −20 %
 * (alternately) at the start date, each with its own seed.
 */
export function calibrate(method: EffectMethod, trials: number, firstSeed = 1): CalibrationFigures {
  const out: CalibrationFigures = { trials, placeboCalls: 0, covered: 0, found: 0, insufficient: 0 };
  const dates = lcg(firstSeed + 99_991);
  for (let t = 0; t < trials; t++) {
    const seed = firstSeed + t;
    const placeboStart = startDate(dates);
    const placebo = method(generatedHistory({ seed }), placeboStart, TODAY, seed);
    if (placebo.verdict === 'insufficient') out.insufficient++;
    if (placebo.verdict === 'increase' || placebo.verdict === 'decrease') out.placeboCalls++;

    const truth = t % 2 === 0 ? 20 : -20;
    const start = startDate(dates);
    const answer = method(generatedHistory({ seed: seed + 50_000, step: { date: start, factor: 1 + truth / 100 } }), start, TODAY, seed);
    if (answer.verdict === 'insufficient') out.insufficient++;
    if (answer.intervalPct && answer.intervalPct.low <= truth && truth <= answer.intervalPct.high) out.covered++;
    if (answer.verdict === (truth > 0 ? 'increase' : 'decrease')) out.found++;
  }
  return out;
}

/**
 * Placebo start dates on the demo history: every other Monday of 2025 (24 dates), where no measure
 * started; how many a method calls a change for one figure.
 */
export function demoPlaceboCalls(method: EffectMethod, metric: MeasureMetricKey): { dates: number; calls: number } {
  const types = resolveRange('2023-05-01', '2026-06-30', null, TIBET_REGIONAL_DEFAULTS);
  const typeOf = new Map(types.map((x) => [x.date, x.type]));
  const series: EffectPoint[] = generateDemoDays('2023-05-01', '2026-06-30', types).map((d) => {
    const dayType = typeOf.get(d.date)!;
    return { date: d.date, value: measureMetricValue(metric, d.values, dayType), dayType, portOpen: d.values.portOpen };
  });
  let calls = 0;
  for (let i = 0; i < 24; i++) {
    const r = method(series, addDays('2025-01-06', i * 14), '2026-07-01', i + 1);
    if (r.verdict === 'increase' || r.verdict === 'decrease') calls++;
  }
  return { dates: 24, calls };
}

/** The method of the program: the seasonal difference-in-differences (shared/domain/measures/effect.ts). */
export function seasonalDidMethod(resamples: number, options?: Pick<EffectOptions, 'includeClosedDays' | 'minDataDays' | 'scale' | 'blockDays'>): EffectMethod {
  return (series, startDate, today, seed) => {
    const r = measureEffect({ series, startDate, today, seed, resamples, ...(options ?? {}) });
    return { verdict: r.verdict, intervalPct: r.interval };
  };
}

/** The earlier before/after comparison (bench/support/beforeAfterEffect.ts), for comparison only. */
export function beforeAfterMethod(resamples: number): EffectMethod {
  return (series, startDate, today, seed) => {
    const r = beforeAfterEffect({ series, startDate, today, seed, resamples });
    return { verdict: r.verdict, intervalPct: r.interval };
  };
}
