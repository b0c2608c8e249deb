import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runCli } from '../../electron/cli/run';
import { openCentral } from '../../electron/core/central/centralDatabase';
import { centralTotals } from '../../electron/core/central/centralTotals';
import { verifyCentralAudit } from '../../electron/core/central/centralAudit';
import { syncOffice } from '../../electron/core/central/syncOffice';
import type { SyncReport } from '../../electron/core/central/syncReport';
import { TEST_CTX, tempCore, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase as centralDatabaseIn, collectingIo, startCentralCluster } from './helpers/centralFixture';

let cluster: ThrowawayPostgres;

beforeAll(async () => {
  cluster = await startCentralCluster();
}, 120_000);

afterAll(() => cluster?.stop());

const silentIo = collectingIo;
const centralDatabase = () => centralDatabaseIn(cluster);

/** Figures made from the day's index, different per port, with 元 that do not round to 万元. */
const zhangmuDay = (_d: string, i: number) => ({ importValueYuan: 1_234_567 + i * 7_919, exportValueYuan: 2_000_003 + (i % 13) * 101, personsIn: 40 + (i % 7), vehiclesIn: 12 + (i % 5) });
const gyirongDay = (_d: string, i: number) => ({ importValueYuan: 3_333_331 + i * 17, exportValueYuan: 999_999 + (i % 11) * 1_003, personsIn: 90 + (i % 3), vehiclesIn: 30 + (i % 4) });

async function zhangmuOffice(): Promise<TestCore> {
  const core = await tempCore();
  await seedDays(core, 1, everyDay('2024-01-01', '2024-12-31', zhangmuDay));
  await core.ok('addRegionalDays', { portId: 1, from: '2024-06-03', to: '2024-06-03', type: 'regionalHoliday', name: '县庆', source: '' });
  return core;
}

async function gyirongOffice(): Promise<{ core: TestCore; portId: number }> {
  const core = await tempCore();
  const port = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
  await seedDays(core, port.id, everyDay('2024-01-01', '2024-12-31', gyirongDay));
  return { core, portId: port.id };
}

const nothingSent = (r: SyncReport) => {
  expect(r.sent).toEqual({ days: 0, revisions: 0, documents: 0, auditEntries: 0 });
  expect(r.pulled).toEqual({ ports: 0, days: 0, revisions: 0 });
  expect(r.conflicts).toEqual([]);
};

/** The test's own sum of a generator over a range of its indices. */
function naiveSum(make: (d: string, i: number) => Record<string, number>, key: string, fromIndex: number, toIndex: number): number {
  let sum = 0;
  for (let i = fromIndex; i <= toIndex; i++) sum += make('', i)[key]!;
  return sum;
}

const MARCH_TO_MAY = { kind: 'range' as const, from: '2024-03-01', to: '2024-05-31' };
// 2024-03-01 is day index 60 of 2024 (31 + 29), 2024-05-31 is index 151
const FIRST = 60;
const LAST = 151;

describe('offices sync to a central PostgreSQL', () => {
  it('two offices with different ports: everything arrives, other ports come back read-only, a second run sends nothing, totals agree to the last 元', async () => {
    const urls = await centralDatabase();
    const zm = await zhangmuOffice();
    const { core: jl, portId: jlPort } = await gyirongOffice();

    const first = await syncOffice(zm.store, urls.zhangmu);
    expect(first.conflicts).toEqual([]);
    expect(first.sent).toMatchObject({ days: 366, revisions: 366, documents: 1 });
    expect(first.sent.auditEntries).toBeGreaterThan(0);

    const second = await syncOffice(jl.store, urls.gyirong);
    expect(second.conflicts).toEqual([]);
    expect(second.sent).toMatchObject({ days: 366, revisions: 366 });
    expect(second.pulled).toEqual({ ports: 1, days: 366, revisions: 366 });

    // 樟木 now takes 吉隆's days; its pull is recorded in its audit log, which goes out in the same run
    const third = await syncOffice(zm.store, urls.zhangmu);
    expect(third.pulled).toEqual({ ports: 1, days: 366, revisions: 366 });
    expect(third.sent).toEqual({ days: 0, revisions: 0, documents: 0, auditEntries: 1 });

    nothingSent(await syncOffice(zm.store, urls.zhangmu));
    nothingSent(await syncOffice(jl.store, urls.gyirong));

    // The official's view: every port, summed by PostgreSQL
    const official = await openCentral(urls.committee);
    try {
      const totals = await centralTotals(official.db, MARCH_TO_MAY.from, MARCH_TO_MAY.to);
      expect(totals.map((t) => [t.portCode, t.days])).toEqual([
        ['GYIRONG', 92],
        ['ZHANGMU', 92],
      ]);
      const consolidated = (key: string) => totals.reduce((s, t) => s + t.sums[key]!, 0);

      // each office's own dashboard over its own port
      const own = async (core: TestCore, portId: number) => core.ok('getDashboardKpis', { portIds: [portId], period: MARCH_TO_MAY });
      const zmKpis = await own(zm, 1);
      const jlKpis = await own(jl, jlPort);
      const fig = (r: typeof zmKpis, key: string) => r.figures.find((f) => f.key === key)!.current!;
      for (const key of ['importValueYuan', 'exportValueYuan', 'personsIn', 'vehiclesIn']) {
        const naive = naiveSum(zhangmuDay, key, FIRST, LAST) + naiveSum(gyirongDay, key, FIRST, LAST);
        expect(consolidated(key), key).toBe(naive);
        expect(fig(zmKpis, key) + fig(jlKpis, key), key).toBe(naive);
      }
      // 樟木's own screen over both ports (吉隆's pulled) shows the consolidated figure too
      const both = await zm.ok('getDashboardKpis', { portIds: [1, (await zm.ok('listPorts', {})).find((p) => p.code === 'GYIRONG')!.id], period: MARCH_TO_MAY });
      expect(fig(both, 'tradeValueYuan')).toBe(consolidated('importValueYuan') + consolidated('exportValueYuan'));

      // each office's audit chain is whole on the server
      for (const office of ['office_zhangmu', 'office_gyirong']) {
        const status = await verifyCentralAudit(official.db, office);
        expect(status, office).toMatchObject({ ok: true });
        expect(status.entries).toBeGreaterThan(0);
      }
    } finally {
      await official.close();
    }

    // 吉隆's port is read-only at 樟木
    const gyirongAtZhangmu = (await zm.ok('listPorts', {})).find((p) => p.code === 'GYIRONG')!;
    const refused = await zm.call('saveDays', { portId: gyirongAtZhangmu.id, days: [{ date: '2024-03-01', values: { ...(await zm.ok('getDay', { portId: gyirongAtZhangmu.id, date: '2024-03-01' }))!.values, personsIn: 1 } }], source: 'grid', confirmWarnings: true }, TEST_CTX);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('只能查看') } });
  }, 120_000);

  it('an edit travels as its next revision; a day changed in two places is refused and reported, never merged', async () => {
    const urls = await centralDatabase();
    const zm = await zhangmuOffice();
    await syncOffice(zm.store, urls.zhangmu);
    await seedDays(zm, 1, [['2024-03-01', { ...zhangmuDay('', FIRST), personsIn: 77 }]]);
    const edit = await syncOffice(zm.store, urls.zhangmu);
    expect(edit.sent).toMatchObject({ days: 1, revisions: 1 });
    expect(edit.conflicts).toEqual([]);

    // a second PC of the same office with its own 3 March: a different history of the same day
    const other = await tempCore();
    await seedDays(other, 1, [['2024-03-03', { personsIn: 5 }]]);
    const clash = await syncOffice(other.store, urls.zhangmu);
    expect(clash.sent.days).toBe(0);
    expect(clash.conflicts.map((c) => c.kind).sort()).toEqual(['audit', 'day']);
    expect(clash.conflicts.find((c) => c.kind === 'day')!.message).toMatch(/樟木口岸 2024-03-03.*不一致.*未上传/);

    const owner = new pg.Client({ connectionString: urls.owner });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT date, persons_in::int AS p, revision FROM days WHERE date IN ('2024-03-01', '2024-03-03') ORDER BY date`);
      expect(rows).toEqual([
        { date: '2024-03-01', p: 77, revision: 2 },
        { date: '2024-03-03', p: zhangmuDay('', FIRST + 2).personsIn, revision: 1 },
      ]);
    } finally {
      await owner.end();
    }

    // the CLI says the same and exits 1 (a command that writes: the PC's program is closed first)
    await other.close();
    const { io, lines } = silentIo();
    expect(await runCli(['sync', '--data', other.dataDir, '--to', urls.zhangmu], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/有 2 处冲突未同步/);
  }, 120_000);

  it('a calendar entry changed at the office travels; one changed elsewhere since the last sync is reported; one removed here is removed there', async () => {
    const urls = await centralDatabase();
    const zm = await zhangmuOffice();
    await syncOffice(zm.store, urls.zhangmu);
    const bodies = async () => {
      const c = new pg.Client({ connectionString: urls.owner });
      await c.connect();
      try {
        return (await c.query(`SELECT key, body::json->>'name' AS name FROM office_documents WHERE kind = 'regionalDay' ORDER BY key`)).rows;
      } finally {
        await c.end();
      }
    };
    expect(await bodies()).toEqual([{ key: 'ZHANGMU|2024-06-03', name: '县庆' }]);

    const [entry] = await zm.ok('listRegionalDays', { year: 2024 }).then((l) => l.filter((e) => e.name === '县庆'));
    await zm.ok('updateRegionalDay', { id: entry!.id, portId: 1, date: '2024-06-03', type: 'regionalHoliday', name: '县庆日', source: '' });
    expect((await syncOffice(zm.store, urls.zhangmu)).sent.documents).toBe(1);
    expect(await bodies()).toEqual([{ key: 'ZHANGMU|2024-06-03', name: '县庆日' }]);

    // another PC of the office changes the same entry on the server
    const other = await tempCore();
    await other.ok('addRegionalDays', { portId: 1, from: '2024-06-03', to: '2024-06-03', type: 'regionalHoliday', name: '别处的名称', source: '' });
    const fromElsewhere = await syncOffice(other.store, urls.zhangmu);
    expect(fromElsewhere.conflicts.filter((c) => c.kind === 'document')).toEqual([{ kind: 'document', message: expect.stringMatching(/地方节假日 ZHANGMU\|2024-06-03：.*被别处修改过/) }]);
    expect(await bodies()).toEqual([{ key: 'ZHANGMU|2024-06-03', name: '县庆日' }]);

    await zm.ok('deleteRegionalDay', { id: entry!.id });
    expect((await syncOffice(zm.store, urls.zhangmu)).sent.documents).toBe(1);
    expect(await bodies()).toEqual([]);
  }, 120_000);

  it('roles on the server: an office writes only its own ports, an official writes nothing, an unregistered port is reported', async () => {
    const urls = await centralDatabase();
    const jl = await gyirongOffice();
    // 吉隆's store has figures for 樟木 too: not its port
    await seedDays(jl.core, 1, [['2024-01-01', { personsIn: 3 }]]);
    const r = await syncOffice(jl.core.store, urls.gyirong);
    expect(r.conflicts).toEqual([{ kind: 'port', message: expect.stringMatching(/樟木口岸（ZHANGMU）在中心数据库登记为 office_zhangmu 的口岸/) }]);
    expect(r.sent.days).toBe(366);

    const row = `('ZHANGMU', '2024-01-02', 1, 'h', 'x', 'x', 'x', 'x')`;
    const insert = `INSERT INTO days (port_code, date, revision, revision_hash, created_at, created_by, updated_at, updated_by) VALUES ${row}`;
    for (const [url, refusal] of [
      [urls.gyirong, /row-level security/],
      [urls.committee, /permission denied/],
    ] as const) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await expect(client.query(insert)).rejects.toThrow(refusal);
        // everyone reads every port's days
        expect((await client.query(`SELECT count(*)::int AS n FROM days WHERE port_code = 'GYIRONG'`)).rows[0].n).toBe(366);
      } finally {
        await client.end();
      }
    }
    // an office reads only its own audit entries; the official reads all
    const official = await openCentral(urls.committee);
    const zmOffice = await openCentral(urls.zhangmu);
    try {
      expect((await official.db.selectFrom('audit_entries').select('office').distinct().execute()).map((o) => o.office)).toEqual(['office_gyirong']);
      expect(await zmOffice.db.selectFrom('audit_entries').selectAll().execute()).toEqual([]);
      // an official cannot sync
      await expect(syncOffice(jl.core.store, urls.committee)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('不是已登记的办事处账户') });
    } finally {
      await official.close();
      await zmOffice.close();
    }
  }, 120_000);

  it('an entry altered on the server breaks that office chain, and the check says which', async () => {
    const urls = await centralDatabase();
    const zm = await zhangmuOffice();
    await syncOffice(zm.store, urls.zhangmu);
    cluster.psql(`UPDATE audit_entries SET user_name = '别人' WHERE id = 2`, urls.name);
    const { io, lines } = silentIo();
    expect(await runCli(['central', 'check', '--db', urls.owner], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/office_zhangmu（樟木口岸办）：审计日志被改动过[\s\S]*第 2 条.*内容被改动过/);
    expect(lines.join('\n')).toMatch(/office_gyirong（吉隆口岸办）：审计日志完好（0 条）/);
  }, 120_000);

  it('refuses a central database of a newer schema, and one not yet migrated', async () => {
    const urls = await centralDatabase();
    cluster.psql(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00.000Z')`, urls.name);
    await expect(openCentral(urls.zhangmu)).rejects.toMatchObject({ code: 'DB_FROM_FUTURE', message: expect.stringMatching(/更新版本.*9999_from_the_future/) });
    cluster.createDatabase('empty_central');
    await expect(openCentral(cluster.url('empty_central'))).rejects.toMatchObject({ message: expect.stringContaining('clearance central migrate') });
    const { io, lines } = silentIo();
    const office = await zhangmuOffice();
    // the sync writes: it is refused while the office's program holds the data folder
    const held = silentIo();
    expect(await runCli(['sync', '--data', office.dataDir, '--to', urls.zhangmu], held.io)).not.toBe(0);
    expect(held.lines.join('\n')).toMatch(/正由.*使用/);
    await office.close();
    expect(await runCli(['sync', '--data', office.dataDir, '--to', 'http://example.org/x'], io)).toBe(1);
    expect(lines.join('\n')).toContain('应以 postgres:// 开头');
  }, 120_000);
});
