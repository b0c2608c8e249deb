import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tempCore';
import { startHost, type RunningHost } from '../e2e/support/webHost';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { verifyAuditChain } from '../../electron/core/audit/auditLog';
import { addDays } from '../../shared/domain/dates';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const ROUNDS = 4;
const WRITERS = 3;
const ADMIN = { username: 'admin', displayName: '管理员', password: 'crash-test-pw' };

async function post(host: RunningHost, method: string, input: unknown, cookie?: string) {
  const res = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean }, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety', () => {
  it(
    `every save that was acknowledged survives SIGKILL at a random moment (${ROUNDS} rounds), and the store stays intact`,
    async () => {
      const dataDir = tempDir('clearance-crash-');
      const dbPath = path.join(dataDir, DB_FILE_NAME);
      const acknowledged = new Map<string, number>();
      let next = 0;
      const report: string[] = [];

      for (let round = 0; round < ROUNDS; round++) {
        const host = await startHost(dataDir);
        const signIn = round === 0 ? await post(host, 'createFirstAdmin', ADMIN) : await post(host, 'login', ADMIN);
        expect(signIn.body.ok, `sign-in in round ${round}`).toBe(true);
        const cookie = signIn.cookie!;

        let killed = false;
        let sent = 0;
        const writers = Array.from({ length: WRITERS }, async () => {
          while (!killed) {
            const i = next++;
            const date = addDays('2000-01-01', i);
            const personsIn = i + 1;
            sent++;
            try {
              const r = await post(host, 'saveDay', { portId: 1, date, values: { ...emptyDayValues(), personsIn }, expectedRevision: null, confirmWarnings: true }, cookie);
              if (r.status === 200 && r.body.ok) acknowledged.set(date, personsIn);
              else if (!killed) throw new Error(`save refused: ${JSON.stringify(r.body)}`);
            } catch (e) {
              if (!killed) throw e;
            }
          }
        });
        const killAfter = 50 + Math.floor(Math.random() * 600);
        await sleep(killAfter);
        const exited = new Promise((r) => host.process.once('exit', r));
        killed = true;
        host.process.kill('SIGKILL');
        await Promise.all(writers);
        await exited;
        report.push(`第 ${round + 1} 轮：${killAfter} ms 后 SIGKILL，发出 ${sent} 次保存，累计确认 ${acknowledged.size} 次`);

        // What is on disk after the kill, read directly (as the next start will).
        const db = new BetterSqlite3(dbPath);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const rows = new Map((db.prepare('SELECT date, persons_in FROM daily_records').all() as { date: string; persons_in: number }[]).map((r) => [r.date, r.persons_in]));
          for (const [date, personsIn] of acknowledged) expect(rows.get(date), `acknowledged save of ${date}`).toBe(personsIn);
          // each save and its audit entry were committed together: never one without the other
          const audited = db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'saveDay'`).get() as { n: number };
          expect(audited.n).toBe(rows.size);
          expect(verifyAuditChain(db)).toMatchObject({ ok: true });
        } finally {
          db.close();
        }
      }
      expect(acknowledged.size).toBeGreaterThan(ROUNDS);
      console.info(report.join('\n'));
    },
    180_000,
  );
});
