import { describe, expect, it } from 'vitest';
import type { TrendPoint, TrendReport, TrendSeries } from '../../shared/contract/dashboard';
import { buildTrendChartModel, closureMarked, labelWidth, xTickIndices } from '../../renderer/src/components/charts/trendChartModel';
import { chartSpan, dashboardParams, defaultPeriod, parseDashboardParams, periodOfBucket, shownPorts } from '../../renderer/src/pages/dashboard/dashboardState';
import { canStepForward, stepPeriod, switchKind } from '../../renderer/src/components/period/periodSteps';
import { monthPeriod, quarterPeriod, weekContaining, ytdPeriod } from '../../shared/domain/periods';

function point(key: string, values: (number | null)[], extra: Partial<TrendPoint> = {}): TrendPoint {
  return {
    key,
    label: key,
    shortLabel: `${Number(key.slice(5, 7))}月`,
    from: `${key}-01`,
    to: `${key}-28`,
    partial: false,
    values,
    total: values.reduce<number | null>((a, v) => (v === null ? a : (a ?? 0) + v), null),
    lastYearValues: values.map((v) => (v === null ? null : v / 2)),
    lastYearTotal: null,
    missingDays: 0,
    closedDays: 0,
    closureReasons: [],
    dayType: null,
    ...extra,
  };
}

const series = (points: TrendPoint[]): TrendSeries => ({ key: 'freightKg', label: '进出口货运量', kind: 'kg', better: 'higher', points, downsampledFrom: null });

describe('trend chart model', () => {
  const report: Pick<TrendReport, 'ports' | 'granularity' | 'markers'> = {
    ports: [
      { id: 1, name: '樟木口岸' },
      { id: 2, name: '吉隆口岸' },
    ],
    granularity: 'month',
    markers: [{ date: '2025-01-15', bucketKey: '2025-01', kind: 'measure', label: 'M01 提前申报' }],
  };

  it('draws a line per port and a dashed one for last year, in the axis unit of the largest value', () => {
    const m = buildTrendChartModel(series([point('2024-12', [12_000_000, 3_000_000]), point('2025-01', [null, 5_000_000])]), report, { lastYear: true });
    expect(m.scale).toEqual({ divisor: 10_000_000, unit: '万吨' });
    expect(m.lines.map((l) => [l.dataKey, l.name, l.lastYear])).toEqual([
      ['v0', '樟木口岸', false],
      ['ly0', '樟木口岸（上年同期）', true],
      ['v1', '吉隆口岸', false],
      ['ly1', '吉隆口岸（上年同期）', true],
    ]);
    expect(m.rows[0]).toEqual({ key: '2024-12', i: 0, v0: 1.2, v1: 0.3, ly0: 0.6, ly1: 0.15 });
    expect(m.rows[1]).toMatchObject({ v0: null, v1: 0.5 });
    expect(m.markers).toEqual([{ key: '2025-01', label: 'M01 提前申报', at: 1 }]);
    expect(m.yTicks).toEqual([0, 0.3, 0.6, 0.9, 1.2]);
    expect(m.yTop).toBe(1.2);
    expect(m.tick('2024-12')).toEqual({ label: '12月', year: '2024年' });
    expect(m.tick('2025-01')).toEqual({ label: '1月', year: '2025年' });
  });

  it('names a single port\'s lines 本期 and 上年同期, and leaves last year out when asked', () => {
    const one = { ...report, ports: [{ id: 1, name: '樟木口岸' }] };
    const m = buildTrendChartModel(series([point('2025-01', [1000])]), one, { lastYear: true });
    expect(m.lines.map((l) => l.name)).toEqual(['本期', '上年同期']);
    expect(buildTrendChartModel(series([point('2025-01', [1000])]), one, { lastYear: false }).lines.map((l) => l.name)).toEqual(['本期']);
  });

  it('marks every closed day, but a longer bucket only when a tenth of it was closed', () => {
    expect(closureMarked({ closedDays: 1, from: '2025-06-10', to: '2025-06-10' }, 'day', 1)).toBe(true);
    expect(closureMarked({ closedDays: 2, from: '2025-06-01', to: '2025-06-30' }, 'month', 1)).toBe(false);
    expect(closureMarked({ closedDays: 3, from: '2025-06-01', to: '2025-06-30' }, 'month', 1)).toBe(true);
    expect(closureMarked({ closedDays: 3, from: '2025-06-01', to: '2025-06-30' }, 'month', 2)).toBe(false);
    expect(closureMarked({ closedDays: 1, from: '2025-06-02', to: '2025-06-08' }, 'week', 1)).toBe(true);
    expect(closureMarked({ closedDays: 0, from: '2025-06-10', to: '2025-06-10' }, 'day', 1)).toBe(false);
  });

  it('sizes axis labels with CJK glyphs a full em and digits narrower', () => {
    expect(labelWidth('2025年')).toBeCloseTo(4 * 7.2 + 12);
    expect(labelWidth('10月31日', 10)).toBeCloseTo(4 * 6 + 2 * 10);
  });

  it('labels every n-th day of a month and always the last, dropping the one before it that would touch', () => {
    const days = Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);
    const tick = (key: string) => ({ label: `10月${Number(key.slice(8))}日`, year: key.endsWith('-01') ? '2026年' : null });
    const room = { plotWidth: 540, left: 56, right: 16 };
    const byDay = { perYear: null, yearStarts: [] };
    // 18 px a day; the widest label (10月31日, 52.8 px) and its gap need four days
    // (the 29th would touch the 31st, drawn pulled in from the chart's edge)
    expect(xTickIndices(days, tick, room, byDay).map((i) => i + 1)).toEqual([1, 5, 9, 13, 17, 21, 25, 31]);
    // room for all: every one
    expect(xTickIndices(days.slice(0, 5), tick, room, byDay)).toEqual([0, 1, 2, 3, 4]);
    expect(xTickIndices(['2026-10-01'], tick, room, byDay)).toEqual([0]);
  });

  it('labels quarters and months on the same ones each year, from the first year start, with the year', () => {
    // 2016 Q4 … 2026 Q3: forty quarters, the first year start (2017 Q1) at index 1
    const quarters = Array.from({ length: 40 }, (_, i) => {
      const q = 3 + i;
      return `${2016 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    });
    const tick = (key: string) => ({ label: '一季度', year: key.endsWith('Q1') ? `${key.slice(0, 4)}年` : null });
    const room = { plotWidth: 507, left: 56, right: 16 };
    const yearStarts = quarters.flatMap((k, i) => (k.endsWith('Q1') ? [i] : []));
    const shown = xTickIndices(quarters, tick, room, { perYear: 4, yearStarts });
    // 13 px a quarter, 51 px a label: every fourth, each a first quarter, after the first point
    expect(shown.map((i) => quarters[i])).toEqual(['2016-Q4', '2018-Q1', '2019-Q1', '2020-Q1', '2021-Q1', '2022-Q1', '2023-Q1', '2024-Q1', '2025-Q1', '2026-Q3']);
    // months three years long: every fourth month from January (January, May, September)
    const months = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const monthTick = (key: string) => ({ label: `${Number(key.slice(5))}月`, year: key.endsWith('-01') ? `${key.slice(0, 4)}年` : null });
    const byMonth = xTickIndices(months, monthTick, { plotWidth: 507, left: 56, right: 16 }, { perYear: 12, yearStarts: [0, 12, 24] });
    expect(byMonth.map((i) => months[i]!.slice(5))).toEqual(['01', '05', '09', '01', '05', '09', '01', '05', '12']);
  });
});

describe('dashboard URL state', () => {
  it('reads back what it writes, and ignores what does not fit', () => {
    const state = { period: quarterPeriod(2025, 2), portIds: [1, 3], chartRange: '12m' as const, granularity: 'month' as const, lastYear: false };
    expect(parseDashboardParams(new URLSearchParams(dashboardParams(state)))).toEqual(state);
    expect(parseDashboardParams(new URLSearchParams('kind=month&from=2025-06-02&to=2025-06-30&ports=x,2,2&range=forever&g=hour'))).toEqual({
      period: null,
      portIds: [2],
      chartRange: 'period',
      granularity: null,
      lastYear: true,
    });
  });

  it('shows the URL\'s ports (only existing ones once they are known), else the session\'s', () => {
    expect(shownPorts([2, 3], null, 1)).toEqual([2, 3]);
    expect(shownPorts([2, 9], [1, 2, 3], 1)).toEqual([2]);
    expect(shownPorts([9], [1, 2, 3], 1)).toEqual([1]);
    expect(shownPorts([], [1], null)).toEqual([]);
  });

  it('defaults to the last complete month, or the month of the last record when data stop earlier', () => {
    expect(defaultPeriod('2025-07-10', '2025-07-09')).toEqual(monthPeriod('2025-06'));
    expect(defaultPeriod('2025-07-10', '2024-03-15')).toEqual(monthPeriod('2024-03'));
    expect(defaultPeriod('2025-07-10', null)).toEqual(monthPeriod('2025-06'));
  });

  it('steps and switches periods', () => {
    expect(stepPeriod(monthPeriod('2025-01'), -1)).toEqual(monthPeriod('2024-12'));
    expect(stepPeriod(weekContaining('2024-12-30'), 1)).toEqual(weekContaining('2025-01-06'));
    expect(stepPeriod(ytdPeriod(2025, 1), -1)).toEqual(ytdPeriod(2024, 12));
    expect(stepPeriod({ kind: 'range', from: '2025-06-01', to: '2025-06-10' }, 1)).toEqual({ kind: 'range', from: '2025-06-11', to: '2025-06-20' });
    expect(canStepForward(monthPeriod('2025-06'), '2025-06-30')).toBe(false);
    expect(canStepForward(monthPeriod('2025-06'), '2025-07-01')).toBe(true);
    expect(switchKind('quarter', monthPeriod('2025-05'), '2025-07-10')).toEqual(quarterPeriod(2025, 2));
    expect(switchKind('ytd', monthPeriod('2025-05'), '2025-07-10')).toEqual(ytdPeriod(2025, 5));
    expect(switchKind('week', monthPeriod('2025-07'), '2025-07-10')).toEqual(weekContaining('2025-07-10'));
  });

  it('spans the chart over the period, the last 12 months or 3 years, or everything, never past today', () => {
    const june = monthPeriod('2025-06');
    expect(chartSpan('period', june, '2025-07-10')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    expect(chartSpan('period', june, '2025-06-15')).toEqual({ from: '2025-06-01', to: '2025-06-15' });
    expect(chartSpan('12m', june, '2025-07-10')).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(chartSpan('3y', june, '2025-07-10')).toEqual({ from: '2022-07-01', to: '2025-06-30' });
    // all years: the core starts at the first record
    expect(chartSpan('all', june, '2025-07-10')).toEqual({ from: '2025-06-01', to: '2025-06-30', fromFirstRecord: true });
  });

  it('turns a clicked bucket into its period, or its days when the range cut it', () => {
    expect(periodOfBucket({ from: '2025-06-01', to: '2025-06-30', partial: false }, 'month')).toEqual(monthPeriod('2025-06'));
    expect(periodOfBucket({ from: '2025-06-09', to: '2025-06-15', partial: false }, 'week')).toEqual(weekContaining('2025-06-09'));
    expect(periodOfBucket({ from: '2025-06-12', to: '2025-06-15', partial: true }, 'week')).toEqual({ kind: 'range', from: '2025-06-12', to: '2025-06-15' });
  });
});
