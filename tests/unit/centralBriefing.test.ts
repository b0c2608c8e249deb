import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentralAppCore, type CentralAppCore } from '../../electron/core/central/centralCore';
import { syncOffice } from '../../electron/core/central/syncOffice';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Briefing } from '../../shared/contract/briefing';
import type { DayValues } from '../../shared/domain/dailyFields';
import { datesBetween } from '../../shared/domain/dates';
import { TEST_CTX, tempCore, tempDir } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase, startCentralCluster, type CentralUrls } from './helpers/centralFixture';

/**
 * Issuing a briefing on the central host: the number is the host's own (its folder's register), the
 * figures are all ports' from PostgreSQL, equal to the two offices' sums and to the test's own.
 */

const NOW = () => new Date('2024-10-10T04:00:00Z');
const FROM = '2023-01-01';
const TO = '2024-09-30';

type Day = Partial<DayValues>;
const zhangmuDay = (_d: string, i: number): Day => (i % 23 === 4 ? { portOpen: false, closureReason: '道路塌方' } : { portOpen: true, importValueYuan: 1_000_003 + i * 101, exportValueYuan: 700_001 + (i % 9) * 13 });
const gyirongDay = (_d: string, i: number): Day => ({ portOpen: true, importValueYuan: 2_345_677 + (i % 31) * 1_009, exportValueYuan: 99_991 + i });

/** The test's own sum of import + export value over from–to. */
function naiveTrade(make: (d: string, i: number) => Day, from: string, to: string): number {
  let sum = 0;
  datesBetween(FROM, TO).forEach((d, i) => {
    if (d < from || d > to) return;
    const v = make(d, i);
    sum += (v.importValueYuan ?? 0) + (v.exportValueYuan ?? 0);
  });
  return sum;
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

const row = (b: Briefing | { kpis: Briefing['kpis'] }, key: string) => b.kpis!.rows.find((r) => r.key === key)!;

describe('briefings issued on the central host', () => {
  it('are numbered from the host\'s own register, consecutively, with all ports\' figures', { timeout: 300_000 }, async () => {
    const zm = await tempCore({ now: NOW });
    await seedDays(zm, 1, everyDay(FROM, TO, zhangmuDay));
    const jl = await tempCore({ now: NOW });
    const jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
    await seedDays(jl, jlPort, everyDay(FROM, TO, gyirongDay));
    // An office's own briefing takes a number of its own series, which the host never sees.
    await zm.ok('issueBriefing', { portId: 1, period: { kind: 'month', from: '2024-08-01', to: '2024-08-31' } });
    expect((await syncOffice(zm.store, urls.zhangmu)).conflicts).toEqual([]);
    expect((await syncOffice(jl.store, urls.gyirong)).conflicts).toEqual([]);

    const dataDir = tempDir();
    const central = await openCentralAppCore({ url: urls.committee, dataDir, now: NOW, validateOutput: true, logError: (m, e) => console.error(m, e) });
    const months = [
      { kind: 'month' as const, from: '2024-07-01', to: '2024-07-31' },
      { kind: 'month' as const, from: '2024-08-01', to: '2024-08-31' },
      { kind: 'month' as const, from: '2024-09-01', to: '2024-09-30' },
    ];
    const issued: Briefing[] = [];
    try {
      await ask(central, 'updateBriefingLetterhead', { publication: '口岸通关汇总简报', issuingBody: '口岸管理委员会', reportTo: '', copyTo: '', nextNumber: 5 });
      for (const period of months) issued.push(await ask(central, 'issueBriefing', { portId: null, period }));
      expect(issued.map((b) => [b.issue.year, b.issue.number, b.issue.issued, b.issue.issuedOn])).toEqual([
        [2024, 5, true, '2024-10-10'],
        [2024, 6, true, '2024-10-10'],
        [2024, 7, true, '2024-10-10'],
      ]);
      expect(issued[0]!.letterhead.publication).toBe('口岸通关汇总简报');
      // An issued period keeps its number; the next new one continues the series.
      expect((await ask(central, 'issueBriefing', { portId: null, period: months[0]! })).issue.number).toBe(5);
      expect((await ask(central, 'getBriefing', { portId: null, period: { kind: 'month', from: '2024-06-01', to: '2024-06-30' } })).issue).toMatchObject({ number: 8, issued: false });
    } finally {
      await central.close();
    }

    // The figures: all ports' from the central database, the sum of each office's own briefing of its port.
    for (const [i, period] of months.entries()) {
      const own = [await zm.ok('getBriefing', { portId: 1, period }), await jl.ok('getBriefing', { portId: jlPort, period })];
      for (const key of ['tradeValueYuan', 'importValueYuan', 'exportValueYuan']) {
        const [a, b, t] = [row(own[0]!, key), row(own[1]!, key), row(issued[i]!, key)];
        expect([t.current, t.lastYear], key).toEqual([a.current! + b.current!, a.lastYear! + b.lastYear!]);
      }
      expect(row(issued[i]!, 'tradeValueYuan').current).toBe(naiveTrade(zhangmuDay, period.from, period.to) + naiveTrade(gyirongDay, period.from, period.to));
      expect(issued[i]!.closedDays.length).toBe(own[0]!.closedDays.length + own[1]!.closedDays.length);
    }

    // The register lives in the host's folder: after a restart the numbers are still given.
    const reopened = await openCentralAppCore({ url: urls.committee, dataDir, now: NOW });
    try {
      expect((await ask(reopened, 'issueBriefing', { portId: null, period: months[2]! })).issue.number).toBe(7);
      expect((await ask(reopened, 'issueBriefing', { portId: null, period: { kind: 'month', from: '2024-06-01', to: '2024-06-30' } })).issue.number).toBe(8);
    } finally {
      await reopened.close();
    }
  });
});
