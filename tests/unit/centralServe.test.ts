import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { CENTRAL_MIGRATIONS } from '../../electron/core/central/migrations';
import { migrateCentral } from '../../electron/core/central/centralDatabase';
import { registerOffice } from '../../electron/core/central/registerOffice';
import { runCli } from '../../electron/cli/run';
import { collectingIo } from './helpers/centralFixture';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { CENTRAL_READ_ONLY_MESSAGE, openCentralAppCore, type CentralAppCore } from '../../electron/core/central/centralCore';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { KpiReport, TrendReport } from '../../shared/contract/dashboard';
import { METRIC_INFO, METRIC_KEYS } from '../../shared/domain/metrics';
import { datesBetween } from '../../shared/domain/dates';
import type { DayValues } from '../../shared/domain/dailyFields';
import { TEST_CTX, tempCore, tempDir, type TestCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase, startCentralCluster, type CentralUrls } from './helpers/centralFixture';

/**
 * The core served from the central PostgreSQL (`clearance serve --db`) against the offices' own
 * SQLite answers: two offices with a port each sync into one database, and the official's core
 * must answer the dashboard, the trends and 5+2 for each port exactly as that office does, and for
 * both ports the sum of the two, to the last 元 (and the test's own sums of what was seeded).
 */

const NOW = () => new Date('2025-01-10T04:00:00Z');
const FROM = '2023-01-01';
const TO = '2024-12-31';

type Day = Partial<DayValues>;
// Closed days carry only their reason; persons are blank (not handled) on 樟木's first 200 days.
const zhangmuDay = (_d: string, i: number): Day =>
  i % 29 === 5
    ? { portOpen: false, closureReason: '道路塌方' }
    : {
        portOpen: true,
        importValueYuan: 1_234_567 + i * 7_919,
        exportValueYuan: 2_000_003 + (i % 13) * 101,
        importFreightKg: 50_000 + (i % 17) * 333,
        personsIn: i < 200 ? null : 40 + (i % 7),
        vehiclesIn: 12 + (i % 5),
        importClearanceCentihours: 150 + (i % 9) * 7,
      };
const gyirongDay = (_d: string, i: number): Day =>
  i % 31 === 7
    ? { portOpen: false, closureReason: '暴雪' }
    : {
        portOpen: true,
        importValueYuan: 3_333_331 + i * 17,
        exportValueYuan: 999_999 + (i % 11) * 1_003,
        importFreightKg: 80_000 + (i % 7) * 1_001,
        personsIn: 90 + (i % 3),
        vehiclesIn: 30 + (i % 4),
        importClearanceCentihours: 220 + (i % 5) * 11,
      };

/** The test's own sum of a generator's figure over from–to. */
function naiveSum(make: (d: string, i: number) => Day, pick: (v: Day) => number | null | undefined, from: string, to: string): number {
  const all = datesBetween(FROM, TO);
  let sum = 0;
  all.forEach((d, i) => {
    if (d >= from && d <= to) sum += pick(make(d, i)) ?? 0;
  });
  return sum;
}

let cluster: ThrowawayPostgres;
let urls: CentralUrls;
let zm: TestCore;
let jl: TestCore;
let jlPort: number;
let central: CentralAppCore;

async function ask<M extends MethodName>(core: { call: CentralAppCore['call'] }, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await core.call(method, input, TEST_CTX);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

beforeAll(async () => {
  cluster = await startCentralCluster();
  urls = await centralDatabase(cluster);
}, 120_000);

afterAll(() => cluster?.stop());

const PERIODS = [
  { kind: 'month' as const, from: '2024-06-01', to: '2024-06-30' },
  { kind: 'quarter' as const, from: '2024-07-01', to: '2024-09-30' },
  { kind: 'year' as const, from: '2024-01-01', to: '2024-12-31' },
  { kind: 'range' as const, from: '2024-02-10', to: '2024-05-20' },
];

/** Offices and the central core are opened in the test (tempCore closes them after each test). */
async function setUp(): Promise<void> {
  zm = await tempCore({ now: NOW });
  await seedDays(zm, 1, everyDay(FROM, TO, zhangmuDay));
  jl = await tempCore({ now: NOW });
  jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
  await seedDays(jl, jlPort, everyDay(FROM, TO, gyirongDay));
  expect((await syncOffice(zm.store, urls.zhangmu)).conflicts).toEqual([]);
  expect((await syncOffice(jl.store, urls.gyirong)).conflicts).toEqual([]);
  central = await openCentralAppCore({ url: urls.committee, dataDir: tempDir(), now: NOW, validateOutput: true, logError: (m, e) => console.error(m, e) });
}

const figure = (r: KpiReport, key: string) => r.figures.find((f) => f.key === key)!;
/** A sum of two ports' figures: blank only where both are blank (no declarations were entered anywhere). */
const plus = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

describe('the core served from the central PostgreSQL', () => {
  it('answers each port as its office does, both ports as their sum and as the database sums them, and refuses writes', { timeout: 300_000 }, async () => {
    await setUp();
    try {
      expect(central.role).toBe('committee');
      const byCode = new Map(central.ports.map((p) => [p.code, p.id]));
      const zmC = byCode.get('ZHANGMU')!;
      const jlC = byCode.get('GYIRONG')!;
      expect((await ask(central, 'listPorts', {})).map((p) => p.name).sort()).toEqual(['吉隆口岸', '樟木口岸']);
      expect(await ask(central, 'getDataExtent', { portIds: [zmC, jlC] })).toEqual({ first: FROM, last: TO, recordedDays: 2 * datesBetween(FROM, TO).length });

      for (const period of PERIODS) {
        // Each port: the whole report, exactly the office's own (same ids and names on both sides).
        const zmOwn = await zm.ok('getDashboardKpis', { portIds: [1], period });
        const jlOwn = await jl.ok('getDashboardKpis', { portIds: [jlPort], period });
        const zmCentral = await ask(central, 'getDashboardKpis', { portIds: [zmC], period });
        const jlCentral = await ask(central, 'getDashboardKpis', { portIds: [jlC], period });
        expect({ ...zmCentral, ports: [] }).toEqual({ ...zmOwn, ports: [] });
        expect({ ...jlCentral, ports: [] }).toEqual({ ...jlOwn, ports: [] });

        // Both ports: sums are the two offices' sums, day counts add, means are over both ports' days.
        const both = await ask(central, 'getDashboardKpis', { portIds: [zmC, jlC], period });
        for (const key of METRIC_KEYS) {
          const [a, b, t] = [figure(zmOwn, key), figure(jlOwn, key), figure(both, key)];
          if (METRIC_INFO[key].aggregate === 'mean') {
            const days = (r: KpiReport) => r.coverage.current.openDays;
            if (a.current !== null && b.current !== null) expect(t.current).toBeCloseTo((a.current * days(zmOwn) + b.current * days(jlOwn)) / (days(zmOwn) + days(jlOwn)), 9);
          } else {
            expect(t.current, `${key} ${period.from}`).toBe(plus(a.current, b.current));
            expect(t.lastYear, `${key} ${period.from}`).toBe(plus(a.lastYear, b.lastYear));
          }
        }
        // …and the test's own sums, to the last 元: of what it seeded, and as PostgreSQL adds up the synced days.
        const trade = (v: Day) => (v.importValueYuan ?? 0) + (v.exportValueYuan ?? 0);
        const seeded = naiveSum(zhangmuDay, trade, period.from, period.to) + naiveSum(gyirongDay, trade, period.from, period.to);
        const summed = Number(cluster.psql(`SELECT sum(coalesce(import_value_yuan, 0) + coalesce(export_value_yuan, 0)) FROM days WHERE date BETWEEN '${period.from}' AND '${period.to}'`, urls.name).trim());
        expect(figure(both, 'tradeValueYuan').current).toBe(seeded);
        expect(summed).toBe(seeded);
        expect(figure(both, 'persons').current).toBe(naiveSum(zhangmuDay, (v) => v.personsIn, period.from, period.to) + naiveSum(gyirongDay, (v) => v.personsIn, period.from, period.to));
      }

      // Trends by month, with last year's overlay: each port's line is its office's, the total their sum.
      const trendInput = { from: '2024-01-01', to: '2024-12-31', granularity: 'month' as const, metrics: ['tradeValueYuan' as const, 'vehicles' as const, 'openDays' as const], lastYear: true };
      const zmTrend = await zm.ok('getDashboardTrends', { ...trendInput, portIds: [1] });
      const jlTrend = await jl.ok('getDashboardTrends', { ...trendInput, portIds: [jlPort] });
      const bothTrend: TrendReport = await ask(central, 'getDashboardTrends', { ...trendInput, portIds: [zmC, jlC] });
      expect({ ...(await ask(central, 'getDashboardTrends', { ...trendInput, portIds: [zmC] })), ports: [] }).toEqual({ ...zmTrend, ports: [] });
      bothTrend.series.forEach((s, si) => {
        expect(s.points).toHaveLength(12);
        s.points.forEach((p, pi) => {
          const [a, b] = [zmTrend.series[si]!.points[pi]!, jlTrend.series[si]!.points[pi]!];
          expect(p.values).toEqual([a.total, b.total]);
          expect(p.total).toBe(a.total! + b.total!);
          expect(p.lastYearTotal).toBe(a.lastYearTotal! + b.lastYearTotal!);
          expect(p.closedDays).toBe(a.closedDays + b.closedDays);
        });
      });
      // A trend over all years, by week (the week start is one of the dialect's differences).
      const weeks = { from: '2024-10-01', to: '2024-12-31', granularity: 'week' as const, metrics: ['tradeValueYuan' as const], lastYear: true, fromFirstRecord: true };
      expect({ ...(await ask(central, 'getDashboardTrends', { ...weeks, portIds: [jlC] })), ports: [] }).toEqual({ ...(await jl.ok('getDashboardTrends', { ...weeks, portIds: [jlPort] })), ports: [] });

      // 5+2 of each port: its office's own report.
      for (const period of PERIODS.slice(0, 3)) {
        expect(await ask(central, 'getFivePlusTwo', { portId: zmC, ...period })).toEqual(await zm.ok('getFivePlusTwo', { portId: 1, ...period }));
        expect(await ask(central, 'getFivePlusTwo', { portId: jlC, ...period })).toEqual(await jl.ok('getFivePlusTwo', { portId: jlPort, ...period }));
      }

      // Writes of figures are the offices' (through sync): refused here, and nothing reaches the database.
      const before = cluster.psql('SELECT count(*) FROM days', urls.name).trim();
      const refused = await central.call('saveDay', { portId: zmC, date: '2024-12-30', values: { personsIn: 1 }, operator: 'x' } as never, TEST_CTX);
      expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: CENTRAL_READ_ONLY_MESSAGE } });
      expect((await central.call('loadDemoData', {}, TEST_CTX)).ok).toBe(false);
      expect(cluster.psql('SELECT count(*) FROM days', urls.name).trim()).toBe(before);
      // The host's own accounts are its business: an official's account is created here.
      expect((await central.call('createUser', { username: 'lingdao', displayName: '领导', role: 'viewer', password: 'Qz7!long-enough-pass' }, TEST_CTX)).ok).toBe(true);
    } finally {
      await central?.close();
    }
  });

  it('clearance serve --db with an address that is not PostgreSQL\'s says so in one Chinese line and starts nothing', async () => {
    const { io, lines } = collectingIo();
    expect(await runCli(['serve', '--db', 'mysql://committee@127.0.0.1/clearance', '--data', tempDir(), '--port', '0'], io)).toBe(1);
    expect(lines).toEqual(['中心数据库地址应以 postgres:// 开头：mysql://committee@127.0.0.1/clearance']);
  });

  it('refuses an office folder with days of its own, naming what to do', async () => {
    const office = await tempCore({ now: NOW });
    await seedDays(office, 1, everyDay('2024-01-01', '2024-01-02', { personsIn: 3 }));
    const dataDir = office.dataDir;
    await office.close();
    await expect(openCentralAppCore({ url: urls.committee, dataDir, now: NOW })).rejects.toThrow(/已有本机录入的每日数据.*另用一个数据目录/);
  });

  it('migration 0002_central_serve numbers the ports a database at 0001 already has and shows their days by number; a host refuses the database until it is migrated', async () => {
    const name = `central_before_serve_${process.pid}`;
    cluster.createDatabase(name);
    const owner = cluster.url(name);
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: owner, max: 1 }) }) });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => CENTRAL_MIGRATIONS } });
      expect((await migrator.migrateTo('0001_central')).error).toBeUndefined();
      cluster.psql(`
        INSERT INTO offices (name, title) VALUES ('office_zhangmu', '樟木口岸办'), ('office_gyirong', '吉隆口岸办');
        INSERT INTO ports (code, name, office) VALUES ('GYIRONG', '吉隆口岸', 'office_gyirong'), ('ZHANGMU', '樟木口岸', 'office_zhangmu');
        INSERT INTO days (port_code, date, export_value_yuan, port_open, revision, revision_hash, created_at, created_by, updated_at, updated_by)
        VALUES ('GYIRONG', '2024-06-01', 3000001, 1, 1, 'h', 'x', 'x', 'x', 'x'), ('ZHANGMU', '2024-06-01', 5000003, 1, 1, 'h', 'x', 'x', 'x', 'x');`, name);
      await expect(openCentralAppCore({ url: cluster.url(name, 'committee'), dataDir: tempDir(), now: NOW })).rejects.toThrow(/中心数据库的结构版本比本程序旧.*clearance central migrate/);

      expect(await migrateCentral(owner)).toEqual(Object.keys(CENTRAL_MIGRATIONS).filter((n) => n > '0001_central'));
      const ports = cluster.psql('SELECT id, code FROM ports ORDER BY id', name).trim().split('\n');
      expect(ports).toHaveLength(2);
      expect(new Set(ports.map((p) => p.split('|')[1]))).toEqual(new Set(['GYIRONG', 'ZHANGMU']));
      // the view: each day under its port's number, for the officials' role too
      const viewed = (await db.selectFrom('daily_records').innerJoin('ports', 'ports.id', 'daily_records.port_id').select(['ports.code', 'daily_records.export_value_yuan']).orderBy('ports.code').execute()) as { code: string; export_value_yuan: string }[];
      expect(viewed.map((r) => [r.code, Number(r.export_value_yuan)])).toEqual([['GYIRONG', 3000001], ['ZHANGMU', 5000003]]);
      expect(cluster.psql("SET ROLE committee; SELECT count(*) FROM daily_records", name).trim()).toBe('2');
      // a port registered afterwards gets the next number
      cluster.psql("CREATE ROLE office_yadong LOGIN IN ROLE clearance_office", name);
      await registerOffice(owner, { office: 'office_yadong', title: '亚东口岸办', ports: [{ code: 'YADONG', name: '亚东口岸' }] });
      expect(cluster.psql("SELECT id FROM ports WHERE code = 'YADONG'", name).trim()).toBe('3');

      const central = await openCentralAppCore({ url: cluster.url(name, 'committee'), dataDir: tempDir(), now: NOW });
      try {
        expect(central.ports.map((p) => p.code).sort()).toEqual(['GYIRONG', 'YADONG', 'ZHANGMU']);
      } finally {
        await central.close();
      }
    } finally {
      await db.destroy();
    }
  });
});
