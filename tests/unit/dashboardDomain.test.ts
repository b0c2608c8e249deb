import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartScaleFor, toChartNumber } from '../../shared/domain/chartScale';
import { baseShortfall } from '../../shared/domain/baseCompleteness';
import { comparedPeriodLabel, comparedPeriods, PeriodNotStartedError } from '../../shared/domain/comparedPeriods';
import { lttbIndices } from '../../shared/domain/downsample';
import { emptyAggregate, formatMetric, isImprovement, metricValue, type MetricKey } from '../../shared/domain/metrics';
import { isCanonicalPeriod, monthPeriod, quarterPeriod, weekContaining, yearPeriod, ytdPeriod } from '../../shared/domain/periods';

describe('isCanonicalPeriod', () => {
  it('accepts what the builders make and refuses dates that do not fit the kind', () => {
    for (const p of [monthPeriod('2024-02'), weekContaining('2025-01-01'), quarterPeriod(2025, 4), yearPeriod(2024), ytdPeriod(2025, 6)]) {
      expect(isCanonicalPeriod(p), JSON.stringify(p)).toBe(true);
    }
    expect(isCanonicalPeriod({ kind: 'range', from: '2025-06-03', to: '2025-07-02' })).toBe(true);
    expect(isCanonicalPeriod({ kind: 'month', from: '2024-02-01', to: '2024-02-28' })).toBe(false);
    expect(isCanonicalPeriod({ kind: 'week', from: '2025-01-01', to: '2025-01-07' })).toBe(false);
    expect(isCanonicalPeriod({ kind: 'ytd', from: '2024-01-01', to: '2025-06-30' })).toBe(false);
    expect(isCanonicalPeriod({ kind: 'range', from: '2025-07-02', to: '2025-06-03' })).toBe(false);
    expect(isCanonicalPeriod({ kind: 'range', from: '2025-02-30', to: '2025-03-03' })).toBe(false);
  });
});

describe('comparedPeriods', () => {
  it('compares a finished period whole', () => {
    const c = comparedPeriods(monthPeriod('2024-03'), '2024-04-01', '2024-03-20');
    expect(c).toMatchObject({ current: monthPeriod('2024-03'), previous: monthPeriod('2024-02'), lastYear: monthPeriod('2023-03'), futureDays: 0 });
    expect(comparedPeriodLabel(c)).toBe('2024年3月');
  });

  it('cuts a running month, the one before and last year through the last recorded day, not today', () => {
    // today the 3rd, records through the 2nd: two days against two days (issue: 2 against 3)
    const c = comparedPeriods(monthPeriod('2026-12'), '2026-12-03', '2026-12-02');
    expect(c.current).toMatchObject({ from: '2026-12-01', to: '2026-12-02' });
    expect(c.previous).toMatchObject({ from: '2026-11-01', to: '2026-11-02' });
    expect(c.lastYear).toMatchObject({ from: '2025-12-01', to: '2025-12-02' });
    expect(c.futureDays).toBe(29);
    expect(comparedPeriodLabel(c)).toBe('2026年12月（截至12月2日）');

    const whole = comparedPeriods(monthPeriod('2024-03'), '2024-03-31', '2024-03-31');
    expect(whole.current).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
    expect(whole.futureDays).toBe(0);
    const running = comparedPeriods(monthPeriod('2024-03'), '2024-03-31', '2024-03-30');
    expect(running.current).toMatchObject({ from: '2024-03-01', to: '2024-03-30' });
    // February has 29 days: the 30 days after 1 February stop at its end
    expect(running.previous).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(running.lastYear).toMatchObject({ from: '2023-03-01', to: '2023-03-30' });
  });

  it('ends a running period with no record yet at today', () => {
    const c = comparedPeriods(monthPeriod('2026-12'), '2026-12-03', null);
    expect(c.current).toMatchObject({ from: '2026-12-01', to: '2026-12-03' });
    // a record from before the period says nothing about it
    expect(comparedPeriods(monthPeriod('2026-12'), '2026-12-03', '2026-11-30').current.to).toBe('2026-12-03');
  });

  it('keeps a running week on its weekdays and any running period on the same offsets', () => {
    const week = comparedPeriods(weekContaining('2025-01-01'), '2025-01-02', '2025-01-01'); // Wednesday of 2025年第1周
    expect(week.current).toMatchObject({ from: '2024-12-30', to: '2025-01-01' });
    expect(week.previous).toMatchObject({ from: '2024-12-23', to: '2024-12-25' });
    expect(week.lastYear).toMatchObject({ from: '2024-01-01', to: '2024-01-03' });

    const year = comparedPeriods(yearPeriod(2024), '2024-03-02', '2024-03-01');
    expect(year.current).toMatchObject({ from: '2024-01-01', to: '2024-03-01' });
    expect(year.lastYear).toMatchObject({ from: '2023-01-01', to: '2023-03-02' }); // 61 days, as 2024's first 61
    expect(year.previous).toMatchObject({ from: '2023-01-01', to: '2023-03-02' });
  });

  it('gives 1–N月累计 no 环比 base, running or not', () => {
    expect(comparedPeriods(ytdPeriod(2025, 6), '2025-07-10', '2025-06-30').previous).toBeNull();
    const running = comparedPeriods(ytdPeriod(2024, 12), '2024-03-02', '2024-03-01');
    expect(running.previous).toBeNull();
    expect(running.lastYear).toMatchObject({ from: '2023-01-01', to: '2023-03-02' });
  });

  it('refuses a period that has not started', () => {
    expect(() => comparedPeriods(monthPeriod('2025-07'), '2025-06-30', null)).toThrow(PeriodNotStartedError);
  });
});

describe('baseShortfall', () => {
  it('withholds a base with missing days, or under 80 % of the current recorded days', () => {
    expect(baseShortfall('上期', { portDays: 31, recordedDays: 31 }, { recordedDays: 31 })).toBeNull();
    expect(baseShortfall('上期', { portDays: 31, recordedDays: 30 }, { recordedDays: 31 })).toBe('上期缺少 1 天数据（30/31 天有记录），不计算变化率');
    // complete but short: 23 days against 29 recorded (79.3 %)
    expect(baseShortfall('上年同期', { portDays: 23, recordedDays: 23 }, { recordedDays: 29 })).toBe('上年同期只有 23 天记录，不足本期 29 天的 80%，不计算变化率');
    // exactly 80 % is enough
    expect(baseShortfall('上年同期', { portDays: 24, recordedDays: 24 }, { recordedDays: 30 })).toBeNull();
  });
});

describe('lttbIndices', () => {
  it('keeps everything up to the threshold', () => {
    expect(lttbIndices([1, 2, 3], 5)).toEqual([0, 1, 2]);
  });

  it('keeps exactly the threshold, in order, with both ends and the spikes', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i === 333 ? 100 : i === 777 ? -50 : Math.sin(i / 10)));
    const kept = lttbIndices(values, 100);
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
    expect(kept).toContain(333);
    expect(kept).toContain(777);
  });

  it('returns strictly increasing indices for any series (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }), { maxLength: 400 }), fc.integer({ min: 2, max: 120 }), (values, threshold) => {
        const kept = lttbIndices(values, threshold);
        expect(kept.length).toBe(Math.min(values.length, threshold));
        for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!);
      }),
    );
  });
});

describe('chart scale', () => {
  it('reads in 万吨 / 亿元 / 万人次 once the figures are large, else in the base unit', () => {
    expect(chartScaleFor('kg', 96_000_000)).toEqual({ divisor: 10_000_000, unit: '万吨' });
    expect(chartScaleFor('kg', 2_500_000)).toEqual({ divisor: 1000, unit: '吨' });
    expect(chartScaleFor('yuan', 2_440_000_000)).toEqual({ divisor: 100_000_000, unit: '亿元' });
    expect(chartScaleFor('yuan', 4_500_000)).toEqual({ divisor: 10_000, unit: '万元' });
    expect(chartScaleFor('persons', 394_700)).toEqual({ divisor: 10_000, unit: '万人次' });
    expect(chartScaleFor('vehicles', 19_500)).toEqual({ divisor: 1, unit: '辆次' });
    expect(chartScaleFor('centihours', 9739)).toEqual({ divisor: 100, unit: '小时' });
    expect(chartScaleFor('days', null)).toEqual({ divisor: 1, unit: '天' });
    expect(toChartNumber(96_000_000, chartScaleFor('kg', 96_000_000))).toBe(9.6);
    expect(toChartNumber(null, chartScaleFor('kg', 1))).toBeNull();
  });
});

describe('metrics', () => {
  it.each<[MetricKey, number | null, string]>([
    ['tradeValueYuan', 2_440_000_000, '24.40 亿元'],
    ['freightKg', 96_000_000, '9.60 万吨'],
    ['persons', 394_700, '39.47 万人次'],
    ['vehicles', 1400, '1,400 辆次'],
    ['importClearanceCentihours', 9739, '97.39 小时'],
    ['openDays', 28, '28 天'],
    ['openDays', null, '—'],
  ])('reads each metric in its unit, days included, and "—" for nothing: %s %s → %s', (metric, value, shown) => {
    expect(formatMetric(metric, value)).toBe(shown);
  });

  it('says whether a change is good news for the metric', () => {
    expect(isImprovement('persons', 12)).toBe(true);
    expect(isImprovement('persons', -3)).toBe(false);
    expect(isImprovement('importClearanceCentihours', -10)).toBe(true);
    expect(isImprovement('importClearanceCentihours', 10)).toBe(false);
    expect(isImprovement('persons', 0.01)).toBeNull();
    expect(isImprovement('persons', null)).toBeNull();
  });

  it('has no open days to claim when nothing was recorded', () => {
    expect(metricValue(emptyAggregate(), 'openDays')).toBeNull();
    expect(metricValue(emptyAggregate(), 'importClearanceCentihours')).toBeNull();
    expect(metricValue(undefined, 'persons')).toBeNull();
  });
});
