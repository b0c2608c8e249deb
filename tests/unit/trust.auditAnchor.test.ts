import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { hostSession, signedInAs, TEST_PASSWORD } from './helpers/signIn';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { AUDIT_HEAD_FILE } from '../../electron/core/audit/auditAnchor';
import { entryHash, verifyAuditChain } from '../../electron/core/audit/auditLog';
import { runCli } from '../../electron/cli/run';
import { captureIo } from './helpers/captureIo';
import { personsInDay } from './helpers/dayInput';

async function check(dataDir: string): Promise<{ code: number; text: string }> {
  const io = captureIo();
  const code = await runCli(['check', '--data', dataDir], io);
  return { code, text: io.text() };
}

/** Opens the closed store file as someone with a SQLite tool would. */
function tamper<T>(dataDir: string, edit: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path.join(dataDir, DB_FILE_NAME));
  try {
    return edit(db);
  } finally {
    db.close();
  }
}

describe('the audit head outside the store', () => {
  it('each backup writes its head to the sidecar; a tail cut off with an earlier hash copied into the head row is reported', async () => {
    const core = await tempCore();
    for (let i = 1; i <= 5; i++) await core.ok('saveDay', personsInDay(`2025-06-0${i}`, i * 10));
    const backup = (await core.automaticBackup('daily'))!;
    const dataDir = core.dataDir;
    await core.close();

    // naive: the head is the last entry of the log as it was at the backup
    const last = tamper(dataDir, (db) => db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string });
    const sidecar = JSON.parse(fs.readFileSync(path.join(path.dirname(backup.path), AUDIT_HEAD_FILE), 'utf8'));
    expect(sidecar).toMatchObject({ lastId: last.id, lastHash: last.hash, backup: backup.name });
    expect(await check(dataDir)).toMatchObject({ code: 0 });

    // the attack: the last two entries cut off and the head row pointed at the one before them
    tamper(dataDir, (db) => {
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(last.id - 2);
      const kept = db.prepare('SELECT id, hash FROM audit_log WHERE id = ?').get(last.id - 2) as { id: number; hash: string };
      db.prepare('UPDATE audit_head SET last_id = ?, last_hash = ?').run(kept.id, kept.hash);
      expect(verifyAuditChain(db).ok).toBe(true); // the chain inside the file cannot see it
    });
    const result = await check(dataDir);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`审计日志末尾被截掉`);
    expect(result.text).toContain(`已有 ${last.id} 条，现在只有 ${last.id - 2} 条`);
  });

  it('a tail rewritten after the cut (same count, other hashes) is reported too', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 1));
    await core.ok('saveDay', personsInDay('2025-06-02', 2));
    await core.automaticBackup('daily');
    const dataDir = core.dataDir;
    await core.close();
    // the last entry rewritten and its hash recomputed, the head row moved along: the chain is whole again
    tamper(dataDir, (db) => {
      const lastRow = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as Parameters<typeof entryHash>[0] & { hash: string };
      const forged = { ...lastRow, input: '{"forged":true}' };
      const hash = entryHash(forged);
      db.prepare('UPDATE audit_log SET input = ?, hash = ? WHERE id = ?').run(forged.input, hash, forged.id);
      db.prepare('UPDATE audit_head SET last_hash = ?').run(hash);
      expect(verifyAuditChain(db).ok).toBe(true);
    });
    const result = await check(dataDir);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/审计日志第 \d+ 条与.*不一致/);
  });

  it('a restore takes the log back legitimately: check stays ok', async () => {
    const core = await tempCore();
    const admin = await signedInAs(core, 'admin', 'boss');
    await core.ok('saveDay', personsInDay('2025-06-01', 1));
    const older = await core.ok('createBackup', undefined);
    await core.ok('saveDay', personsInDay('2025-06-02', 2));
    await core.ok('saveDay', personsInDay('2025-06-03', 3));
    await core.automaticBackup('daily');
    expect((await core.call('restoreBackup', { path: older.path }, admin)).ok).toBe(true);
    const dataDir = core.dataDir;
    await core.close();
    const result = await check(dataDir);
    expect(result.text).not.toContain('对不上');
    expect(result.code).toBe(0);
  });
});

describe('`clearance check` replays the log against the audited tables', () => {
  async function usedStore() {
    const core = await tempCore();
    const clerk = await signedInAs(core, 'clerk', 'wang');
    await core.ok('saveDay', personsInDay('2025-06-01', 100));
    await core.ok('saveDay', personsInDay('2025-06-01', 120, 1));
    await core.ok('saveDay', personsInDay('2025-06-02', 200));
    await core.call('logout', undefined, clerk);
    // a sign-in changes last_login_at outside any audited write: not an edit behind the program's back
    expect((await core.call('login', { username: 'wang', password: TEST_PASSWORD }, { actor: null, host: 'http', session: hostSession() })).ok).toBe(true);
    await core.ok('changeOwnPassword', { currentPassword: TEST_PASSWORD, newPassword: 'Nyalam-bridge-1962' }, clerk).catch(() => undefined);
    await core.ok('addRegionalDays', { portId: null, from: '2025-06-03', to: '2025-06-03', type: 'regionalHoliday', name: '县庆', source: '' });
    const dataDir = core.dataDir;
    await core.close();
    return dataDir;
  }

  it('ordinary use is ok', async () => {
    const result = await check(await usedStore());
    expect(result.text).not.toContain('对不上');
    expect(result.code).toBe(0);
  });

  it('names a day, a role, a calendar entry and a user changed with a SQLite tool', async () => {
    const dataDir = await usedStore();
    const ids = tamper(dataDir, (db) => {
      db.prepare(`UPDATE daily_records SET persons_in = 999 WHERE date = '2025-06-01'`).run();
      db.prepare(`UPDATE users SET role = 'admin' WHERE username = 'wang'`).run();
      db.prepare(`DELETE FROM regional_days WHERE name = '县庆'`).run();
      const added = db
        .prepare(`INSERT INTO users (username, display_name, role, password, created_at, updated_at) VALUES ('mole', '内鬼', 'admin', 'x', '2025-06-01', '2025-06-01')`)
        .run();
      return { day: (db.prepare(`SELECT id FROM daily_records WHERE date = '2025-06-01'`).get() as { id: number }).id, mole: Number(added.lastInsertRowid) };
    });
    const result = await check(dataDir);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`每日数据第 ${ids.day} 行（daily_records，2025-06-01）与审计日志不符（persons_in：日志中为 120，文件中为 999）`);
    expect(result.text).toMatch(/账户（含角色）第 \d+ 行（users，wang）与审计日志不符（role：日志中为 "clerk"，文件中为 "admin"）/);
    expect(result.text).toMatch(/节假日日历第 \d+ 行（regional_days，2025-06-03）不见了/);
    expect(result.text).toContain(`账户（含角色）第 ${ids.mole} 行（users，mole）不在审计日志中`);
    // the chain itself is intact: only the replay sees these
    expect(result.text).not.toContain('审计日志被改动过');
  });

  it('TEST_CTX calls are audited like any other (the replay has nothing to report)', async () => {
    const core = await tempCore();
    await core.call('createUser', { username: 'zhao', displayName: '赵', role: 'viewer', password: 'Nyalam-bridge-1962' }, TEST_CTX);
    const dataDir = core.dataDir;
    await core.close();
    expect((await check(dataDir)).code).toBe(0);
  });
});
