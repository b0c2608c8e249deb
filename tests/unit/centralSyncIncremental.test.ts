import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { syncOffice } from '../../electron/core/central/syncOffice';
import type { SyncReport } from '../../electron/core/central/syncReport';
import { tempCore, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import { centralDatabase, startCentralCluster } from './helpers/centralFixture';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startCentralCluster();
}, 120_000);
afterAll(() => cluster?.stop());

const figures = (_d: string, i: number) => ({ personsIn: 40 + (i % 7), importValueYuan: 1_000_003 + i * 13 });

/** A run that found nothing new on either side: nothing sent or pulled, and no day read to compare. */
function quiet(r: SyncReport): void {
  expect(r.sent).toEqual({ days: 0, revisions: 0, documents: 0, auditEntries: 0 });
  expect(r.pulled).toEqual({ ports: 0, days: 0, revisions: 0 });
  expect(r.compared).toEqual({ ownDays: 0, otherDays: 0 });
  expect(r.conflicts).toEqual([]);
}

async function serverRows(ownerUrl: string, dates: string[]): Promise<{ port_code: string; date: string; persons_in: number; revision: number }[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT port_code, date, persons_in::int, revision FROM days WHERE date = ANY($1) ORDER BY port_code, date`, [dates])).rows;
  } finally {
    await c.end();
  }
}

async function editDay(core: TestCore, portId: number, date: string, personsIn: number): Promise<void> {
  const day = (await core.ok('getDay', { portId, date }))!;
  await core.ok('saveDay', { portId, date, values: { ...day.values, personsIn }, expectedRevision: day.revision, confirmWarnings: true });
}

describe('a sync with nothing new is cheap, and never skips what is new', () => {
  it('reads no day when nothing changed; an edit to an old day and to a recent one are both sent; a lost note or a change elsewhere makes it compare everything again', async () => {
    const urls = await centralDatabase(cluster);
    const zm = await tempCore();
    const days = everyDay('2023-01-01', '2024-12-31', figures);
    await seedDays(zm, 1, days);

    const first = await syncOffice(zm.store, urls.zhangmu);
    expect(first.conflicts).toEqual([]);
    expect(first.sent).toMatchObject({ days: days.length, revisions: days.length });
    expect(first.compared.ownDays).toBe(days.length);
    quiet(await syncOffice(zm.store, urls.zhangmu));

    // an old date's new revision and a recent day's: both go, and only they are read
    await editDay(zm, 1, '2023-01-05', 501);
    await editDay(zm, 1, '2024-12-30', 502);
    const edits = await syncOffice(zm.store, urls.zhangmu);
    expect(edits.conflicts).toEqual([]);
    expect(edits.sent).toMatchObject({ days: 2, revisions: 2 });
    expect(edits.compared.ownDays).toBe(2);
    expect(await serverRows(urls.owner, ['2023-01-05', '2024-12-30', '2024-12-31'])).toEqual([
      { port_code: 'ZHANGMU', date: '2023-01-05', persons_in: 501, revision: 2 },
      { port_code: 'ZHANGMU', date: '2024-12-30', persons_in: 502, revision: 2 },
      // untouched: index 730 of the seeded range
      { port_code: 'ZHANGMU', date: '2024-12-31', persons_in: figures('', 730).personsIn, revision: 1 },
    ]);
    quiet(await syncOffice(zm.store, urls.zhangmu));

    // a run killed after the server committed a batch but before it was noted here: the tallies
    // disagree, so the next run compares every day, sends nothing twice, and notes them again
    zm.store.sqlite.prepare("DELETE FROM central_days WHERE record_id IN (SELECT id FROM daily_records WHERE date >= '2024-12-01')").run();
    const renoted = await syncOffice(zm.store, urls.zhangmu);
    expect(renoted.sent).toMatchObject({ days: 0, revisions: 0 });
    expect(renoted.compared.ownDays).toBe(days.length);
    expect(renoted.conflicts).toEqual([]);
    quiet(await syncOffice(zm.store, urls.zhangmu));

    // the server moved on at a day not edited here (another PC of the office): reported on every run, as before
    cluster.psql(`UPDATE days SET revision = 5 WHERE port_code = 'ZHANGMU' AND date = '2024-02-02'`, urls.name);
    for (let run = 0; run < 2; run++) {
      const ahead = await syncOffice(zm.store, urls.zhangmu);
      expect(ahead.sent.days).toBe(0);
      expect(ahead.compared.ownDays).toBe(days.length);
      expect(ahead.conflicts).toEqual([{ kind: 'day', message: expect.stringMatching(/樟木口岸 2024-02-02：中心数据库上已有更新的第 5 版.*本机为第 1 版，未上传/) }]);
    }
  }, 180_000);

  it('another office: its port is fetched only when its tally moved, and an edit to its old day comes in', async () => {
    const urls = await centralDatabase(cluster);
    const zm = await tempCore();
    await seedDays(zm, 1, everyDay('2024-01-01', '2024-12-31', figures));
    const jl = await tempCore();
    const jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
    await seedDays(jl, jlPort, everyDay('2024-01-01', '2024-12-31', figures));

    await syncOffice(zm.store, urls.zhangmu);
    expect((await syncOffice(jl.store, urls.gyirong)).compared.otherDays).toBe(366);
    const pulledAtZm = await syncOffice(zm.store, urls.zhangmu);
    expect(pulledAtZm.pulled).toEqual({ ports: 1, days: 366, revisions: 366 });
    // that pull's audit entry went out in the same run
    quiet(await syncOffice(zm.store, urls.zhangmu));
    quiet(await syncOffice(jl.store, urls.gyirong));

    await editDay(jl, jlPort, '2024-01-02', 909);
    const sent = await syncOffice(jl.store, urls.gyirong);
    expect(sent.sent).toMatchObject({ days: 1, revisions: 1 });
    expect(sent.compared).toEqual({ ownDays: 1, otherDays: 0 });

    const pulled = await syncOffice(zm.store, urls.zhangmu);
    expect(pulled.conflicts).toEqual([]);
    expect(pulled.pulled).toEqual({ ports: 1, days: 1, revisions: 1 });
    expect(pulled.compared).toEqual({ ownDays: 0, otherDays: 366 });
    const gyirongAtZm = (await zm.ok('listPorts', {})).find((p) => p.code === 'GYIRONG')!;
    const day = (await zm.ok('getDay', { portId: gyirongAtZm.id, date: '2024-01-02' }))!;
    expect([day.values.personsIn, day.revision]).toEqual([909, 2]);
    expect((await zm.ok('getDay', { portId: gyirongAtZm.id, date: '2024-01-03' }))!.values.personsIn).toBe(figures('', 2).personsIn);
    // the pull's audit entry goes out with it; after that, quiet again
    expect(pulled.sent.auditEntries).toBe(1);
    quiet(await syncOffice(zm.store, urls.zhangmu));
  }, 180_000);
});
