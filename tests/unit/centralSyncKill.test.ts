import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { openCentral } from '../../electron/core/central/centralDatabase';
import { verifyCentralAudit } from '../../electron/core/central/centralAudit';
import { SYNC_BATCH_DAYS } from '../../electron/core/central/syncReport';
import { tempCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';
import { centralDatabase, startCentralCluster } from './helpers/centralFixture';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startCentralCluster();
}, 120_000);
afterAll(() => cluster?.stop());

const ROOT = new URL('../..', import.meta.url).pathname;

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await sleep(25);
}

describe('a sync killed with SIGKILL', () => {
  it('keeps every batch it committed, and a rerun ends in the same state as an undisturbed sync', async () => {
    const urls = await centralDatabase(cluster);
    const office = await tempCore();
    const days = everyDay('2015-01-01', '2024-12-31', (_d, i) => ({ importValueYuan: 1_000_003 + i * 31, personsIn: 10 + (i % 9) }));
    await seedDays(office, 1, days);

    // A day of the fourth batch is held by an open transaction of the owner's: the sync commits
    // three batches, then waits on that row, where it is killed: a moment chosen, not timed.
    const held = days[3 * SYNC_BATCH_DAYS + 10]![0];
    const blocker = new pg.Client({ connectionString: urls.owner });
    const watcher = new pg.Client({ connectionString: urls.owner });
    await blocker.connect();
    await watcher.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO days (port_code, date, revision, revision_hash, created_at, created_by, updated_at, updated_by) VALUES ('ZHANGMU', $1, 1, 'held', 'x', 'x', 'x', 'x')`,
        [held],
      );
      // the sync holds the data folder: the office's program is closed while it runs
      await office.close();
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'sync', '--data', office.dataDir, '--to', urls.zhangmu], { cwd: ROOT, stdio: 'ignore' });
      const exited = once(child, 'exit');
      await waitFor(async () => {
        const r = await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'office_zhangmu' AND wait_event_type = 'Lock'`);
        return r.rows[0].n === 1;
      });
      child.kill('SIGKILL');
      const [, signal] = await exited;
      expect(signal).toBe('SIGKILL');
      await blocker.query('ROLLBACK');

      // what was committed before the kill is there, the batch in flight is not
      const afterKill = await watcher.query(`SELECT count(*)::int AS days, (SELECT count(*)::int FROM day_revisions) AS revisions FROM days`);
      expect(afterKill.rows[0]).toEqual({ days: 3 * SYNC_BATCH_DAYS, revisions: 3 * SYNC_BATCH_DAYS });
    } finally {
      await blocker.end();
      await watcher.end();
    }

    const reopened = await tempCore({ dataDir: office.dataDir });
    const rerun = await syncOffice(reopened.store, urls.zhangmu);
    expect(rerun.conflicts).toEqual([]);
    expect(rerun.sent.days).toBe(days.length - 3 * SYNC_BATCH_DAYS);

    // the same state as a sync that was never disturbed, into a database of its own
    const undisturbed = await centralDatabase(cluster);
    await syncOffice(reopened.store, undisturbed.zhangmu);
    const snapshot = async (url: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const q = async (text: string) => (await c.query(text)).rows;
        return {
          days: await q(`SELECT port_code, date, import_value_yuan::text, persons_in::text, revision, revision_hash, updated_by FROM days ORDER BY port_code, date`),
          revisions: await q(`SELECT port_code, date, revision, changes FROM day_revisions ORDER BY port_code, date, revision`),
          documents: await q(`SELECT office, kind, key, hash FROM office_documents ORDER BY 1, 2, 3`),
          auditIds: await q(`SELECT office, count(*)::int AS n, max(hash) AS h FROM audit_entries GROUP BY office ORDER BY office`),
        };
      } finally {
        await c.end();
      }
    };
    const a = await snapshot(urls.owner);
    expect(a.days).toHaveLength(days.length);
    expect(a).toEqual(await snapshot(undisturbed.owner));
    // the office's figures to the last 元, summed by the test itself
    expect(a.days.reduce((s, d) => s + Number(d.import_value_yuan), 0)).toBe(days.reduce((s, [, v]) => s + v.importValueYuan!, 0));

    const official = await openCentral(urls.committee);
    try {
      expect(await verifyCentralAudit(official.db, 'office_zhangmu')).toMatchObject({ ok: true });
    } finally {
      await official.close();
    }
    const again = await syncOffice(reopened.store, urls.zhangmu);
    expect(again.sent).toEqual({ days: 0, revisions: 0, documents: 0, auditEntries: 0 });
  }, 180_000);
});
