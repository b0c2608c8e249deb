import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays, type DaySeed } from './helpers/seedDays';
import type { KpiReport } from '../../shared/contract/dashboard';
import { addDays, datesBetween } from '../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { AVERAGED_FIELD_KEYS, FIGURE_KEYS, figureValue, periodTotals, type DailyRow } from '../../shared/domain/kpi';
import type { MetricKey } from '../../shared/domain/metrics';
import type { Period } from '../../shared/domain/periods';

/** A fixed "today" well after every fixture, so no period is cut short unless a test wants it. */
const LATER = () => new Date('2025-11-20T04:00:00Z');

const month = (m: string, last: string): Period => ({ kind: 'month', from: `${m}-01`, to: `${m}-${last}` });

async function kpis(core: TestCore, period: Period, portIds = [1]): Promise<KpiReport> {
  return core.ok('getDashboardKpis', { portIds, period });
}

function fig(report: KpiReport, key: MetricKey) {
  const f = report.figures.find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${key}`);
  return f;
}

/**
 * February 2024 (29 days) against January 2024 (环比) and February 2023 (同比):
 * - Feb 2024: every day open, 100 in + 50 out, 1 t exported worth 20,000 元; 29 Feb: 300 in, 0 out.
 * - Jan 2024: only 1–10 January entered, 100 in + 50 out, export value entered as 0.
 * - Feb 2023: every day, 100 in + 50 out, no freight entered.
 */
const LEAP_FIXTURE: DaySeed[] = [
  ...everyDay('2024-02-01', '2024-02-28', { portOpen: true, personsIn: 100, personsOut: 50, exportFreightKg: 1000, exportValueYuan: 20_000 }),
  ['2024-02-29', { portOpen: true, personsIn: 300, personsOut: 0, exportFreightKg: 1000, exportValueYuan: 20_000 }],
  ...everyDay('2024-01-01', '2024-01-10', { portOpen: true, personsIn: 100, personsOut: 50, exportValueYuan: 0 }),
  ...everyDay('2023-02-01', '2023-02-28', { portOpen: true, personsIn: 100, personsOut: 50 }),
];

describe('getDashboardKpis over a seeded store', () => {
  it('a leap-year month: 29 days, 环比 withheld on a part-entered month, 同比 on a 28-day February', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, LEAP_FIXTURE);
    const r = await kpis(core, month('2024-02', '29'));

    expect(r.chosen).toMatchObject({ label: '2024年2月', days: 29 });
    expect(r.previous).toMatchObject({ from: '2024-01-01', to: '2024-01-31', label: '2024年1月' });
    expect(r.lastYear).toMatchObject({ from: '2023-02-01', to: '2023-02-28', label: '2023年2月', days: 28 });

    // persons: 28 × 150 + 300 = 4,500; January 10 × 150 = 1,500; February 2023 28 × 150 = 4,200
    // January misses 21 days: its sum is shown, its 环比 is not ("基期数据不全")
    expect(fig(r, 'persons')).toMatchObject({ current: 4500, previous: 1500, lastYear: 4200, momPct: null });
    expect(r.withheld.mom).toEqual({ label: '基期数据不全', reason: '上期缺少 21 天数据（10/31 天有记录），不计算变化率' });
    // 28 recorded days of February 2023 are over 80 % of 29: 同比 stands
    expect(r.withheld.yoy).toBeNull();
    expect(fig(r, 'persons').yoyPct).toBeCloseTo((300 / 4200) * 100, 10);
    expect(fig(r, 'personsOut')).toMatchObject({ current: 28 * 50, previous: 500, lastYear: 1400, yoyPct: 0 });

    // export value: 29 × 20,000; January's 0 is a zero base, February 2023 has none: both "—"
    expect(fig(r, 'exportValueYuan')).toMatchObject({ current: 580_000, previous: 0, lastYear: null, momPct: null, yoyPct: null });
    expect(fig(r, 'tradeValueYuan')).toMatchObject({ current: 580_000, momPct: null, yoyPct: null });
    expect(fig(r, 'exportFreightKg')).toMatchObject({ current: 29_000, previous: null, lastYear: null });
    expect(fig(r, 'importFreightKg').current).toBeNull();

    expect(fig(r, 'openDays')).toMatchObject({ current: 29, previous: 10, lastYear: 28, momPct: null });
    expect(fig(r, 'openDays').yoyPct).toBeCloseTo((1 / 28) * 100, 10);

    expect(r.coverage.current).toMatchObject({ calendarDays: 29, recordedDays: 29, missingDays: 0, openDays: 29, closedDays: 0 });
    expect(r.coverage.previous).toMatchObject({ calendarDays: 31, recordedDays: 10, missingDays: 21 });
    expect(r.coverage.lastYear).toMatchObject({ calendarDays: 28, recordedDays: 28, missingDays: 0 });
    // rest days by the calendar: 春节 10–17 February and the weekends 3, 24 and 25 February
    // (4 and 18 February were 调休上班日), all open
    expect(r.coverage.current).toMatchObject({ restDays: 11, restDaysOpen: 11 });

    // one sparkline point per day; 29 February holds its own figure
    expect(r.spark.granularity).toBe('day');
    expect(r.spark.buckets).toHaveLength(29);
    expect(fig(r, 'persons').spark.at(-1)).toBe(300);
    expect(fig(r, 'persons').spark[0]).toBe(150);
  });

  it('a range holding 29 February compares with as many days from the same date of 2023 and the 15 days before', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, LEAP_FIXTURE);
    const r = await kpis(core, { kind: 'range', from: '2024-02-20', to: '2024-03-05' });
    expect(r.previous).toMatchObject({ from: '2024-02-05', to: '2024-02-19', days: 15 });
    expect(r.lastYear).toMatchObject({ from: '2023-02-20', to: '2023-03-06', days: 15 });
    // 20–28 Feb: 9 × 150, 29 Feb: 300, March: nothing
    expect(fig(r, 'persons')).toMatchObject({ current: 1650, previous: 2250, lastYear: 1350 });
    expect(fig(r, 'persons').momPct).toBeCloseTo(((1650 - 2250) / 2250) * 100, 10);
    // March 2023 was not entered: no 同比
    expect(fig(r, 'persons').yoyPct).toBeNull();
    expect(r.withheld.yoy?.label).toBe('基期数据不全');
    expect(r.coverage.current).toMatchObject({ calendarDays: 15, recordedDays: 10, missingDays: 5 });
    expect(r.coverage.lastYear).toMatchObject({ calendarDays: 15, recordedDays: 9, missingDays: 6 });
  });

  it('over the end of February 2025 compares two days with two days of 2024, not three (issue case)', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ...everyDay('2025-02-28', '2025-03-01', { personsIn: 100 }),
      ...everyDay('2024-02-28', '2024-03-01', { personsIn: 100 }),
      ...everyDay('2025-02-26', '2025-02-27', { personsIn: 100 }),
    ]);
    const r = await kpis(core, { kind: 'range', from: '2025-02-28', to: '2025-03-01' });
    expect(r.lastYear).toMatchObject({ from: '2024-02-28', to: '2024-02-29', days: 2 });
    expect(fig(r, 'personsIn')).toMatchObject({ current: 200, lastYear: 200, yoyPct: 0, previous: 200, momPct: 0 });
  });

  it('a week across the year end: 2025年第1周 against the week before and ISO week 1 of 2024', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ...everyDay('2024-12-30', '2025-01-05', { vehiclesIn: 10, vehiclesOut: 0 }),
      ...everyDay('2024-12-23', '2024-12-29', { vehiclesIn: 5 }),
      ...everyDay('2024-01-01', '2024-01-07', { vehiclesIn: 7 }),
      ['2024-01-08', { vehiclesIn: 1000 }], // outside every span
    ]);
    const r = await kpis(core, { kind: 'week', from: '2024-12-30', to: '2025-01-05' });
    expect(r.chosen.label).toBe('2025年第1周');
    expect(r.previous).toMatchObject({ from: '2024-12-23', to: '2024-12-29' });
    expect(r.lastYear).toMatchObject({ from: '2024-01-01', to: '2024-01-07', label: '2024年第1周' });
    expect(fig(r, 'vehicles')).toMatchObject({ current: 70, previous: 35, lastYear: 49, momPct: 100 });
    expect(fig(r, 'vehicles').yoyPct).toBeCloseTo((21 / 49) * 100, 10);
    expect(fig(r, 'vehiclesOut')).toMatchObject({ current: 0, previous: null });
    // the week's days are recorded, but 口岸开放 was never filled in: no open days claimed
    expect(fig(r, 'openDays').current).toBe(0);
    expect(r.coverage.current).toMatchObject({ recordedDays: 7, openUnknownDays: 7, missingDays: 0 });
  });

  it('1–2月累计 2025 against 1–2月 2024 (with 29 February), without 环比', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ['2025-01-15', { importValueYuan: 1_000_000 }],
      ['2025-02-28', { importValueYuan: 500_000 }],
      ['2025-03-01', { importValueYuan: 999 }],
      ['2024-01-10', { importValueYuan: 600_000 }],
      ['2024-02-29', { importValueYuan: 600_000 }],
      ['2024-11-01', { importValueYuan: 200_000 }],
      ['2024-12-31', { importValueYuan: 300_000 }],
      ['2024-10-31', { importValueYuan: 999 }],
    ]);
    const r = await kpis(core, { kind: 'ytd', from: '2025-01-01', to: '2025-02-28' });
    expect(r.chosen).toMatchObject({ label: '2025年1–2月累计', days: 59 });
    expect(r.lastYear).toMatchObject({ from: '2024-01-01', to: '2024-02-29', label: '2024年1–2月累计', days: 60 });
    // bulletins give a cumulative figure with 同比 only
    expect(r.previous).toBeNull();
    expect(r.coverage.previous).toBeNull();
    // a base of two recorded days out of 60 gives no 同比
    expect(fig(r, 'importValueYuan')).toMatchObject({ current: 1_500_000, previous: null, lastYear: 1_200_000, momPct: null, yoyPct: null });
    expect(r.withheld.yoy?.reason).toContain('上年同期缺少 58 天数据');
    expect(r.coverage.current).toMatchObject({ recordedDays: 2, missingDays: 57 });
    // up to two months a sparkline goes by day
    expect(r.spark.granularity).toBe('day');
    expect(r.spark.buckets).toHaveLength(59);
  });

  it('zero bases are "no percentage"; a fall to zero is −100%', async () => {
    const core = await tempCore({ now: LATER });
    // every day of the three months entered, so no base is incomplete
    await seedDays(core, 1, [
      ...everyDay('2025-03-01', '2025-03-31', (d) => (d === '2025-03-10' ? { personsIn: 0, vehiclesIn: 0, importFreightKg: 5000 } : { personsIn: 0, vehiclesIn: 0 })),
      ...everyDay('2025-02-01', '2025-02-28', (d) => ({ personsIn: 0, vehiclesIn: d === '2025-02-10' ? 40 : 0 })),
      ...everyDay('2024-03-01', '2024-03-31', { personsIn: 0, vehiclesIn: 0, importFreightKg: 0 }),
    ]);
    const r = await kpis(core, month('2025-03', '31'));
    expect(fig(r, 'personsIn')).toMatchObject({ current: 0, previous: 0, lastYear: 0, momPct: null, yoyPct: null });
    expect(fig(r, 'vehiclesIn')).toMatchObject({ current: 0, previous: 40, momPct: -100, yoyPct: null });
    expect(fig(r, 'importFreightKg')).toMatchObject({ current: 5000, lastYear: 0, yoyPct: null });
    for (const f of r.figures) {
      for (const v of [f.momPct, f.yoyPct]) expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  it('missing days: unrecorded days and days cleared back to blank count as missing; closed days do not', async () => {
    const core = await tempCore({ now: LATER });
    await seedDays(core, 1, [
      ['2025-04-01', { portOpen: true, personsIn: 10 }],
      ['2025-04-02', { portOpen: false, closureReason: '道路塌方' }],
      ['2025-04-03', { personsIn: 5 }],
    ]);
    await seedDays(core, 1, [['2025-04-03', {}]]); // cleared: the row stays, blank
    const r = await kpis(core, month('2025-04', '30'));
    expect(r.coverage.current).toMatchObject({ calendarDays: 30, recordedDays: 2, missingDays: 28, openDays: 1, closedDays: 1 });
    expect(fig(r, 'personsIn').current).toBe(10);
    expect(fig(r, 'openDays').current).toBe(1);
  });

  it('clearance times are means over the days that report them, across ports', async () => {
    const core = await tempCore({ now: LATER });
    const port2 = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    await seedDays(core, 1, [
      ['2025-05-05', { importClearanceCentihours: 1000, personsIn: 100 }],
      ['2025-05-06', { importClearanceCentihours: 2000, personsIn: 200 }],
      ['2025-05-07', { personsIn: 300 }],
    ]);
    await seedDays(core, port2.id, [['2025-05-05', { importClearanceCentihours: 3000, personsIn: 1000 }]]);

    const one = await kpis(core, month('2025-05', '31'));
    expect(fig(one, 'importClearanceCentihours')).toMatchObject({ current: 1500, better: 'lower', kind: 'centihours' });

    const both = await kpis(core, month('2025-05', '31'), [1, port2.id]);
    expect(both.ports.map((p) => p.name)).toEqual(['樟木口岸', '吉隆口岸']);
    expect(fig(both, 'importClearanceCentihours').current).toBe(2000);
    expect(fig(both, 'personsIn').current).toBe(1600);
    expect(both.coverage.current).toMatchObject({ calendarDays: 31, portDays: 62, recordedDays: 4, missingDays: 58 });
    expect(both.coverage.current.byPort).toEqual([
      { portId: 1, recordedDays: 3, missingDays: 28, openDays: 0, closedDays: 0 },
      { portId: port2.id, recordedDays: 1, missingDays: 30, openDays: 0, closedDays: 0 },
    ]);
  });

  it('a period still running is compared through its last recorded day, with the same days before and a year earlier', async () => {
    // today 3 December 2026, December entered through the 2nd (the case)
    const core = await tempCore({ now: () => new Date('2026-12-03T10:00:00+08:00') });
    await seedDays(core, 1, [
      ...everyDay('2026-12-01', '2026-12-02', { personsIn: 800 }),
      ...everyDay('2026-11-01', '2026-11-30', (d) => ({ personsIn: d <= '2026-11-02' ? 900 : 5000 })),
      ...everyDay('2025-12-01', '2025-12-31', (d) => ({ personsIn: d <= '2025-12-02' ? 700 : 5000 })),
    ]);
    const r = await kpis(core, month('2026-12', '31'));
    expect(r.asOf).toBe('2026-12-03');
    expect(r.chosen.label).toBe('2026年12月（截至12月2日）');
    expect(r.futureDays).toBe(29);
    expect(r.current).toMatchObject({ from: '2026-12-01', to: '2026-12-02' });
    expect(r.previous).toMatchObject({ from: '2026-11-01', to: '2026-11-02' });
    expect(r.lastYear).toMatchObject({ from: '2025-12-01', to: '2025-12-02' });
    expect(fig(r, 'personsIn')).toMatchObject({ current: 1600, previous: 1800, lastYear: 1400 });
    expect(fig(r, 'personsIn').momPct).toBeCloseTo((-200 / 1800) * 100, 10);
    expect(fig(r, 'personsIn').yoyPct).toBeCloseTo((200 / 1400) * 100, 10);
    // today has no record yet and is not missing: it is not compared at all
    expect(r.coverage.current).toMatchObject({ calendarDays: 2, missingDays: 0 });
    expect(r.withheld).toEqual({ mom: null, yoy: null });

    // once the 3rd is entered it is compared too
    await seedDays(core, 1, [['2026-12-03', { personsIn: 1 }]]);
    expect((await kpis(core, month('2026-12', '31'))).current.to).toBe('2026-12-03');
  });

  it('refuses a period that has not started, a misshapen period and an unknown port, in Chinese', async () => {
    const core = await tempCore({ now: () => new Date('2025-06-15T10:00:00+08:00') });
    const call = (input: unknown) => core.call('getDashboardKpis', input, TEST_CTX);

    const future = await call({ portIds: [1], period: month('2025-07', '31') });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '所选时段（2025年7月）尚未开始，还没有数据' } });

    const misshapen = await call({ portIds: [1], period: { kind: 'month', from: '2025-05-02', to: '2025-05-31' } });
    expect(misshapen).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!misshapen.ok) expect(misshapen.error.message).toContain('时段的起止日期与类型不符');

    const reversed = await call({ portIds: [1], period: { kind: 'range', from: '2025-05-31', to: '2025-05-01' } });
    if (reversed.ok) throw new Error('reversed range accepted');
    expect(reversed.error.fieldErrors?.['period.to']).toBe('开始日期不能晚于结束日期');

    const noPorts = await call({ portIds: [], period: month('2025-05', '31') });
    if (noPorts.ok) throw new Error('no ports accepted');
    expect(noPorts.error.message).toContain('请至少选择一个口岸');

    const unknown = await call({ portIds: [1, 99], period: month('2025-05', '31') });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '所选口岸不存在，请刷新后重试' } });
  });

  it('sums in the store agree with kpi.periodTotals over any days (property)', async () => {
    const core = await tempCore({ now: LATER });
    const FROM = '2025-01-01';
    const TO = '2025-01-20';
    const n = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
    const day = fc.record({
      importFreightKg: n(10_000_000),
      exportValueYuan: n(5_000_000_000),
      personsIn: n(3000),
      personsOut: n(3000),
      vehiclesIn: n(200),
      importClearanceCentihours: n(20_000),
      exportClearanceCentihours: n(5000),
      portOpen: fc.option(fc.constant(true), { nil: null }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(day, { nil: undefined }), { minLength: 20, maxLength: 20 }), async (days) => {
        const port = await core.ok('createPort', { name: `测试口岸${run}`, code: `P${run++}` });
        const dates = datesBetween(FROM, TO);
        const rows: DailyRow[] = dates.map((date, i) => ({ date, dayType: 'workday', values: { ...emptyDayValues(), ...(days[i] ?? {}) } as DayValues }));
        const toSave = rows.filter((_, i) => days[i]).map((r): DaySeed => [r.date, r.values]);
        if (toSave.length > 0) await seedDays(core, port.id, toSave);

        const report = await kpis(core, { kind: 'range', from: FROM, to: TO }, [port.id]);
        const expected = periodTotals(rows, { from: FROM, to: TO });
        for (const key of FIGURE_KEYS) expect(fig(report, key).current, key).toBe(figureValue(expected.sums, key));
        for (const key of AVERAGED_FIELD_KEYS) {
          const mean = expected.means[key];
          if (mean === null) expect(fig(report, key).current, key).toBeNull();
          else expect(fig(report, key).current, key).toBeCloseTo(mean, 9);
        }
        expect(report.coverage.current.recordedDays).toBe(expected.recordedDays);
        expect(report.coverage.current.missingDays).toBe(expected.missingDays);
        expect(report.coverage.current.openDays).toBe(expected.openDays);
      }),
      { numRuns: 25 },
    );
  });
});

describe('getDataExtent', () => {
  it('is empty for an empty store and spans the recorded days otherwise', async () => {
    const core = await tempCore();
    expect(await core.ok('getDataExtent', { portIds: [1] })).toEqual({ first: null, last: null, recordedDays: 0 });
    await seedDays(core, 1, [
      ['2023-05-01', { portOpen: true }],
      ['2025-02-03', { personsIn: 4 }],
      [addDays('2025-02-03', 1), { note: '仅备注' }],
    ]);
    expect(await core.ok('getDataExtent', { portIds: [1] })).toEqual({ first: '2023-05-01', last: '2025-02-04', recordedDays: 3 });
  });
});
