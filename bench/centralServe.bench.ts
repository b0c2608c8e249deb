import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openCore } from '../electron/core/openCore';
import { openStore } from '../electron/core/store/openStore';
import { valuesToColumns } from '../electron/core/services/days/dayRecordRows';
import { migrateCentral } from '../electron/core/central/centralDatabase';
import { registerOffice } from '../electron/core/central/registerOffice';
import { openCentralAppCore } from '../electron/core/central/centralCore';
import { chunks } from '../electron/core/services/days/dayWriter';
import { startThrowawayPostgres } from '../tests/unit/helpers/throwawayPostgres';
import type { MethodInput, MethodName } from '../shared/contract';
import { sampleDays } from './support/sampleYears';
import { timeMedian, type BenchRow, type BenchSuite } from './harness';

const PORTS = 20;
const FROM = '2005-01-01';
const TO = '2024-12-31';
const CTX = { actor: null, host: 'cli' as const };
/** the most ports the dashboard compares at once (portIdsInput) */
const COMPARED = 10;

interface Caller {
  call(method: string, input: unknown, ctx: typeof CTX): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
}

async function ask<M extends MethodName>(core: Caller, method: M, input: MethodInput<M>): Promise<unknown> {
  const r = await core.call(method, input, CTX);
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.value;
}

/** The same 20 ports × 20 years (146,100 days) as rows of the office store and of the central database. */
function sampleRows(): { code: string; name: string; days: { date: string; columns: Record<string, unknown> }[] }[] {
  return Array.from({ length: PORTS }, (_, i) => ({
    code: i === 0 ? 'ZHANGMU' : `P${String(i + 1).padStart(2, '0')}`,
    name: i === 0 ? '樟木口岸' : `口岸${i + 1}`,
    days: sampleDays(FROM, TO, i % 3).map((d) => ({ date: d.date, columns: valuesToColumns(d.values) as Record<string, unknown> })),
  }));
}

async function seedSqlite(dataDir: string, ports: ReturnType<typeof sampleRows>): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    const columns = Object.keys(ports[0]!.days[0]!.columns);
    const insertPort = store.sqlite.prepare("INSERT OR IGNORE INTO ports (code, name, created_at) VALUES (?, ?, 'bench')");
    const portId = store.sqlite.prepare('SELECT id FROM ports WHERE code = ?').pluck();
    const insertDay = store.sqlite.prepare(
      `INSERT INTO daily_records (port_id, date, ${columns.join(', ')}, revision, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ${columns.map(() => '?').join(', ')}, 1, 'bench', 'bench', 'bench', 'bench')`,
    );
    store.sqlite.transaction(() => {
      for (const p of ports) {
        insertPort.run(p.code, p.name);
        const id = portId.get(p.code);
        for (const d of p.days) insertDay.run(id, d.date, ...columns.map((c) => d.columns[c]));
      }
    })();
  } finally {
    await store.close();
  }
}

async function seedCentral(owner: string, ports: ReturnType<typeof sampleRows>): Promise<void> {
  await migrateCentral(owner);
  await registerOffice(owner, { office: 'office_bench', title: '基准', ports: ports.map(({ code, name }) => ({ code, name })) });
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    const columns = Object.keys(ports[0]!.days[0]!.columns);
    const all = ['port_code', 'date', ...columns, 'revision', 'revision_hash', 'created_at', 'created_by', 'updated_at', 'updated_by'];
    const rows = ports.flatMap((p) => p.days.map((d) => [p.code, d.date, ...columns.map((c) => d.columns[c]), 1, 'bench', 'bench', 'bench', 'bench', 'bench']));
    for (const batch of chunks(rows, 1000)) {
      const params: unknown[] = [];
      const values = batch.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
      await client.query(`INSERT INTO days (${all.join(', ')}) VALUES ${values.join(', ')}`, params);
    }
    await client.query('ANALYZE days');
  } finally {
    await client.end();
  }
}

/**
 * The dashboard's queries over 20 ports × 20 years on the central PostgreSQL (`clearance serve
 * --db`, through the same core as the office's) beside the same calls on an office's SQLite store
 * holding the same days. Both answers are compared first: a speed of a wrong answer means nothing.
 * The PostgreSQL cluster is local (a socket away); over a network each call adds its round trips.
 */
export const centralServeSuite: BenchSuite = {
  name: '中心数据库看板查询',
  async run(): Promise<BenchRow[]> {
    const cluster = await startThrowawayPostgres();
    const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-serve-'));
    const centralDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-serve-central-'));
    try {
      const ports = sampleRows();
      await seedSqlite(sqliteDir, ports);
      cluster.createDatabase('central');
      cluster.psql('CREATE ROLE clearance_office NOLOGIN; CREATE ROLE clearance_official NOLOGIN; CREATE ROLE office_bench LOGIN IN ROLE clearance_office; CREATE ROLE official_bench LOGIN IN ROLE clearance_official;');
      await seedCentral(cluster.url('central'), ports);

      const office = await openCore({ dataDir: sqliteDir, lock: false });
      const central = await openCentralAppCore({ url: cluster.url('central', 'official_bench'), dataDir: centralDir });
      try {
        const idsOf = async (core: Caller) => ((await ask(core, 'listPorts', {})) as { id: number; code: string }[]).sort((a, b) => a.code.localeCompare(b.code));
        const officeIds = (await idsOf(office)).map((p) => p.id);
        const centralIds = (await idsOf(central)).map((p) => p.id);
        const cases: { name: string; method: MethodName; input: (ids: number[]) => unknown }[] = [
          { name: `看板卡片：${COMPARED} 个口岸合计，2024 年（同比、环比）`, method: 'getDashboardKpis', input: (ids) => ({ portIds: ids.slice(0, COMPARED), period: { kind: 'year', from: '2024-01-01', to: '2024-12-31' } }) },
          { name: '看板卡片：一个口岸，2024 年 6 月', method: 'getDashboardKpis', input: (ids) => ({ portIds: [ids[0]], period: { kind: 'month', from: '2024-06-01', to: '2024-06-30' } }) },
          {
            name: `趋势：${COMPARED} 个口岸，全部 20 年按月，4 项指标，含上年同期`,
            method: 'getDashboardTrends',
            input: (ids) => ({ portIds: ids.slice(0, COMPARED), from: '2024-01-01', to: '2024-12-31', granularity: 'month', metrics: ['tradeValueYuan', 'freightKg', 'persons', 'vehicles'], lastYear: true, fromFirstRecord: true }),
          },
          {
            name: '趋势：一个口岸，全部 20 年按日（抽稀到 2,000 点）',
            method: 'getDashboardTrends',
            input: (ids) => ({ portIds: [ids[0]], from: '2024-01-01', to: '2024-12-31', granularity: 'day', metrics: ['tradeValueYuan'], lastYear: true, fromFirstRecord: true }),
          },
        ];
        const rows: BenchRow[] = [];
        for (const c of cases) {
          const onSqlite = (await ask(office, c.method, c.input(officeIds) as never)) as { ports: unknown };
          const onPg = (await ask(central, c.method, c.input(centralIds) as never)) as { ports: unknown };
          if (JSON.stringify({ ...onSqlite, ports: null }) !== JSON.stringify({ ...onPg, ports: null })) throw new Error(`${c.name}: PostgreSQL and SQLite answers differ`);
          const sqliteMs = await timeMedian(() => ask(office, c.method, c.input(officeIds) as never));
          const pgMs = await timeMedian(() => ask(central, c.method, c.input(centralIds) as never));
          // A ratio, not a time: the same machine's load weighs on both sides alike.
          rows.push({ name: `PostgreSQL ${c.name}`, ms: pgMs, baselineName: '同一查询在 SQLite', baselineMs: sqliteMs, goal: '≤ 2× SQLite', met: pgMs <= 2 * sqliteMs });
        }
        return rows;
      } finally {
        await central.close();
        await office.close();
      }
    } finally {
      cluster.stop();
      fs.rmSync(sqliteDir, { recursive: true, force: true });
      fs.rmSync(centralDir, { recursive: true, force: true });
    }
  },
};
