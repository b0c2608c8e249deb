import { describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { TrendReport } from '../../shared/contract/dashboard';
import type { MetricKey } from '../../shared/domain/metrics';
import { MAX_SERIES_POINTS } from '../../shared/domain/downsample';

const LATER = () => new Date('2025-11-20T04:00:00Z');

async function trends(
  core: TestCore,
  input: { from: string; to: string; metrics: MetricKey[]; granularity?: 'day' | 'week' | 'month' | 'quarter' | 'year'; portIds?: number[]; lastYear?: boolean; fromFirstRecord?: boolean },
): Promise<TrendReport> {
  return core.ok('getDashboardTrends', { portIds: [1], lastYear: true, ...input });
}

const point = (r: TrendReport, key: string, metric = 0) => {
  const p = r.series[metric]!.points.find((x) => x.key === key);
  if (!p) throw new Error(`no point ${key}`);
  return p;
};

describe('getDashboardTrends over a seeded store', () => {
  it('chooses the bucket size from the range and can be told another', async () => {
    const core = await tempCore({ now: LATER });
    const year = await trends(core, { from: '2024-01-01', to: '2024-12-31', metrics: ['persons'] });
    expect(year.granularity).toBe('week');
    expect(year.autoGranularity).toBe('week');
    const points = year.series[0]!.points;
    expect(points[0]).toMatchObject({ key: '2024-W01', label: '2024年第1周', shortLabel: '第1周', partial: false });
    // 30 and 31 December 2024 belong to ISO week 1 of 2025: a bucket cut by the range's end
    expect(points.at(-1)).toMatchObject({ key: '2025-W01', from: '2024-12-30', to: '2024-12-31', partial: true });

    const byMonth = await trends(core, { from: '2024-01-01', to: '2024-12-31', metrics: ['persons'], granularity: 'month' });
    expect(byMonth).toMatchObject({ granularity: 'month', autoGranularity: 'week' });
    expect(byMonth.series[0]!.points.map((p) => p.shortLabel)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect((await trends(core, { from: '2016-01-01', to: '2025-10-31', metrics: ['persons'] })).granularity).toBe('quarter');
  });

  it('sums months and lays last year over them; February 2024 against February 2023', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ...everyDay('2024-01-01', '2024-03-31', { personsIn: 10, importClearanceCentihours: 1000 }),
      ...everyDay('2023-01-01', '2023-03-31', { personsIn: 5, importClearanceCentihours: 2000 }),
    ]);
    const r = await trends(core, { from: '2024-01-01', to: '2024-03-31', metrics: ['personsIn', 'importClearanceCentihours'], granularity: 'month' });
    expect(point(r, '2024-02')).toMatchObject({ total: 290, values: [290], lastYearTotal: 140, lastYearValues: [140], missingDays: 0, partial: false });
    expect(point(r, '2024-03', 1)).toMatchObject({ total: 1000, lastYearTotal: 2000 });
    expect(r.series[1]).toMatchObject({ key: 'importClearanceCentihours', kind: 'centihours', better: 'lower', label: '进口整体通关时间' });

    const without = await trends(core, { from: '2024-01-01', to: '2024-03-31', metrics: ['personsIn'], granularity: 'month', lastYear: false });
    expect(without.series[0]!.points[0]).toMatchObject({ lastYearTotal: null, lastYearValues: null });
  });

  it('by day, 29 February has no day a year earlier; the days around it have theirs', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ...everyDay('2024-02-27', '2024-03-01', (d) => ({ personsIn: Number(d.slice(8)) })),
      ...everyDay('2023-02-27', '2023-03-01', (d) => ({ personsIn: 100 + Number(d.slice(8)) })),
    ]);
    const r = await trends(core, { from: '2024-02-27', to: '2024-03-01', metrics: ['personsIn'] });
    expect(r.granularity).toBe('day');
    expect(r.series[0]!.points.map((p) => [p.key, p.total, p.lastYearTotal])).toEqual([
      ['2024-02-27', 27, 127],
      ['2024-02-28', 28, 128],
      ['2024-02-29', 29, null],
      ['2024-03-01', 1, 101],
    ]);
    // day types come from the calendar provider: 2 March 2024 would be a Saturday; 1 March is a Friday
    expect(point(r, '2024-03-01').dayType).toBe('workday');
  });

  it('by week across a year end, week 1 of 2025 pairs with week 1 of 2024', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ...everyDay('2024-12-23', '2025-01-12', { vehiclesIn: 3 }),
      ...everyDay('2024-01-01', '2024-01-07', { vehiclesIn: 1 }),
      ...everyDay('2023-12-25', '2023-12-31', { vehiclesIn: 2 }),
    ]);
    const r = await trends(core, { from: '2024-12-23', to: '2025-01-12', metrics: ['vehicles'], granularity: 'week' });
    expect(r.series[0]!.points.map((p) => [p.key, p.total, p.lastYearTotal])).toEqual([
      ['2024-W52', 21, 14],
      ['2025-W01', 21, 7],
      ['2025-W02', 21, null],
    ]);
  });

  it('ports side by side: one value per port in the order asked, and their total', async () => {
    const core = await tempCore({ now: LATER });
    const p2 = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    await seedDays(core, 1, [['2025-06-02', { exportFreightKg: 1000, portOpen: true }]]);
    await seedDays(core, p2.id, [['2025-06-03', { exportFreightKg: 2500, importFreightKg: 500, portOpen: true }]]);
    const r = await trends(core, { from: '2025-06-01', to: '2025-06-30', metrics: ['freightKg'], granularity: 'month', portIds: [p2.id, 1] });
    expect(r.ports.map((p) => p.name)).toEqual(['吉隆口岸', '樟木口岸']);
    expect(point(r, '2025-06')).toMatchObject({ values: [3000, 1000], total: 4000, missingDays: 58 });
  });

  it('over all years starts at the ports\' first record, in one request', async () => {
    const core = await tempCore({ now: LATER });
    const p2 = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    await seedDays(core, 1, [['2023-03-15', { personsIn: 10 }]]);
    await seedDays(core, p2.id, [['2021-07-04', { personsIn: 20 }]]);
    const mine = await trends(core, { from: '2025-06-01', to: '2025-06-30', metrics: ['persons'], fromFirstRecord: true });
    expect(mine).toMatchObject({ from: '2023-03-15', to: '2025-06-30', granularity: 'month' });
    expect(mine.series[0]!.points[0]).toMatchObject({ key: '2023-03', total: 10 });
    const both = await trends(core, { from: '2025-06-01', to: '2025-06-30', metrics: ['persons'], fromFirstRecord: true, portIds: [1, p2.id] });
    expect(both.from).toBe('2021-07-04');
    // a record later than the period leaves the period's start
    const later = await trends(core, { from: '2022-01-01', to: '2022-12-31', metrics: ['persons'], fromFirstRecord: true });
    expect(later.from).toBe('2022-01-01');
    // an empty store: the period itself
    const empty = await tempCore({ now: LATER });
    expect((await trends(empty, { from: '2025-06-01', to: '2025-06-30', metrics: ['persons'], fromFirstRecord: true })).from).toBe('2025-06-01');
  });

  it('a span of years and its year-earlier span, read in one pass, sum as each bucket asked alone', async () => {
    const core = await tempCore({ now: LATER });
    const p2 = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    await seedDays(
      core,
      1,
      everyDay('2022-01-01', '2025-10-31', (_, i) =>
        i % 11 === 0 ? { portOpen: false, closureReason: '恶劣天气' } : { portOpen: true, personsIn: (i * 7) % 31, importFreightKg: i % 5 === 0 ? null : i * 3 },
      ),
    );
    await seedDays(core, p2.id, everyDay('2023-06-01', '2025-10-31', (_, i) => ({ personsIn: (i * 3) % 17, exportFreightKg: i })));
    const portIds = [1, p2.id];
    const metrics: MetricKey[] = ['persons', 'freightKg'];
    for (const granularity of ['month', 'week'] as const) {
      // starts and ends mid-bucket, so the edge buckets are cut
      const long = await trends(core, { from: '2023-03-17', to: '2025-08-13', metrics, granularity, portIds });
      for (const p of long.series[0]!.points) {
        const alone = await trends(core, { from: p.from, to: p.to, metrics, granularity, portIds });
        for (const m of [0, 1]) {
          const a = alone.series[m]!.points[0]!;
          const b = long.series[m]!.points.find((x) => x.key === p.key)!;
          expect([b.values, b.lastYearValues, b.closedDays], `${granularity} ${p.key} ${metrics[m]}`).toEqual([a.values, a.lastYearValues, a.closedDays]);
        }
      }
    }
  });

  it('refuses a first record too long ago for one trend, in Chinese', async () => {
    const core = await tempCore({ now: LATER });
    // Dates before 2000 are refused at input now; a store from an older version may still hold one.
    await seedDays(core, 1, [['2000-01-03', { personsIn: 10 }]]);
    core.store.sqlite.prepare("UPDATE daily_records SET date = '1970-01-02' WHERE date = '2000-01-03'").run();
    const r = await core.call('getDashboardTrends', { portIds: [1], from: '2025-06-01', to: '2025-06-30', metrics: ['persons'], lastYear: true, fromFirstRecord: true }, TEST_CTX);
    if (r.ok) throw new Error('accepted a span of 55 years');
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(r.error.message).toContain('时间范围最长 50 年');
  });

  it('marks closed days with their reasons, and ends a running span on its last recorded day, the last bucket partial', async () => {
    const core = await tempCore({ now: () => new Date('2025-06-10T12:00:00+08:00') });
    await seedDays(core, 1, [
      ['2025-06-02', { portOpen: false, closureReason: '降雪封路' }],
      ['2025-06-03', { portOpen: false, closureReason: '降雪封路' }],
      ['2025-06-04', { portOpen: false, closureReason: '其他' }],
      ['2025-06-05', { portOpen: false, closureReason: '道路塌方' }],
      ['2025-06-06', { portOpen: true, personsIn: 9 }],
    ]);
    const r = await trends(core, { from: '2025-06-01', to: '2025-06-30', metrics: ['personsIn', 'openDays'], granularity: 'week' });
    // the cards compare 1–6 June ("截至6月6日"); the chart stops there too, instead of falling to nothing
    expect(r.to).toBe('2025-06-06');
    expect(r.series[0]!.points.map((p) => p.key)).toEqual(['2025-W22', '2025-W23']);
    expect(point(r, '2025-W23')).toMatchObject({ closedDays: 4, closureReasons: ['降雪封路', '其他', '道路塌方'], missingDays: 0, partial: true, from: '2025-06-02', to: '2025-06-06' });
    expect(point(r, '2025-W23', 1).total).toBe(1);
    // 1 June, a Sunday, has no record: missing
    expect(point(r, '2025-W22')).toMatchObject({ missingDays: 1, partial: true });

    // a finished span is drawn whole, its unrecorded days missing
    const june = await trends(core, { from: '2025-05-01', to: '2025-05-31', metrics: ['personsIn'], granularity: 'week' });
    expect(june.to).toBe('2025-05-31');
  });

  it('thins ten years by day to at most 2,000 real points, first and last kept', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, everyDay('2015-01-01', '2024-12-31', (_, i) => ({ personsIn: i % 97 === 0 ? 5000 : 1000 + (i % 7) })));
    const r = await trends(core, { from: '2015-01-01', to: '2024-12-31', metrics: ['personsIn', 'vehicles'], granularity: 'day' });
    for (const s of r.series) {
      expect(s.points.length).toBe(MAX_SERIES_POINTS);
      expect(s.downsampledFrom).toBe(3653);
    }
    const pts = r.series[0]!.points;
    expect(pts[0]!.key).toBe('2015-01-01');
    expect(pts.at(-1)!.key).toBe('2024-12-31');
    expect(pts.every((p, i) => i === 0 || p.key > pts[i - 1]!.key)).toBe(true);
    // the spikes survive the thinning
    expect(pts.filter((p) => p.total === 5000).length).toBeGreaterThan(30);

    const auto = await trends(core, { from: '2015-01-01', to: '2024-12-31', metrics: ['personsIn'] });
    expect(auto.series[0]!.points.length).toBe(40);
    expect(auto.series[0]!.downsampledFrom).toBeNull();
  });

  it('refuses bad input in Chinese', async () => {
    const core = await tempCore({ now: LATER });
    const call = (input: Record<string, unknown>) => core.call('getDashboardTrends', { portIds: [1], from: '2025-01-01', to: '2025-02-01', metrics: ['persons'], ...input }, TEST_CTX);
    const cases: [Record<string, unknown>, string][] = [
      [{ metrics: [] }, '请至少选择一个指标'],
      [{ to: '2024-12-01' }, '开始日期不能晚于结束日期'],
      [{ from: '1900-01-01' }, '日期不能早于 2000-01-01'],
      [{ from: '2000-01-01', to: '2060-01-01' }, '时间范围最长 50 年'],
      [{ granularity: 'hour' }, '统计粒度无效'],
      [{ from: '2025-02-30' }, '日期格式应为 YYYY-MM-DD，且须为真实存在的日期'],
    ];
    for (const [input, message] of cases) {
      const r = await call(input);
      if (r.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
      expect(r.error.message, JSON.stringify(input)).toContain(message);
    }
  });

  it('marks the start dates of measures that have started, for the chosen ports only', async () => {
    const core = await tempCore({ now: LATER });
    const p2 = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    const measure = (code: string, title: string, startDate: string | null, status: 'planned' | 'inProgress' | 'inForce', portIds: number[]) =>
      core.ok('createMeasure', { code, title, category: 'schedule', leadUnit: '聂拉木海关', portIds, startDate, status });
    await measure('M01', '"5+2" 全年无休通关', '2025-03-01', 'inForce', [1]);
    await measure('M02', '提前申报', '2025-05-10', 'inProgress', [1, p2.id]);
    await measure('M03', '两步申报', '2025-05-11', 'inForce', [p2.id]);
    await measure('M04', '无纸化通关', '2025-04-01', 'planned', [1]);
    await measure('M05', '关长接待日', '2024-12-31', 'inForce', [1]);

    const r = await trends(core, { from: '2025-01-01', to: '2025-06-30', metrics: ['persons'], granularity: 'month' });
    expect(r.markers).toEqual([
      { date: '2025-03-01', bucketKey: '2025-03', kind: 'measure', label: 'M01 "5+2" 全年无休通关' },
      { date: '2025-05-10', bucketKey: '2025-05', kind: 'measure', label: 'M02 提前申报' },
    ]);
    const both = await trends(core, { from: '2025-05-01', to: '2025-05-31', metrics: ['persons'], portIds: [1, p2.id] });
    expect(both.markers.map((m) => [m.bucketKey, m.label])).toEqual([
      ['2025-05-10', 'M02 提前申报'],
      ['2025-05-11', 'M03 两步申报'],
    ]);
  });
});
