import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openCore } from '../electron/core/openCore';
import { writeDays } from '../electron/core/services/days/dayWriter';
import { openStore } from '../electron/core/store/openStore';
import { migrateCentral } from '../electron/core/central/centralDatabase';
import { registerOffice } from '../electron/core/central/registerOffice';
import { syncOffice } from '../electron/core/central/syncOffice';
import { DAY_COLUMNS, readLocalDays, revisionHashes, toCentralDay } from '../electron/core/central/dayHistory';
import { chunks } from '../electron/core/services/days/dayWriter';
import { startThrowawayPostgres } from '../tests/unit/helpers/throwawayPostgres';
import { sampleDays } from './support/sampleYears';
import { collectGarbage, type BenchRow, type BenchSuite } from './harness';

const PORTS = 20;
const FROM = '2015-01-01';
const TO = '2024-12-31';

/** An office store with 20 ports × 10 years, written through the one day writer. */
async function seedOffice(dataDir: string): Promise<{ code: string; name: string }[]> {
  const core = await openCore({ dataDir });
  const ports = [{ id: 1, code: 'ZHANGMU', name: '樟木口岸' }];
  try {
    for (let i = 2; i <= PORTS; i++) {
      const r = await core.call('createPort', { name: `口岸${i}`, code: `P${String(i).padStart(2, '0')}` }, { actor: null, host: 'cli' });
      if (!r.ok) throw new Error(r.error.message);
      ports.push(r.value as { id: number; code: string; name: string });
    }
    for (const [i, port] of ports.entries()) {
      const days = sampleDays(FROM, TO, i % 3);
      for (let j = 0; j < days.length; j += 366) {
        await writeDays(core.store, { portId: port.id, days: days.slice(j, j + 366), actor: 'bench', source: 'import', now: new Date() });
      }
    }
    return ports.map(({ code, name }) => ({ code, name }));
  } finally {
    await core.close();
  }
}

/**
 * The central sync of one office with 20 ports × 10 years (73,050 days): the first sync sends
 * everything, the second finds nothing to send. The baseline is the same days' rows inserted bare,
 * in the same batches, into a table of the same shape without revisions, hashes or checks.
 */
export const centralSyncSuite: BenchSuite = {
  name: '中心数据库同步',
  async run(): Promise<BenchRow[]> {
    const cluster = await startThrowawayPostgres();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-sync-'));
    try {
      const ports = await seedOffice(dataDir);
      cluster.createDatabase('central');
      const owner = cluster.url('central');
      await migrateCentral(owner);
      cluster.psql('CREATE ROLE office_bench LOGIN IN ROLE clearance_office');
      await registerOffice(owner, { office: 'office_bench', title: '基准', ports });

      const store = await openStore({ dataDir });
      const office = cluster.url('central', 'office_bench');
      try {
        // baseline: the days alone, bare
        const client = new pg.Client({ connectionString: owner });
        await client.connect();
        await client.query('CREATE TABLE bare (LIKE days)');
        const portIds = (store.sqlite.prepare('SELECT id, code FROM ports ORDER BY id').all() as { id: number; code: string }[]);
        const rows = portIds.flatMap((p) => readLocalDays(store, p.id).map((d) => toCentralDay(p.code, d, revisionHashes(p.code, d.day.date, d.revisions).at(-1)!)));
        const columns = ['port_code', 'date', ...DAY_COLUMNS, 'revision_hash'] as const;
        collectGarbage();
        let t0 = performance.now();
        for (const batch of chunks(rows, 500)) {
          const params: unknown[] = [];
          const values = batch.map((r) => `(${columns.map((c) => (params.push(r[c as keyof typeof r]), `$${params.length}`)).join(', ')})`);
          await client.query(`INSERT INTO bare (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
        }
        const bareMs = performance.now() - t0;
        await client.end();

        collectGarbage();
        t0 = performance.now();
        const first = await syncOffice(store, office);
        const firstMs = performance.now() - t0;
        if (first.sent.days !== rows.length || first.conflicts.length) throw new Error(`first sync sent ${first.sent.days} of ${rows.length} days`);
        collectGarbage();
        t0 = performance.now();
        const second = await syncOffice(store, office);
        const secondMs = performance.now() - t0;
        if (second.sent.days !== 0) throw new Error('second sync sent days');
        return [
          { name: `首次同步 ${PORTS} 个口岸 × 10 年（${rows.length} 天及其修改记录）`, ms: firstMs, baselineName: '同样的行直接插入', baselineMs: bareMs, goal: '< 60 s', met: firstMs < 60_000 },
          { name: '再次同步（无新数据）', ms: secondMs, goal: '< 5 s', met: secondMs < 5_000 },
        ];
      } finally {
        await store.close();
      }
    } finally {
      cluster.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
