import { describe, expect, it } from 'vitest';
import {
  effectOptionsForMetric,
  measureEffect,
  type EffectPoint,
  type EffectResult,
} from '../../shared/domain/measures/effect';
import { dayKind, dayKindFactors, HOLIDAY_KIND, MAKEUP_WORKDAY_KIND } from '../../shared/domain/measures/dayTypeAdjustment';
import { addDays, datesBetween, sameDateLastYear, weekdayOf } from '../../shared/domain/dates';
import { nationalDay } from '../../shared/domain/calendar/nationalCalendar';
import { isRestDay, weekdayDayType } from '../../shared/domain/dayType';
import { rng } from './helpers/syntheticDays';
import { effectExplanation, effectSentence } from '../../shared/domain/measures/effectWords';

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
  /** a function of the date giving an extra factor (seasons, growth) */
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
  return measureEffect({ series: points, startDate: START, today: TODAY, seed: 42, resamples: 1000, ...extra });
}

/** The plain mean of the values between two dates: the naive recomputation the tests hold the method to. */
function plainMean(points: EffectPoint[], from: string, to: string): number {
  const xs = points.filter((p) => p.date >= from && p.date <= to && p.portOpen !== false && p.value !== null).map((p) => p.value!);
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function naiveNetPct(points: EffectPoint[], start: string, w = 90): number {
  const prior = sameDateLastYear(start);
  const ratio = (s: string) => plainMean(points, s, addDays(s, w - 1)) / plainMean(points, addDays(s, -w), addDays(s, -1));
  return (ratio(start) / ratio(prior) - 1) * 100;
}

describe('the seasonal difference-in-differences on a synthetic series', () => {
  it('finds a +20% step with an interval that contains 20, and shows its four windows', () => {
    const points = series({ step: 1.2 });
    const r = run(points);
    expect(r.verdict).toBe('increase');
    expect(r.reasons).toEqual([]);
    expect(r.scale).toBe('ratio');
    expect(Math.abs(r.effect! - 20)).toBeLessThan(3);
    expect(Math.abs(r.effect! - naiveNetPct(points, START))).toBeLessThan(1);
    expect(r.interval!.low).toBeLessThan(20);
    expect(r.interval!.high).toBeGreaterThan(20);
    expect(r.interval!.low).toBeGreaterThan(5);
    expect(r.interval!.level).toBe(0.95);
    expect(r.before).toMatchObject({ from: addDays(START, -90), to: addDays(START, -1), dataDays: 90, blankDays: 0 });
    expect(r.after).toMatchObject({ from: START, to: addDays(START, 89), dataDays: 90 });
    expect(r.yearEarlierStart).toBe('2023-06-01');
    expect(r.yearEarlierBefore).toMatchObject({ from: addDays('2023-06-01', -90), to: '2023-05-31', dataDays: 90 });
    expect(r.yearEarlierAfter).toMatchObject({ from: '2023-06-01', to: addDays('2023-06-01', 89), dataDays: 90 });
    expect(r.difference).toBeCloseTo(r.after.mean! - r.before.mean!, 9);
    expect(Math.abs(r.changePct! - 20)).toBeLessThan(3);
    expect(Math.abs(r.yearEarlierChangePct!)).toBeLessThan(3);
    expect(r.blockDays).toBe(14);
    // the corrected means stay close to the plain ones when the windows hold the same kinds of day
    expect(r.before.mean! / plainMean(points, r.before.from, r.before.to)).toBeCloseTo(1, 1);
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
    expect(r.interval!.low).toBeLessThan(0);
    expect(r.interval!.high).toBeGreaterThan(0);
  });

  it('does not credit a measure with a rise that happens every year at that time', () => {
    // Every summer is 30% busier than spring: the before/after rise is only the season.
    const summer = (date: string) => (date.slice(5) >= '06-01' && date.slice(5) <= '09-30' ? 1.3 : 1);
    const points = series({ step: 1, extra: summer });
    const r = run(points);
    expect(r.changePct!).toBeGreaterThan(25);
    expect(r.yearEarlierChangePct!).toBeGreaterThan(25);
    expect(Math.abs(r.effect!)).toBeLessThan(4);
    expect(r.verdict).toBe('noClearChange');
  });

  it('does not credit a measure with the port\'s steady growth', () => {
    const growth = (date: string) => 1.25 ** ((Date.parse(date) - Date.parse('2023-01-01')) / (365 * 86_400_000));
    const r = run(series({ step: 1, extra: growth }));
    expect(r.changePct!).toBeGreaterThan(3);
    expect(r.verdict).toBe('noClearChange');
  });

  it('is deterministic for a seed', () => {
    const points = series({ step: 1.2 });
    const a = run(points, { seed: 5 });
    const b = run(points, { seed: 5 });
    const c = run(points, { seed: 6 });
    expect(a.interval).toEqual(b.interval);
    expect(c.interval).not.toEqual(a.interval);
    expect(c.effect).toBe(a.effect);
  });

  it('gives wider intervals than a day-by-day resampling would when days are alike', () => {
    const points = series({ step: 1.2 });
    const blocks = run(points);
    const days = run(points, { blockDays: 1 });
    const width = (r: EffectResult) => r.interval!.high - r.interval!.low;
    // iid noise here, so blocks cost little width; they must never be narrower by more than chance
    expect(width(blocks)).toBeGreaterThan(width(days) * 0.8);
  });
});

describe('kinds of day', () => {
  it('puts holidays together, 调休上班日 apart from weekends, and other days by weekday', () => {
    expect(dayKind('2024-10-01', 'holiday')).toBe(HOLIDAY_KIND);
    expect(dayKind('2024-02-10', 'regionalHoliday')).toBe(HOLIDAY_KIND);
    // 2024-02-04 is a Sunday worked to make up for the Spring Festival
    expect(nationalDay('2024-02-04')?.type).toBe('makeupWorkday');
    expect(dayKind('2024-02-04', 'makeupWorkday')).toBe(MAKEUP_WORKDAY_KIND);
    expect(dayKind('2024-02-03', 'weekend')).toBe(6);
    expect(dayKind('2024-02-05', 'workday')).toBe(1);
  });

  it('gives a 调休上班日 the factor of a working day, not of a weekend', () => {
    const days = datesBetween('2024-01-01', '2024-03-31').map((date) => {
      const type = nationalDay(date)!.type;
      const value = type === 'weekend' ? 500 : type === 'holiday' ? 300 : 1000;
      return { kind: dayKind(date, type), value };
    });
    const f = dayKindFactors([days.slice(0, 45), days.slice(45)]);
    expect(f.get(MAKEUP_WORKDAY_KIND)! / f.get(3)!).toBeCloseTo(1, 6);
    expect(f.get(0)! / f.get(3)!).toBeCloseTo(0.5, 6);
    expect(f.get(HOLIDAY_KIND)! / f.get(3)!).toBeCloseTo(0.3, 6);
  });

  it('says when a year no calendar covers was typed by weekday alone', () => {
    const points = series({ step: 1.2 }).map((p) => (p.date >= '2024-07-01' ? { ...p, dayType: 'unknown' as const } : p));
    const r = run(points);
    expect(r.verdict).toBe('increase');
    expect(r.warnings).toContain(`有 ${datesBetween('2024-07-01', r.after.to).length} 天所在年份未收录节假日安排，按星期几推断日类型，其中的节假日未能单独校正。`);
  });

  it('corrects a window for holidays it holds and the other does not', () => {
    // Flat figures, busy working days, a deep holiday dip: October holds the National Day week.
    const holidayWeek = (d: string) => d >= '2024-10-01' && d <= '2024-10-07';
    const flat = (from: string, to: string): EffectPoint[] =>
      datesBetween(from, to).map((date) => {
        const holiday = holidayWeek(date) || (date >= '2023-10-01' && date <= '2023-10-06');
        return { date, value: holiday ? 300 : 1000, dayType: holiday ? 'holiday' : 'workday', portOpen: true };
      });
    const points = flat('2023-01-01', '2024-12-31');
    const r = measureEffect({ series: points, startDate: '2024-10-01', windowDays: 30, today: TODAY, resamples: 200 });
    // the plain means fall by about 16%; corrected for the holidays there is no change at all
    expect(plainMean(points, '2024-10-01', '2024-10-30') / plainMean(points, '2024-09-01', '2024-09-30')).toBeLessThan(0.85);
    expect(r.changePct!).toBeCloseTo(0, 6);
    expect(r.effect!).toBeCloseTo(0, 6);
  });
});

describe('数据不足以判断, with the reason', () => {
  it('asks a short window for two thirds of its days, not for 30', () => {
    const r = run(series({ step: 1.2 }), { windowDays: 21 });
    expect(r.reasons).toEqual([]);
    expect(r.after.dataDays).toBe(21);
    expect(r.blockDays).toBe(7);
    const gappy = run(series({ step: 1.2 }).filter((p) => !(p.date >= addDays(START, -21) && p.date < addDays(START, -7))), { windowDays: 21 });
    expect(gappy.reasons).toContain(`启动前 21 天（${addDays(START, -21)} 至 ${addDays(START, -1)}）只有 7 天有数据，至少需要 14 天。`);
  });

  it('with too few days in the before window', () => {
    const points = series({ step: 1.2 }).filter((p) => p.date >= START || p.date < '2024-01-01' || weekdayOf(p.date) === 3);
    const r = run(points);
    expect(r.verdict).toBe('insufficient');
    expect(r.before.dataDays).toBeLessThan(30);
    expect(r.reasons).toContain(`启动前 90 天（${r.before.from} 至 ${r.before.to}）只有 ${r.before.dataDays} 天有数据，至少需要 30 天。`);
    expect(r.interval).toBeNull();
    expect(allFinite(r)).toBe(true);
  });

  it('without the year-earlier windows', () => {
    const r = run(series({ step: 1.2, from: '2024-01-01' }));
    expect(r.verdict).toBe('insufficient');
    expect(r.reasons).toContain(`上年同期启动前 90 天（${r.yearEarlierBefore.from} 至 ${r.yearEarlierBefore.to}）只有 0 天有数据，至少需要 30 天。`);
    expect(r.reasons).toContain(`上年同期启动后 90 天（${r.yearEarlierAfter.from} 至 ${r.yearEarlierAfter.to}）只有 0 天有数据，至少需要 30 天。`);
  });

  it('when a window crosses the day the figure began to be handled (blank is not zero)', () => {
    // Passenger clearance reopened on 2023-09-01: blank before, not zero.
    const points = series({ step: 1.2 }).map((p) => (p.date < '2023-09-01' ? { ...p, value: null } : p));
    const r = run(points, { startDate: '2024-09-01' });
    expect(r.verdict).toBe('insufficient');
    expect(r.yearEarlierBefore.blankDays).toBe(90);
    expect(r.reasons.some((x) => x.startsWith('上年同期启动前 90 天') && x.includes('该项为空') && x.includes('不是零'))).toBe(true);
    // a window holding the reopening says where the figures begin
    const across = run(points, { startDate: '2024-10-15' });
    expect(across.verdict).toBe('insufficient');
    expect(across.reasons.some((x) => x.startsWith('上年同期启动前 90 天') && x.includes('到 2023-09-01 才有数据'))).toBe(true);
  });

  it('tolerates a day or two left blank by mistake', () => {
    const points = series({ step: 1.2 }).map((p) => (p.date === '2024-04-10' || p.date === '2024-07-02' ? { ...p, value: null } : p));
    const r = run(points);
    expect(r.verdict).toBe('increase');
    expect(r.before.blankDays).toBe(1);
  });

  it('only warns about a few closed days and leaves them out of the means', () => {
    const closed = new Set(datesBetween(addDays(START, 10), addDays(START, 14)));
    const points = series({ step: 1.2 }).map((p) => (closed.has(p.date) ? { ...p, value: 0, portOpen: false } : p));
    const r = run(points);
    expect(r.verdict).toBe('increase');
    expect(r.after.closedDays).toBe(5);
    expect(r.after.dataDays).toBe(85);
    expect(Math.abs(r.effect! - 20)).toBeLessThan(3);
    expect(r.warnings).toContain('启动后 90 天有 5 天闭关，已不计入日均值。');
  });

  it('when the port was closed for more than a third of a window', () => {
    const closed = new Set(datesBetween(addDays(START, -60), addDays(START, -21)));
    const points = series({ step: 1.2 }).map((p) => (closed.has(p.date) ? { ...p, value: null, portOpen: false } : p));
    const r = run(points);
    expect(r.verdict).toBe('insufficient');
    expect(r.before.closedDays).toBe(40);
    expect(r.reasons).toContain(`启动前 90 天（${r.before.from} 至 ${r.before.to}）闭关 40 天，超过三分之一，口岸未正常运行，无法比较。`);
  });

  it('when another measure on the same figure started inside the windows: neither is credited', () => {
    const points = series({ step: 1.2 });
    const other = addDays(START, 10);
    const r = run(points, {
      otherStarts: [
        { label: 'ZM-03 提前申报', date: other },
        { label: 'ZM-09 错峰通关', date: addDays(START, 200) },
      ],
    });
    expect(r.verdict).toBe('insufficient');
    expect(r.overlaps).toEqual([{ label: 'ZM-03 提前申报', date: other, where: 'current' }]);
    expect(r.reasons).toEqual([`同一口岸、同一指标的 ZM-03 提前申报（${other} 启动）与本措施的启动相隔不足 90 天，变化分不清归于哪一项，两项均不单独计算效果。`]);
    // the other measure's own analysis sees this one the same way
    const mirror = run(points, { startDate: other, otherStarts: [{ label: 'ZM-18', date: START }] });
    expect(mirror.verdict).toBe('insufficient');
    expect(mirror.overlaps.map((o) => o.where)).toEqual(['current']);
  });

  it('when another measure started inside the year-earlier windows', () => {
    const r = run(series({ step: 1.2 }), { otherStarts: [{ label: 'ZM-05 绿色通道', date: '2023-07-01' }] });
    expect(r.verdict).toBe('insufficient');
    expect(r.overlaps).toEqual([{ label: 'ZM-05 绿色通道', date: '2023-07-01', where: 'yearEarlier' }]);
    expect(r.reasons[0]).toContain('上年同期对照期内有 ZM-05 绿色通道（2023-07-01 启动）');
  });

  it('does not count a measure starting outside the windows', () => {
    const r = run(series({ step: 1.2 }), { otherStarts: [{ label: 'ZM-09 错峰通关', date: addDays(START, -90) }] });
    expect(r.verdict).toBe('increase');
    expect(r.overlaps).toEqual([]);
  });

  it('while the after window is not over', () => {
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

  it('with a zero mean on the ratio scale, never NaN or Infinity', () => {
    const points: EffectPoint[] = datesBetween('2023-01-01', '2024-12-31').map((date) => ({
      date,
      value: date >= START ? 10 : 0,
      dayType: weekdayDayType(date).type,
      portOpen: true,
    }));
    const r = run(points);
    expect(r.before.mean).toBe(0);
    expect(r.changePct).toBeNull();
    expect(r.effect).toBeNull();
    expect(r.verdict).toBe('insufficient');
    expect(r.reasons).toContain('有时段的日均值为零，无法按比例比较。');
    expect(allFinite(r)).toBe(true);
  });

  it('survives an empty series', () => {
    const r = measureEffect({ series: [], startDate: START, today: TODAY });
    expect(r.verdict).toBe('insufficient');
    expect(r.before.mean).toBeNull();
    expect(r.effect).toBeNull();
    expect(r.reasons.length).toBeGreaterThanOrEqual(4);
    expect(allFinite(r)).toBe(true);
  });
});

describe('rest-day coverage (the "5+2" figure), in percentage points', () => {
  it('counts closed rest days as 0 and credits the rise beyond the year-earlier one', () => {
    // never open on rest days before the start, always after; a year earlier never open
    const points: EffectPoint[] = datesBetween('2023-01-01', '2024-12-31')
      .map((date) => {
        const type = weekdayDayType(date).type;
        const open = !isRestDay(type) || date >= START;
        return { date, value: isRestDay(type) ? (open ? 100 : 0) : null, dayType: type, portOpen: open };
      })
      .filter((p) => isRestDay(p.dayType));
    const opts = effectOptionsForMetric('restDayCoverage');
    expect(opts).toEqual({ includeClosedDays: true, minDataDays: 10, scale: 'difference' });
    const r = run(points, opts);
    expect(r.before.mean).toBe(0);
    expect(r.after.mean).toBe(100);
    expect(r.yearEarlierDifference).toBe(0);
    expect(r.effect).toBe(100);
    expect(r.verdict).toBe('increase');
    expect(r.reasons).toEqual([]);
    // closed rest days are the point here, not a disruption to warn about
    expect(r.warnings.some((w) => w.includes('闭关'))).toBe(false);
    expect(effectSentence('restDayCoverage', r)).toBe(
      '启动后 90 天休息日开放率日均 100%，较启动前 90 天（0%）上升 100 个百分点；上年同期同样两段持平；扣除后净变化 +100 个百分点（95% 区间 +100 个百分点 至 +100 个百分点），向预期方向变化。',
    );
    expect(effectExplanation(r)).toContain('休息日开放率按百分点比较');
  });

  it('uses the ordinary options for other metrics', () => {
    expect(effectOptionsForMetric('persons')).toEqual({ includeClosedDays: false, minDataDays: 30, scale: 'ratio' });
  });
});

describe('sameDateLastYear', () => {
  it('steps back a year and moves 29 February to the 28th', () => {
    expect(sameDateLastYear('2024-06-01')).toBe('2023-06-01');
    expect(sameDateLastYear('2024-02-29')).toBe('2023-02-28');
    expect(sameDateLastYear('2029-02-28')).toBe('2028-02-28');
  });
});
