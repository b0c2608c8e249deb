import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRAL_NO_DECLARATIONS_MESSAGE, openCentralAppCore, type CentralAppCore } from '../../electron/core/central/centralCore';
import { syncOffice } from '../../electron/core/central/syncOffice';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { DayValues } from '../../shared/domain/dailyFields';
import { datesBetween } from '../../shared/domain/dates';
import { TEST_CTX, tempCore, tempDir, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase, startCentralCluster, type CentralUrls } from './helpers/centralFixture';

/**
 * Measures, the regional calendar and duty rules on the central host: two offices enter their own
 * (one of them a region-wide holiday, both a measure numbered M-01), sync, and the official's host
 * must answer the measure register, each measure's effect and each port's 5+2 exactly as the office
 * that owns the port does, and the figures as the test counts them itself.
 */

const NOW = () => new Date('2024-10-10T04:00:00Z');
const FROM = '2023-01-01';
const TO = '2024-09-30';

type Day = Partial<DayValues>;
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
// Closed on some weekends, so rest-day coverage (which reads the day types) has something to say.
const zhangmuDay = (d: string, i: number): Day =>
  isWeekend(d) && i % 3 === 0 ? { portOpen: false, closureReason: '周末闭关' } : { portOpen: true, vehiclesIn: 10 + (i % 7), vehiclesOut: 3 + (i % 4) };
const gyirongDay = (d: string, i: number): Day =>
  isWeekend(d) && i % 4 === 1 ? { portOpen: false, closureReason: '周末闭关' } : { portOpen: true, vehiclesIn: 30 + (i % 5), vehiclesOut: 20 + (i % 3) };

/** The test's own vehicles in + out of a day and whether the port was open (null, null before the seeded span). */
function naiveVehicles(make: (d: string, i: number) => Day, date: string): [number | null, boolean | null] {
  const i = datesBetween(FROM, TO).indexOf(date);
  if (i < 0) return [null, null];
  const v = make(date, i);
  return v.portOpen === false ? [null, false] : [(v.vehiclesIn ?? 0) + (v.vehiclesOut ?? 0), true];
}

let cluster: ThrowawayPostgres;
let urls: CentralUrls;

beforeAll(async () => {
  cluster = await startCentralCluster();
  urls = await centralDatabase(cluster);
}, 120_000);

afterAll(() => cluster?.stop());

async function ask<M extends MethodName>(core: { call: CentralAppCore['call'] }, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await core.call(method, input, TEST_CTX);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

const measure = (code: string, portIds: number[], startDate: string, metrics: MethodInput<'createMeasure'>['metrics']): MethodInput<'createMeasure'> => ({
  code,
  title: '错峰通关',
  category: 'declaration',
  description: '',
  leadUnit: '聂拉木海关',
  partnerUnits: [],
  portIds,
  metrics,
  targets: [],
  status: 'inForce',
  startDate,
});
/** What the two sides share: their own numbers for the same port and measure differ. */
const withoutIds = <T extends object>(o: T) => JSON.parse(JSON.stringify(o, (k, v) => (['id', 'measureId', 'portId', 'portIds', 'ruleId'].includes(k) ? undefined : v)));

describe('measures and the regional calendar on the central host', () => {
  it('answer from what the offices synced, each port as its office does', { timeout: 300_000 }, async () => {
    const zm: TestCore = await tempCore({ now: NOW });
    await seedDays(zm, 1, everyDay(FROM, TO, zhangmuDay));
    // A region-wide holiday of 樟木's office, with 樟木's own workday on its second day.
    await zm.ok('addRegionalDays', { portId: null, from: '2024-07-15', to: '2024-07-16', type: 'regionalHoliday', name: '县庆', source: '' });
    await zm.ok('addRegionalDays', { portId: 1, from: '2024-07-16', to: '2024-07-16', type: 'workday', name: '', source: '' });
    await zm.ok('setFivePlusTwoSettings', { portId: 1, effectiveFrom: '2024-03-01', note: '全年无休' });
    await zm.ok('saveDutyRule', { id: null, portId: 1, scope: 'restDays', validFrom: '2024-01-01', validTo: null, open: true, hoursFrom: '10:00', hoursTo: '16:00', units: ['樟木边检站'], personInCharge: null, note: null });
    await zm.ok('createMeasure', measure('M-01', [1], '2024-06-01', ['vehicles', 'restDayCoverage']));

    const jl: TestCore = await tempCore({ now: NOW });
    const jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
    await seedDays(jl, jlPort, everyDay(FROM, TO, gyirongDay));
    await jl.ok('addRegionalDays', { portId: jlPort, from: '2024-07-22', to: '2024-07-23', type: 'regionalHoliday', name: '雪顿节', source: '' });
    await jl.ok('createMeasure', measure('M-01', [jlPort], '2024-05-01', ['vehicles']));

    expect((await syncOffice(zm.store, urls.zhangmu)).conflicts).toEqual([]);
    // Both offices use the code M-01: 吉隆 keeps its own and is told why 樟木's is not brought back;
    // the central host still lists both, told apart by office.
    expect((await syncOffice(jl.store, urls.gyirong)).conflicts).toEqual([
      { kind: 'document', message: '通关措施 M-01：office_zhangmu 的措施与本办事处的一项措施编号相同，未取回；请两处商定后改用不同的编号' },
    ]);
    const central = await openCentralAppCore({ url: urls.committee, dataDir: tempDir(), now: NOW, validateOutput: true, logError: (m, e) => console.error(m, e) });
    try {
      const byCode = new Map(central.ports.map((p) => [p.code, p.id]));
      const [zmC, jlC] = [byCode.get('ZHANGMU')!, byCode.get('GYIRONG')!];

      // The register: both offices' measures, the later M-01 told apart by its office.
      const listed = await ask(central, 'listMeasures', undefined);
      expect(listed.items.map((m) => [m.code, m.portIds])).toEqual(
        expect.arrayContaining([
          ['M-01', [zmC]],
          ['M-01（吉隆口岸办）', [jlC]],
        ]),
      );
      expect(listed.total).toBe(2);
      const centralId = (code: string) => listed.items.find((m) => m.code === code)!.id;

      // Each measure's effect: the office's own analysis, computed on the synced figures.
      const zmOwn = await zm.ok('measureEffect', { id: (await zm.ok('listMeasures', undefined)).items[0]!.id, windowDays: 30 });
      const zmCentral = await ask(central, 'measureEffect', { id: centralId('M-01'), windowDays: 30 });
      expect(zmCentral.portId).toBe(zmC);
      expect(withoutIds(zmCentral)).toEqual(withoutIds(zmOwn));
      const jlOwn = await jl.ok('measureEffect', { id: (await jl.ok('listMeasures', undefined)).items[0]!.id, windowDays: 30 });
      const jlCentral = await ask(central, 'measureEffect', { id: centralId('M-01（吉隆口岸办）'), windowDays: 30 });
      // The resampled interval is seeded by the measure's number (the same inputs give the same interval),
      // and the host numbers 吉隆's M-01 second: everything but the interval and the sentence quoting it agrees.
      const unseeded = (e: typeof jlOwn) =>
        withoutIds({ ...e, code: 'M-01', metrics: e.metrics.map((m) => ({ ...m, summary: '', effect: { ...m.effect, interval: m.effect.interval === null ? null : 'seeded' } })) });
      expect(unseeded(jlCentral)).toEqual(unseeded(jlOwn));
      // …and the daily figures it compared are the test's own (the means it reports are adjusted by day type).
      for (const [effect, make] of [
        [zmCentral, zhangmuDay],
        [jlCentral, gyirongDay],
      ] as const) {
        const chart = effect.metrics.find((m) => m.metric === 'vehicles')!.chart;
        expect(chart.length).toBeGreaterThan(50);
        for (const p of chart) {
          expect([p.value, p.portOpen], p.date).toEqual(naiveVehicles(make, p.date));
          expect([p.yearEarlierValue, p.yearEarlierPortOpen], p.yearEarlierDate).toEqual(naiveVehicles(make, p.yearEarlierDate));
        }
      }
      expect(zmCentral.metrics.find((m) => m.metric === 'restDayCoverage')!.effect.after.dataDays).toBeGreaterThan(0);

      // 5+2 with each office's calendar: 樟木 has its region-wide 县庆 but works its 16th; 吉隆 only its 雪顿节.
      const july = { kind: 'month' as const, from: '2024-07-01', to: '2024-07-31' };
      const weekends = datesBetween(july.from, july.to).filter(isWeekend).length;
      const zm52 = await ask(central, 'getFivePlusTwo', { portId: zmC, ...july });
      const jl52 = await ask(central, 'getFivePlusTwo', { portId: jlC, ...july });
      expect([zm52.current.regionalHolidayDays, zm52.current.restDays]).toEqual([1, weekends + 1]);
      expect([jl52.current.regionalHolidayDays, jl52.current.restDays]).toEqual([2, weekends + 2]);
      for (const period of [july, { kind: 'year' as const, from: '2024-01-01', to: '2024-12-31' }]) {
        expect(withoutIds(await ask(central, 'getFivePlusTwo', { portId: zmC, ...period }))).toEqual(withoutIds(await zm.ok('getFivePlusTwo', { portId: 1, ...period })));
        expect(withoutIds(await ask(central, 'getFivePlusTwo', { portId: jlC, ...period }))).toEqual(withoutIds(await jl.ok('getFivePlusTwo', { portId: jlPort, ...period })));
      }
      expect(zm52.effectiveFrom).toBe('2024-03-01');
      expect(withoutIds(await ask(central, 'listDutyRules', { portId: zmC }))).toEqual(withoutIds(await zm.ok('listDutyRules', { portId: 1 })));
      expect(await ask(central, 'getCalendarMonth', { portId: zmC, month: '2024-07' }).then((m) => m.hasDutyRules)).toBe(true);

      // The declarations stay in the offices: their reports are refused with a reason, not shown empty.
      expect(await central.call('getTrsReport', { from: '2024-07-01', to: '2024-07-31', portId: zmC }, TEST_CTX)).toEqual({
        ok: false,
        error: { code: 'UNSUPPORTED', message: CENTRAL_NO_DECLARATIONS_MESSAGE },
      });
    } finally {
      await central.close();
    }

    // A measure removed at the office is gone from the host at its next start (and 吉隆's M-01 clashes no more).
    await zm.ok('deleteMeasure', { id: (await zm.ok('listMeasures', undefined)).items[0]!.id });
    expect((await syncOffice(zm.store, urls.zhangmu)).conflicts).toEqual([]);
    const again = await openCentralAppCore({ url: urls.committee, dataDir: tempDir(), now: NOW });
    try {
      expect((await ask(again, 'listMeasures', undefined)).items.map((m) => [m.code, m.portIds])).toEqual([['M-01', [again.ports.find((p) => p.code === 'GYIRONG')!.id]]]);
    } finally {
      await again.close();
    }
  });
});
