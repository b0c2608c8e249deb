import { describe, expect, it } from 'vitest';
import {
  effectOptionsForMetric,
  measureEffect,
  type EffectPoint,
  type EffectResult,
} from '../../shared/domain/measures/effect';
import { addDays, datesBetween, sameDateLastYear, weekdayOf } from '../../shared/domain/dates';
import { isRestDay, weekdayDayType } from '../../shared/domain/dayType';

/** The tests' own generator, independent of the one under test. */
function rng(seed: number): () => number {
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
const START = '2024-06-01';
const TODAY = '2025-01-01';

interface Synth {
  step?: number;
  noise?: number;
  seed?: number;
  from?: string;
  to?: string;
  /** a function of the date giving an extra factor (seasonal shapes) */
  extra?: (date: string) => number;
}

function series({ step = 1, noise = 0.08, seed = 7, from = '2023-01-01', to = '2024-12-31', extra }: Synth = {}): EffectPoint[] {
  const rand = rng(seed);
  return datesBetween(from, to).map((date) => {
    const base = 1000 * (WEEKDAY_FACTOR[weekdayOf(date)] ?? 1) * (extra ? extra(date) : 1);
    const value = base * (date >= START ? step : 1) * (1 + noise * normal(rand));
    return { date, value, dayType: weekdayDayType(date).type, portOpen: true };
  });
}

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

function run(points: EffectPoint[], extra: Partial<Parameters<typeof measureEffect>[0]> = {}): EffectResult {
  return measureEffect({ series: points, startDate: START, today: TODAY, seed: 42, ...extra });
}

describe('measure effect on a synthetic series', () => {
  it('finds a +20% step with an interval that contains 20', () => {
    const r = run(series({ step: 1.2 }));
    expect(r.verdict).toBe('increase');
    expect(r.reasons).toEqual([]);
    expect(r.changePct).not.toBeNull();
    expect(Math.abs(r.changePct! - 20)).toBeLessThan(3);
    expect(r.interval!.low).toBeLessThan(20);
    expect(r.interval!.high).toBeGreaterThan(20);
    expect(r.interval!.low).toBeGreaterThan(10);
    expect(r.interval!.level).toBe(0.95);
    expect(r.before.dataDays).toBe(90);
    expect(r.after.dataDays).toBe(90);
    expect(r.before.from).toBe(addDays(START, -90));
    expect(r.after.to).toBe(addDays(START, 89));
    expect(r.difference).toBeCloseTo(r.after.mean! - r.before.mean!, 9);
    expect(r.differenceInterval!.low).toBeGreaterThan(0);
  });

  it('finds a −20% step as a decrease', () => {
    const r = run(series({ step: 0.8 }));
    expect(r.verdict).toBe('decrease');
    expect(r.interval!.low).toBeLessThan(-20);
    expect(r.interval!.high).toBeGreaterThan(-20);
  });

  it('reports no clear change for noise alone, with an interval around 0', () => {
    const r = run(series({ step: 1 }));
    expect(r.verdict).toBe('noClearChange');
    expect(r.reasons).toEqual([]);
    expect(Math.abs(r.changePct!)).toBeLessThan(3);
    expect(r.interval!.low).toBeLessThan(0);
    expect(r.interval!.high).toBeGreaterThan(0);
  });

  it('compares a year earlier as a seasonal check', () => {
    const r = run(series({ step: 1.2 }));
    expect(r.seasonal.startDate).toBe('2023-06-01');
    expect(r.seasonal.usable).toBe(true);
    expect(r.seasonal.interval!.low).toBeLessThan(0);
    expect(r.seasonal.interval!.high).toBeGreaterThan(0);
    expect(r.warnings.some((w) => w.includes('季节'))).toBe(false);
  });

  it('warns when the same rise happened a year earlier too', () => {
    // Every summer is 20% busier than spring: the "effect" of the measure is only the season.
    const summer = (date: string) => (date.slice(5) >= '06-01' && date.slice(5) <= '09-30' ? 1.2 : 1);
    const r = run(series({ step: 1, extra: summer }));
    expect(r.verdict).toBe('increase');
    expect(r.seasonal.usable).toBe(true);
    expect(r.seasonal.changePct!).toBeGreaterThan(15);
    expect(r.warnings.some((w) => w.includes('上年同期') && w.includes('季节因素'))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const points = series({ step: 1.2 });
    const a = run(points, { seed: 5 });
    const b = run(points, { seed: 5 });
    const c = run(points, { seed: 6 });
    expect(a.interval).toEqual(b.interval);
    expect(c.interval).not.toEqual(a.interval);
    expect(c.changePct).toBe(a.changePct);
  });

  it('balances weekdays so a window short of quiet Sundays is not read as a change', () => {
    // Flat series, but most Sundays before the start were never entered.
    const points = series({ step: 1, noise: 0.02 }).filter(
      (p) => !(p.date < START && weekdayOf(p.date) === 0 && p.date < addDays(START, -21)),
    );
    const r = run(points);
    expect(r.before.dataDays).toBeLessThan(90);
    expect(Math.abs(r.changePct!)).toBeLessThan(1.5);
    expect(r.verdict).toBe('noClearChange');
    // A plain mean of the days entered would be about 4% higher before (fewer quiet days).
    const plain = (from: string, to: string) => {
      const xs = points.filter((p) => p.date >= from && p.date <= to).map((p) => p.value!);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    const naive = (plain(START, r.after.to) / plain(r.before.from, addDays(START, -1)) - 1) * 100;
    expect(naive).toBeLessThan(-3);
  });
});

describe('when the data cannot support a conclusion', () => {
  it('refuses with too few days in the before window', () => {
    const points = series({ step: 1.2 }).filter((p) => p.date >= START || weekdayOf(p.date) === 3);
    const r = run(points);
    expect(r.verdict).toBe('insufficient');
    expect(r.before.dataDays).toBeLessThan(30);
    expect(r.reasons).toContain(`启动前 90 天内只有 ${r.before.dataDays} 天有数据，至少需要 30 天。`);
    // the provisional figures are still there and finite
    expect(allFinite(r)).toBe(true);
  });

  it('refuses with too few days in the after window', () => {
    const points = series({ step: 1.2 }).map((p) => (p.date >= START && p.date.slice(8) > '08' ? { ...p, value: null } : p));
    const r = run(points);
    expect(r.verdict).toBe('insufficient');
    expect(r.reasons.some((x) => x.startsWith('启动后 90 天内只有') && x.includes('至少需要 30 天'))).toBe(true);
  });

  it('only warns about a few closed days and leaves them out of the means', () => {
    const closed = new Set(datesBetween(addDays(START, 10), addDays(START, 14)));
    const points = series({ step: 1.2 }).map((p) => (closed.has(p.date) ? { ...p, value: 0, portOpen: false } : p));
    const r = run(points);
    expect(r.verdict).toBe('increase');
    expect(r.after.closedDays).toBe(5);
    expect(r.after.dataDays).toBe(85);
    expect(Math.abs(r.changePct! - 20)).toBeLessThan(3);
    expect(r.warnings).toContain('启动后 90 天内有 5 天闭关，已不计入日均值。');
  });

  it('refuses when the port was closed for more than a third of a window', () => {
    const closed = new Set(datesBetween(addDays(START, -60), addDays(START, -21)));
    const points = series({ step: 1.2 }).map((p) => (closed.has(p.date) ? { ...p, value: null, portOpen: false } : p));
    const r = run(points);
    expect(r.verdict).toBe('insufficient');
    expect(r.before.closedDays).toBe(40);
    expect(r.reasons).toContain('启动前 90 天内闭关 40 天，超过三分之一，口岸未正常运行，无法比较。');
  });

  it('refuses when another measure started inside the windows', () => {
    const points = series({ step: 1.2 });
    const r = run(points, {
      otherStarts: [
        { label: 'ZM-03 提前申报', date: addDays(START, 10) },
        { label: 'ZM-09 错峰通关', date: addDays(START, 200) },
      ],
    });
    expect(r.verdict).toBe('insufficient');
    expect(r.reasons).toEqual([`前后 90 天内另有措施启动：ZM-03 提前申报（${addDays(START, 10)}），变化无法单独归于本措施。`]);
    // the figures themselves are unchanged by the refusal
    expect(Math.abs(r.changePct! - 20)).toBeLessThan(3);
  });

  it('does not count a measure starting outside the windows', () => {
    const r = run(series({ step: 1.2 }), { otherStarts: [{ label: 'ZM-09 错峰通关', date: addDays(START, -91) }] });
    expect(r.verdict).toBe('increase');
  });

  it('refuses while the after window is not over', () => {
    const r = run(series({ step: 1.2 }), { today: addDays(START, 40) });
    expect(r.verdict).toBe('insufficient');
    expect(r.after.elapsedDays).toBe(40);
    expect(r.reasons).toEqual([`措施于 ${START} 启动，截至 ${addDays(START, 39)} 仅满 40 天，不足 90 天的观察期，暂不能判断效果。`]);
  });

  it('uses the last day of the series as "today" when none is given', () => {
    const points = series({ step: 1.2, to: addDays(START, 49) });
    const r = measureEffect({ series: points, startDate: START, seed: 1 });
    expect(r.after.elapsedDays).toBe(50);
    expect(r.reasons[0]).toContain('仅满 50 天');
  });

  it('gives no percentage on a zero base, never NaN or Infinity', () => {
    const points: EffectPoint[] = datesBetween('2024-01-01', '2024-12-31').map((date) => ({
      date,
      value: date >= START ? 10 : 0,
      dayType: weekdayDayType(date).type,
      portOpen: true,
    }));
    const r = run(points);
    expect(r.before.mean).toBe(0);
    expect(r.changePct).toBeNull();
    expect(r.interval).toBeNull();
    expect(r.difference).toBe(10);
    expect(r.verdict).toBe('increase');
    expect(r.warnings).toContain('启动前日均值为零，变化百分比无法计算，只给出差值。');
    expect(allFinite(r)).toBe(true);
  });

  it('survives an empty series', () => {
    const r = measureEffect({ series: [], startDate: START, today: TODAY });
    expect(r.verdict).toBe('insufficient');
    expect(r.before.mean).toBeNull();
    expect(r.changePct).toBeNull();
    expect(r.reasons.length).toBeGreaterThanOrEqual(2);
    expect(r.seasonal.usable).toBe(false);
    expect(r.warnings.some((w) => w.includes('未能做季节对照'))).toBe(true);
    expect(allFinite(r)).toBe(true);
  });
});

describe('rest-day coverage (the "5+2" figure)', () => {
  it('counts closed rest days as 0 and shows the rise from never open to always open', () => {
    const points: EffectPoint[] = datesBetween('2023-01-01', '2024-12-31').map((date) => {
      const type = weekdayDayType(date).type;
      const open = !isRestDay(type) || date >= START;
      return { date, value: isRestDay(type) ? (open ? 100 : 0) : null, dayType: type, portOpen: open };
    });
    const opts = effectOptionsForMetric('restDayCoverage');
    expect(opts).toEqual({ includeClosedDays: true, minDataDays: 10 });
    const r = run(points, opts);
    expect(r.before.mean).toBe(0);
    expect(r.after.mean).toBe(100);
    expect(r.difference).toBe(100);
    expect(r.verdict).toBe('increase');
    expect(r.reasons).toEqual([]);
    // closed rest days are the point here, not a disruption to warn about
    expect(r.warnings.some((w) => w.includes('闭关'))).toBe(false);
  });

  it('uses the ordinary options for other metrics', () => {
    expect(effectOptionsForMetric('persons')).toEqual({ includeClosedDays: false, minDataDays: 30 });
  });
});

describe('sameDateLastYear', () => {
  it('steps back a year and moves 29 February to the 28th', () => {
    expect(sameDateLastYear('2024-06-01')).toBe('2023-06-01');
    expect(sameDateLastYear('2024-02-29')).toBe('2023-02-28');
    expect(sameDateLastYear('2029-02-28')).toBe('2028-02-28');
  });
});
