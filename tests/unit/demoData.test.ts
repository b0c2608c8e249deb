import { describe, expect, it } from 'vitest';
import { dayValuesSchema } from '../../shared/contract/dayValues';
import { resolveRange } from '../../shared/domain/calendar/resolveDayType';
import { TIBET_REGIONAL_DEFAULTS } from '../../shared/domain/calendar/regionalDays';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { DEMO_FROM, generateDemoDays } from '../../electron/core/services/importExport/demo/generateDemoDays';
import { DEMO_CONTRIBUTORS } from '../../electron/core/services/importExport/demo/contributors';
import { actingAs, tempCore, TEST_CTX } from './helpers/tempCore';

const days = (from: string, to: string) => generateDemoDays(from, to, resolveRange(from, to, null, TIBET_REGIONAL_DEFAULTS));
const total = (list: { values: DayValues }[], f: (v: DayValues) => number) => list.reduce((sum, d) => sum + f(d.values), 0);
const within = (actual: number, expected: number, tolerance: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance);

describe('the demo history of 樟木口岸', () => {
  it('follows the public figures (docs/DOMAIN.md) within a few per cent', () => {
    const cargoYear = days('2023-05-01', '2024-04-30');
    within(total(cargoYear, (v) => v.importFreightKg! + v.exportFreightKg!) / 1000, 96_000, 0.06); // 9.6 万吨
    within(total(cargoYear, (v) => v.importValueYuan! + v.exportValueYuan!), 2_440_000_000, 0.06); // ¥24.4 亿
    const passengerYear = days('2023-09-01', '2024-08-31');
    expect(passengerYear[0]!.values.personsIn! + passengerYear[0]!.values.personsOut!).toBe(752);
    within(total(passengerYear, (v) => v.personsIn! + v.personsOut!), 394_700, 0.06); // 39.47 万人次
    within(total(passengerYear, (v) => v.vehiclesIn! + v.vehiclesOut!), 19_500, 0.1); // 1.95 万辆次
    const july2025 = days('2025-07-01', '2025-07-31').map((d) => d.values.personsIn! + d.values.personsOut!);
    within(july2025.reduce((a, b) => a + b, 0) / 31, 1400, 0.08);
    expect(Math.max(...july2025)).toBeGreaterThan(1800);
  });

  it('has no passengers before 2023-09-01, seasons, lighter weekends, and a few closed days with reasons', () => {
    const all = days(DEMO_FROM, '2025-12-31');
    expect(all[0]!.date).toBe('2023-05-01');
    // not handled before the reopening: blank (not applicable), never 0, on open and closed days alike
    const beforeReopening = all.filter((d) => d.date < '2023-09-01');
    expect(beforeReopening.every((d) => d.values.personsIn === null && d.values.personsOut === null)).toBe(true);
    expect(all.filter((d) => d.date >= '2023-09-01').every((d) => d.values.personsIn !== null)).toBe(true);
    for (const d of all) expect(dayValuesSchema.safeParse(d.values).success, d.date).toBe(true);

    const closed = all.filter((d) => d.values.portOpen === false);
    expect(closed.length).toBeGreaterThanOrEqual(5);
    expect(closed.length).toBeLessThan(30);
    expect(new Set(closed.map((d) => d.values.closureReason))).toEqual(new Set(['降雪封路', '道路塌方']));
    for (const d of closed) {
      const month = Number(d.date.slice(5, 7));
      expect(d.values.closureReason === '降雪封路' ? [12, 1, 2, 3, 4, 5] : [6, 7, 8, 9, 10, 11]).toContain(month);
    }

    const freight = (from: string, to: string) => total(days(from, to), (v) => v.exportFreightKg!) / days(from, to).length;
    expect(freight('2024-10-01', '2024-11-30')).toBeGreaterThan(freight('2025-01-01', '2025-02-28') * 1.3);
    const types = new Map(resolveRange('2024-03-01', '2024-09-30', null, TIBET_REGIONAL_DEFAULTS).map((t) => [t.date, t.type]));
    const sample = days('2024-03-01', '2024-09-30').filter((d) => d.values.portOpen);
    const mean = (type: string) => {
      const list = sample.filter((d) => types.get(d.date) === type);
      return total(list, (v) => v.exportFreightKg!) / list.length;
    };
    expect(mean('weekend')).toBeLessThan(mean('workday') * 0.92);
    // "5+2": open on weekends and holidays too.
    expect(sample.some((d) => types.get(d.date) === 'holiday')).toBe(true);
  });

  it('opens longer in the busy season from ZM-08 (2024-06-03) on, as its notes say', () => {
    const hours = (from: string, to: string) => [...new Set(days(from, to).filter((d) => d.values.portOpen).map((d) => d.values.openCentihours))];
    expect(hours('2023-06-03', '2023-10-31')).toEqual([1000]);
    expect(hours('2024-03-01', '2024-06-02')).toEqual([1000]);
    expect(hours('2024-06-03', '2024-10-31')).toEqual([1200]);
    expect(hours('2024-11-01', '2025-02-28')).toEqual([900]);
    expect(hours('2025-06-01', '2025-10-31')).toEqual([1200]);
  });

  it('is the same history on every load', () => {
    expect(days('2024-01-01', '2024-01-31')).toEqual(days('2024-01-01', '2024-01-31'));
    expect(days('2024-01-01', '2024-12-31').slice(0, 31)).toEqual(days('2024-01-01', '2024-01-31'));
  });
});

describe('loading and removing the demo data', () => {
  const now = () => new Date('2025-08-01T04:00:00Z');

  it('loads through the day writer, flagged as demo, up to yesterday, and says so in the status', async () => {
    const core = await tempCore({ now });
    expect(await core.ok('getDemoStatus', undefined)).toMatchObject({ totalRecords: 0, demoRecords: 0 });
    const { parts } = await core.ok('loadDemoData', {}, actingAs('体验者'));
    expect(parts[0]).toEqual({ key: 'dailyRecords', label: '每日通关数据', count: 823 }); // 2023-05-01 … 2025-07-31
    expect(parts[1]).toMatchObject({ key: 'measures', label: '通关措施' });
    expect(parts[1]!.count).toBeGreaterThan(15);
    const sql = core.store.sqlite;
    expect(sql.prepare('SELECT min(date) AS a, max(date) AS b, min(is_demo) AS demo FROM daily_records').get()).toEqual({ a: '2023-05-01', b: '2025-07-31', demo: 1 });
    expect(sql.prepare('SELECT DISTINCT source, changed_by FROM daily_record_revisions').all()).toEqual([{ source: 'demo', changed_by: '体验者' }]);
    expect(await core.ok('getDemoStatus', undefined)).toMatchObject({ totalRecords: 823, demoRecords: 823 });
    const day = await core.ok('getDay', { portId: 1, date: '2024-07-01' });
    expect(day?.isDemo).toBe(true);

    const measures = await core.ok('listMeasures', undefined);
    expect(measures.items.find((m) => m.code === 'ZM-01')).toMatchObject({ startDate: '2023-05-01', isDemo: true });

    // Loading again changes nothing.
    expect((await core.ok('loadDemoData', {})).parts.map((p) => p.count)).toEqual([0, 0, 0]);
  });

  it('refuses to mix with figures a person entered', async () => {
    const core = await tempCore({ now });
    await core.ok('saveDays', { portId: 1, days: [{ date: '2024-07-01', values: { ...emptyDayValues(), personsIn: 5 } }], source: 'grid', confirmWarnings: true });
    const r = await core.call('loadDemoData', {}, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/已有 1 天录入的真实数据.*未加载演示数据/);
    expect((await core.ok('getDemoStatus', undefined)).totalRecords).toBe(1);
    // all parts or none: the measures were not seeded either
    expect((await core.ok('listMeasures', undefined)).total).toBe(0);
  });

  it('removes only demo values: a real day elsewhere stays, a demo day someone edited keeps only their value', async () => {
    const core = await tempCore({ now });
    const other = await core.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
    await core.ok('saveDays', { portId: other.id, days: [{ date: '2024-07-01', values: { ...emptyDayValues(), personsIn: 5 } }], source: 'grid', confirmWarnings: true });
    await core.ok('loadDemoData', {});
    const edited = (await core.ok('getDay', { portId: 1, date: '2024-07-02' }))!;
    await core.ok('saveDay', { portId: 1, date: '2024-07-02', values: { ...edited.values, note: '已核对' }, expectedRevision: edited.revision, confirmWarnings: true });

    const { parts } = await core.ok('removeDemoData', {});
    // 822 demo days removed, and the demo's values cleared from the edited one
    expect(parts[0]).toEqual({ key: 'dailyRecords', label: '每日通关数据', count: 823 });
    expect((await core.ok('listMeasures', undefined)).total).toBe(0);
    const left = core.store.sqlite.prepare('SELECT port_id, date, is_demo FROM daily_records ORDER BY port_id').all();
    expect(left).toEqual([
      { port_id: 1, date: '2024-07-02', is_demo: 0 },
      { port_id: other.id, date: '2024-07-01', is_demo: 0 },
    ]);
    expect((await core.ok('getDay', { portId: 1, date: '2024-07-02' }))!.values).toEqual({ ...emptyDayValues(), note: '已核对' });
    // the edited day: the demo's, the edit, the demo's values cleared
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_record_revisions').get()).toEqual({ n: 4 });
  });

  it('gives the measures effects the data can show, and no more', async () => {
    const core = await tempCore({ now });
    await core.ok('loadDemoData', {});
    const items = (await core.ok('listMeasures', undefined)).items;
    const effectOf = async (code: string) => (await core.ok('measureEffect', { id: items.find((m) => m.code === code)!.id })).metrics;

    // ZM-08: 10 hours before, 12 after, both years' springs at 10: a rise of 20%, credited
    const [hours, vehicles, persons] = await effectOf('ZM-08');
    expect(hours!.metric).toBe('openHours');
    expect(hours!.effect.verdict).toBe('increase');
    expect(hours!.favourable).toBe(true);
    expect(hours!.effect.effect).toBeCloseTo((12 / 10 / (10 / 10) - 1) * 100, 6);
    // its other figures share their windows with ZM-06 and ZM-19 (2024-07-01): neither is credited
    expect(vehicles!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.verdict).toBe('insufficient');
    expect(persons!.effect.overlaps.map((o) => o.label)).toContain('ZM-19 高峰期增开通道');

    // ZM-17 started the day passengers came back: nothing to compare with, and it says why
    const [zm17] = await effectOf('ZM-17');
    expect(zm17!.effect.verdict).toBe('insufficient');
    expect(zm17!.effect.before.blankDays).toBeGreaterThan(80);
    expect(zm17!.summary).toMatch(/^数据不足以判断措施对出入境人员的效果：启动前 90 天（2023-06-03 至 2023-08-31）有 \d+ 天该项为空（当时未办理或未统计，不是零）/);
    expect(zm17!.summary).not.toMatch(/日均 0/);
  });

  it('has one list of contributors for other domains to plug into', () => {
    expect(DEMO_CONTRIBUTORS.map((c) => c.key)).toEqual(['dailyRecords', 'measures', 'trsDeclarations']);
  });
});
