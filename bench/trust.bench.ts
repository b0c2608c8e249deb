import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/openCore';
import { verifyAuditChain, appendAuditEntry } from '../electron/core/audit/auditLog';
import { makeBackupFile } from '../electron/core/backup/backupFiles';
import type { CallContext } from '../electron/core/types';
import { addDays } from '../shared/domain/dates';
import { emptyDayValues } from '../shared/domain/dailyFields';
import { timeMedian, type BenchSuite } from './harness';

const values = (i: number) => ({ ...emptyDayValues(), personsIn: 1000 + (i % 500), importFreightKg: 100_000 + i, portOpen: true, openCentihours: 1000 });

/**
 * What trust costs: a save through dispatch (role check, one transaction, the audit entry with every
 * changed row) against the same handler called bare; checking a long audit chain against only reading
 * it; an online backup of ten years of days against a plain file copy; a sign-in against bare scrypt.
 */
export const trustSuite: BenchSuite = {
  name: '账户、审计与备份',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-trust-'));
    const core = await openCore({ dataDir: dir });
    const session = { id: null as string | null, set(id: string | null) { session.id = id; } };
    const ctx: CallContext = { actor: null, host: 'http', session };
    await core.call('createFirstAdmin', { username: 'bench', displayName: '基准', password: 'bench-password' }, ctx);

    let n = 0;
    const save = (through: 'dispatch' | 'bare') => async () => {
      const i = n++;
      const input = { portId: 1, date: addDays('2000-01-01', i), values: values(i), expectedRevision: null, confirmWarnings: true };
      if (through === 'dispatch') {
        const r = await core.call('saveDay', input, ctx);
        if (!r.ok) throw new Error(r.error.message);
      } else {
        await core.handlers.saveDay.call(core.handlers, input, { ...ctx, actor: '基准' });
      }
    };
    const saveMs = await timeMedian(save('dispatch'), 21, 3);
    const bareSaveMs = await timeMedian(save('bare'), 21, 3);

    // ten years of days, then a long audit log
    const days = Array.from({ length: 3650 }, (_, i) => ({ date: addDays('2010-01-01', i), values: values(i) }));
    for (let i = 0; i < days.length; i += 365) {
      const r = await core.call('saveDays', { portId: 1, days: days.slice(i, i + 365), source: 'grid', confirmWarnings: true }, ctx);
      if (!r.ok) throw new Error(r.error.message);
    }
    const sqlite = core.store.sqlite;
    sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        appendAuditEntry(sqlite, {
          at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
          userId: 1,
          userName: '基准',
          username: 'bench',
          role: 'clerk',
          host: 'http',
          action: 'saveDay',
          input: { portId: 1, date: addDays('2020-01-01', i % 3000), values: values(i) },
          changes: { rows: [{ table: 'daily_records', op: 'update', before: { persons_in: i }, after: { persons_in: i + 1 } }], counts: { daily_records: { insert: 0, update: 1, delete: 0 } }, truncated: false, notes: [] },
        });
      }
    })();
    const entries = verifyAuditChain(sqlite).entries;
    const verifyMs = await timeMedian(() => verifyAuditChain(sqlite), 5);
    const readMs = await timeMedian(() => {
      for (const _ of sqlite.prepare('SELECT * FROM audit_log ORDER BY id').iterate()) void _;
    }, 5);

    const backups = path.join(dir, 'b');
    const backupMs = await timeMedian(() => makeBackupFile(core.store.dbPath, backups, 'manual', new Date()), 5);
    const sizeMb = fs.statSync(core.store.dbPath).size / 1024 / 1024;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const copyMs = await timeMedian(() => fs.copyFileSync(core.store.dbPath, path.join(dir, 'copy.sqlite')), 5);

    const loginMs = await timeMedian(async () => {
      const r = await core.call('login', { username: 'bench', password: 'bench-password' }, ctx);
      if (!r.ok) throw new Error(r.error.message);
    }, 7);
    const scryptMs = await timeMedian(() => new Promise((resolve) => crypto.scrypt('bench-password', crypto.randomBytes(16), 32, { N: 16384, r: 8, p: 1 }, resolve)), 7);

    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return [
      { name: '保存一天（经 dispatch：角色检查、事务、审计）', ms: saveMs, baselineName: '直接调用处理函数', baselineMs: bareSaveMs, goal: '< 50 ms', met: saveMs < 50 },
      { name: `校验审计日志 ${entries} 条`, ms: verifyMs, baselineName: '只读出全部条目', baselineMs: readMs, goal: '< 1000 ms', met: verifyMs < 1000 },
      { name: `在线备份 ${sizeMb.toFixed(1)} MB（十年每日数据 + 审计日志）`, ms: backupMs, baselineName: '复制文件', baselineMs: copyMs, goal: '< 2000 ms', met: backupMs < 2000 },
      { name: '登录（scrypt N=16384）', ms: loginMs, baselineName: '单次 scrypt', baselineMs: scryptMs, goal: '20–500 ms', met: loginMs >= 20 && loginMs < 500 },
    ];
  },
};
