import { datesBetween, weekdayOf } from '../../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../../shared/domain/dailyFields';
import type { TestCore } from './tempCore';

/** A small seeded generator, so a synthetic series is the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

// Sunday … Saturday: quiet Sundays, busy Mondays and Fridays.
const WEEKDAY_FACTOR = [0.6, 1.2, 1.05, 1, 1, 1.15, 0.8];

export interface SyntheticOptions {
  from: string;
  to: string;
  /** the day the step happens */
  stepDate: string;
  /** factor from stepDate on (1.2 = +20%) */
  step: number;
  noise?: number;
  seed?: number;
  /** days to record as closed (road blocked) */
  closed?: (date: string) => boolean;
  /** days to leave unrecorded */
  skip?: (date: string) => boolean;
}

/**
 * Daily person crossings around 1,400 a day with a weekday pattern and noise, multiplied by `step`
 * from `stepDate` on; open 10 hours a day.
 */
export function syntheticPersonDays(o: SyntheticOptions): { date: string; values: DayValues }[] {
  const rand = rng(o.seed ?? 7);
  const noise = o.noise ?? 0.08;
  const out: { date: string; values: DayValues }[] = [];
  for (const date of datesBetween(o.from, o.to)) {
    const level = 1400 * (WEEKDAY_FACTOR[weekdayOf(date)] ?? 1) * (date >= o.stepDate ? o.step : 1) * (1 + noise * normal(rand));
    if (o.skip?.(date)) continue;
    if (o.closed?.(date)) {
      out.push({ date, values: { ...emptyDayValues(), portOpen: false, closureReason: '道路塌方' } });
      continue;
    }
    const total = Math.max(0, Math.round(level));
    const personsIn = Math.round(total / 2);
    out.push({ date, values: { ...emptyDayValues(), personsIn, personsOut: total - personsIn, portOpen: true, openCentihours: 1000 } });
  }
  return out;
}

/** Saves days through the contract, in batches the contract accepts. */
export async function saveAll(core: TestCore, days: { date: string; values: DayValues }[], portId = 1): Promise<void> {
  for (let i = 0; i < days.length; i += 366) {
    await core.ok('saveDays', { portId, days: days.slice(i, i + 366), source: 'paste', confirmWarnings: true });
  }
}
