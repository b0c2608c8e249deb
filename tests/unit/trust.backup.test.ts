import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempCore, tempDir, TEST_CTX } from './helpers/tempCore';
import { hostSession, signedInAs } from './helpers/signIn';
import { backupFileName, listBackupFolder, makeBackupFile, pruneAutomaticBackups } from '../../electron/core/backup/backupFiles';
import { startBackupSchedule } from '../../electron/core/backup/scheduler';
import { openAppCore } from '../../electron/core/openAppCore';
import { openStore } from '../../electron/core/store/openStore';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { runCli } from '../../electron/cli/run';
import type { MethodOutput } from '../../shared/contract';
import { captureIo } from './helpers/captureIo';
import { personsInDay } from './helpers/dayInput';

const personsOn = (file: string, date: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT persons_in FROM daily_records WHERE date = ?').get(date) as { persons_in: number } | undefined)?.persons_in ?? null;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('uses the online backup API: a checked, self-contained file with what was committed, not what is half done', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 11));
    const folder = tempDir();
    // a write in progress on the program's own connection is not in the backup
    core.store.sqlite.exec('BEGIN IMMEDIATE');
    core.store.sqlite.prepare(`UPDATE daily_records SET persons_in = 999`).run();
    const info = await makeBackupFile(core.store.dbPath, folder, 'manual', new Date('2025-06-03T02:04:05.006Z'));
    core.store.sqlite.exec('ROLLBACK');
    expect(info).toMatchObject({ name: 'clearance-20250603-100405-006-manual.sqlite', reason: 'manual', status: 'good' });
    expect(fs.readdirSync(folder)).toEqual([info.name]); // no -wal, -shm or .partial beside it
    expect(personsOn(info.path, '2025-06-01')).toBe(11);
    const copy = new BetterSqlite3(info.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('keeps the last N automatic backups and every manual or pre-restore one', () => {
    const folder = tempDir();
    const t0 = Date.UTC(2025, 5, 1);
    const names = [
      ...Array.from({ length: 6 }, (_, i) => backupFileName(new Date(t0 + i * 3_600_000), i % 2 ? 'daily' : 'start')),
      backupFileName(new Date(t0 - 1), 'manual'),
      backupFileName(new Date(t0 - 2), 'before-restore'),
    ];
    for (const n of names) fs.writeFileSync(path.join(folder, n), 'x');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');
    const cutOff = path.join(folder, `${backupFileName(new Date(t0), 'daily')}.partial`);
    fs.writeFileSync(cutOff, 'half a backup');
    const fresh = path.join(folder, `${backupFileName(new Date(t0 + 1), 'daily')}.partial`);
    fs.writeFileSync(fresh, 'being written right now');
    fs.utimesSync(cutOff, new Date(t0), new Date(t0));
    pruneAutomaticBackups(folder, 3);
    expect(fs.existsSync(cutOff)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    const left = listBackupFolder(folder);
    expect(left.map((b) => b.reason)).toEqual(['daily', 'start', 'daily', 'manual', 'before-restore']);
    expect(fs.existsSync(path.join(folder, 'notes.txt'))).toBe(true);
  });

  it('an automatic backup that cannot reach the chosen folder goes to the default one and says so', async () => {
    const core = await tempCore();
    const usb = path.join(tempDir(), 'usb');
    await core.ok('updateTrustSettings', { backupFolder: usb, backupKeep: 2 });
    fs.rmSync(usb, { recursive: true });
    fs.writeFileSync(usb, 'the stick is gone; a file stands where the folder was');
    const info = await core.automaticBackup('daily');
    expect(info?.folder).toBe(path.join(core.dataDir, 'backups'));
    const listing = await core.ok('listBackups', undefined);
    expect(listing.lastAutomatic).toMatchObject({ ok: false, message: expect.stringContaining('已改为备份到默认文件夹') });
    for (let i = 0; i < 3; i++) await core.automaticBackup('daily');
    expect(listBackupFolder(path.join(core.dataDir, 'backups'))).toHaveLength(2);
  });

  it('the backup folder must be a full path the program can write to; it is remembered beside the store', async () => {
    const core = await tempCore();
    const relative = await core.call('updateTrustSettings', { backupFolder: 'backups-here' }, TEST_CTX);
    expect(relative).toMatchObject({ ok: false, error: { fieldErrors: { backupFolder: expect.stringContaining('完整的文件夹路径') } } });
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const unwritable = await core.call('updateTrustSettings', { backupFolder: path.join(blocker, 'sub') }, TEST_CTX);
    expect(unwritable).toMatchObject({ ok: false, error: { message: expect.stringContaining('无法写入该文件夹') } });
    const good = path.join(tempDir(), 'USB', '口岸数据备份');
    expect(await core.ok('updateTrustSettings', { backupFolder: good, lockMinutes: 30 })).toMatchObject({ backupFolder: good, lockMinutes: 30 });
    expect(JSON.parse(fs.readFileSync(path.join(core.dataDir, 'backup-location.json'), 'utf8'))).toEqual({ folder: good });
    const entry = core.store.sqlite.prepare(`SELECT changes FROM audit_log WHERE action = 'updateTrustSettings'`).get() as { changes: string };
    expect(JSON.parse(entry.changes).counts).toEqual({ trust_settings: { insert: 2, update: 0, delete: 0 } });
  });
});

describe('restore', () => {
  it('restores a listed backup after backing up the current state, and records it in the restored log', async () => {
    const core = await tempCore();
    const admin = await signedInAs(core, 'admin', 'boss');
    await core.ok('saveDay', personsInDay('2025-06-01', 100));
    const backup = await core.ok('createBackup', undefined);
    await core.ok('saveDay', personsInDay('2025-06-01', 200, 1));

    const r = await core.call('restoreBackup', { path: backup.path }, admin);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { safetyBackup } = r.value as MethodOutput<'restoreBackup'>;
    expect(safetyBackup?.reason).toBe('before-restore');
    expect(personsOn(safetyBackup!.path, '2025-06-01')).toBe(200);
    expect((await core.ok('getDay', { portId: 1, date: '2025-06-01' }))?.values.personsIn).toBe(100);
    // everyone signs in again (the restored store has its own accounts)
    expect(await core.call('listPorts', undefined, admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const log = await core.ok('listAuditLog', { filter: { action: 'restoreBackup' } });
    expect(log.entries[0]).toMatchObject({ userName: 'admin用户', changes: { notes: [expect.stringContaining(backup.path), expect.stringContaining(safetyBackup!.path)] } });
    expect((await core.ok('verifyAuditLog', undefined)).ok).toBe(true);
    expect(fs.readdirSync(core.dataDir).filter((f) => f.includes('replaced'))).toEqual([]);
  });

  it('refuses a path that is not a listed backup, and a damaged backup, changing nothing', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 100));
    const elsewhere = path.join(tempDir(), 'x.sqlite');
    fs.copyFileSync(core.store.dbPath, elsewhere);
    expect(await core.call('restoreBackup', { path: elsewhere }, { actor: null, host: 'http' })).toMatchObject({ ok: false });
    const admin = await signedInAs(core, 'admin');
    expect(await core.call('restoreBackup', { path: elsewhere }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('restoreBackup', { path: '../../etc/passwd' }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const backup = await core.ok('createBackup', undefined);
    fs.writeFileSync(backup.path, 'garbage instead of a database');
    const bad = await core.call('restoreBackup', { path: backup.path }, admin);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('不能用这份备份恢复') } });
    expect((await core.ok('getDay', { portId: 1, date: '2025-06-01' }))?.values.personsIn).toBe(100);
    expect(listBackupFolder(path.join(core.dataDir, 'backups')).filter((b) => b.reason === 'before-restore')).toEqual([]);
  });

  it('`clearance backup` and `clearance restore` (which asks for --yes)', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 100));
    const dataDir = core.dataDir;
    await core.close();

    const made = captureIo();
    expect(await runCli(['backup', '--data', dataDir], made)).toBe(0);
    const file = /已备份到：(.+)$/.exec(made.text())![1]!;
    expect(personsOn(file, '2025-06-01')).toBe(100);
    const usb = tempDir();
    expect(await runCli(['backup', '--data', dataDir, '--to', usb], captureIo())).toBe(0);
    expect(fs.readdirSync(usb)).toHaveLength(1);
    const listed = captureIo();
    expect(await runCli(['backup', '--data', dataDir, '--list'], listed)).toBe(0);
    expect(listed.text()).toContain(file);

    const again = await tempCore({ dataDir });
    await again.ok('saveDay', personsInDay('2025-06-01', 300, 1));
    await again.close();

    const unconfirmed = captureIo();
    expect(await runCli(['restore', file, '--data', dataDir], unconfirmed)).toBe(2);
    expect(unconfirmed.text()).toContain('--yes');
    expect(personsOn(path.join(dataDir, DB_FILE_NAME), '2025-06-01')).toBe(300);

    const restored = captureIo();
    expect(await runCli(['restore', file, '--data', dataDir, '--yes'], restored)).toBe(0);
    expect(restored.text()).toMatch(/恢复前的数据已备份为：.+before-restore\.sqlite/);
    expect(personsOn(path.join(dataDir, DB_FILE_NAME), '2025-06-01')).toBe(100);

    const notABackup = path.join(usb, 'not.sqlite');
    fs.writeFileSync(notABackup, 'nope');
    expect(await runCli(['restore', notABackup, '--data', dataDir, '--yes'], captureIo())).toBe(1);
  });
});

describe('integrity at start', () => {
  async function storeWithBackup() {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 42));
    const backup = await core.automaticBackup('quit');
    const dataDir = core.dataDir;
    await core.close();
    return { dataDir, backup: backup!, dbPath: path.join(dataDir, DB_FILE_NAME) };
  }

  it('a page of the store overwritten: the quick check at start refuses it', async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    store.sqlite.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT)');
    const insert = store.sqlite.prepare('INSERT INTO filler (t) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    await store.close();
    const file = path.join(dataDir, DB_FILE_NAME);
    const pageSize = 4096;
    const pages = fs.statSync(file).size / pageSize;
    const fd = fs.openSync(file, 'r+');
    for (let p = Math.floor(pages / 2); p < Math.floor(pages / 2) + 3; p++) fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, p * pageSize);
    fs.closeSync(fd);
    await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'STORE_DAMAGED' });
  });

  it('a damaged store starts in recovery: it says so, offers the newest good backup, and restores it', async () => {
    const { dataDir, backup, dbPath } = await storeWithBackup();
    const older = path.join(path.dirname(backup.path), backupFileName(new Date(Date.parse(backup.at) - 60_000), 'daily'));
    fs.writeFileSync(older, 'an older backup that is itself broken');
    const newerBroken = path.join(path.dirname(backup.path), backupFileName(new Date(Date.parse(backup.at) + 60_000), 'daily'));
    fs.writeFileSync(newerBroken, 'the newest backup is broken too');
    fs.writeFileSync(dbPath, Buffer.from('garbage where the header was'));

    const app = await openAppCore({ dataDir });
    expect(app.mode).toBe('recovery');
    const web = { actor: null, host: 'http' as const, session: hostSession() };
    expect((await app.call('unlockRecovery', { token: app.recoveryToken! }, web)).ok).toBe(true);
    const state = await app.call('getAuthState', undefined, web);
    expect(state).toMatchObject({ ok: true, value: { mode: 'recovery', problem: expect.stringContaining('数据文件已损坏') } });
    if (!state.ok || state.value === null || (state.value as { mode: string }).mode !== 'recovery') return;
    const offered = (state.value as { backups: { path: string; status: string }[] }).backups;
    expect(offered.map((b) => b.status)).toEqual(['bad', 'good', 'bad']);
    expect(offered.find((b) => b.status === 'good')?.path).toBe(backup.path);
    expect(await app.call('listPorts', undefined, web)).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });
    expect(await app.call('restoreBackup', { path: newerBroken }, web)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.automaticBackup('daily')).toBeNull(); // never back up a damaged store over good backups

    expect((await app.call('restoreBackup', { path: backup.path }, web)).ok).toBe(true);
    expect(app.mode).toBe('normal');
    expect(await app.call('getAuthState', undefined, web)).toMatchObject({ ok: true, value: { mode: 'normal' } });
    expect(await app.call('getDay', { portId: 1, date: '2025-06-01' }, TEST_CTX)).toMatchObject({ ok: true, value: { values: { personsIn: 42 } } });
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE_NAME}.damaged-`))).toHaveLength(1);
    await app.close();
  });
});

describe('automatic backup schedule', () => {
  it('backs up on start, once a day while running, and on quit; not in recovery', async () => {
    const reasons: string[] = [];
    let now = Date.UTC(2025, 5, 1);
    const core = { automaticBackup: async (reason: string) => (reasons.push(reason), { path: reason } as never) };
    const schedule = startBackupSchedule(core, { now: () => new Date(now), checkEveryMs: 5, intervalMs: 1000 });
    await new Promise((r) => setTimeout(r, 40));
    expect(reasons).toEqual(['start']);
    now += 1000;
    await new Promise((r) => setTimeout(r, 40));
    expect(reasons).toEqual(['start', 'daily']);
    await schedule.stop();
    expect(reasons).toEqual(['start', 'daily', 'quit']);

    const none: string[] = [];
    const recovering = { mode: 'recovery', automaticBackup: async (r: string) => (none.push(r), null) };
    await startBackupSchedule(recovering, { checkEveryMs: 5 }).stop();
    expect(none).toEqual([]);
  });
});
