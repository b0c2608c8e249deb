import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCore, tempDir } from './helpers/tempCore';
import { openAppCore } from '../../electron/core/openAppCore';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { listBackupFolder, makeBackupFile, pruneAutomaticBackups } from '../../electron/core/backup/backupFiles';
import { runCli } from '../../electron/cli/run';
import { captureIo } from './helpers/captureIo';
import { personsInDay } from './helpers/dayInput';

const ADMIN = { username: 'boss', displayName: '站长', password: 'Zhangmu-port-2025!' };

describe('an empty or missing store beside backups is damage, not a fresh install', () => {
  async function storeWithBackups() {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 42));
    const backup = (await core.automaticBackup('quit'))!;
    await core.close();
    return { dataDir: core.dataDir, backup, dbPath: path.join(core.dataDir, DB_FILE_NAME) };
  }

  for (const how of ['0 bytes', 'deleted'] as const) {
    it(`a store file ${how} with backups beside it opens in recovery, never as a first run`, async () => {
      const { dataDir, backup, dbPath } = await storeWithBackups();
      for (const ext of ['-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
      if (how === '0 bytes') fs.writeFileSync(dbPath, '');
      else fs.rmSync(dbPath);

      const app = await openAppCore({ dataDir });
      try {
        expect(app.mode).toBe('recovery');
        const desk = { actor: null, host: 'ipc' as const };
        const state = await app.call('getAuthState', undefined, desk);
        expect(state).toMatchObject({ ok: true, value: { mode: 'recovery', problem: expect.stringContaining(how === '0 bytes' ? '是空文件（0 字节）' : '不存在'), tokenRequired: false } });
        // nobody can create an administrator in an empty store
        expect(await app.call('createFirstAdmin', ADMIN, desk)).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });
        expect(await app.automaticBackup('start')).toBeNull();
        expect((await app.call('restoreBackup', { path: backup.path }, desk)).ok).toBe(true);
        expect(await app.call('getDay', { portId: 1, date: '2025-06-01' }, { actor: null, host: 'test' })).toMatchObject({ ok: true, value: { values: { personsIn: 42 } } });
      } finally {
        await app.close();
      }
      // the CLI's writing commands refuse too, with the same reason
      const io = captureIo();
      fs.writeFileSync(dbPath, '');
      for (const ext of ['-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
      expect(await runCli(['demo', '--data', dataDir], io)).toBe(1);
      expect(io.text()).toContain('数据文件可能被删除或损坏');
    });
  }

  it('a first run in an empty folder (no backups) is still a first run', async () => {
    const app = await openAppCore({ dataDir: tempDir() });
    try {
      expect(app.mode).toBe('normal');
      expect(await app.call('getAuthState', undefined, { actor: null, host: 'ipc' })).toMatchObject({ ok: true, value: { needsSetup: true } });
    } finally {
      await app.close();
    }
  });
});

describe('recovery over HTTP needs the one-time token from the console', () => {
  it('lists and restores nothing without it; the token works once; the desktop window needs none', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-01', 7));
    const backup = (await core.automaticBackup('quit'))!;
    await core.close();
    fs.writeFileSync(path.join(core.dataDir, DB_FILE_NAME), 'garbage where the header was');

    const app = await openAppCore({ dataDir: core.dataDir });
    try {
      const token = app.recoveryToken!;
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      const session = () => {
        const s = { id: null as string | null, set: (id: string | null) => void (s.id = id) };
        return s;
      };
      const stranger = { actor: null, host: 'http' as const, session: session() };
      expect(await app.call('getAuthState', undefined, stranger)).toMatchObject({ ok: true, value: { mode: 'recovery', backups: [], tokenRequired: true } });
      expect(await app.call('restoreBackup', { path: backup.path }, stranger)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await app.call('unlockRecovery', { token: '0'.repeat(32) }, stranger)).toMatchObject({ ok: false, error: { message: '恢复口令不正确' } });

      const desk = await app.call('getAuthState', undefined, { actor: null, host: 'ipc' });
      expect(desk).toMatchObject({ ok: true, value: { tokenRequired: false, backups: [expect.objectContaining({ path: backup.path })] } });

      const owner = { actor: null, host: 'http' as const, session: session() };
      expect(await app.call('unlockRecovery', { token }, owner)).toMatchObject({ ok: true });
      expect(app.recoveryToken).toBeNull();
      expect(await app.call('unlockRecovery', { token }, stranger)).toMatchObject({ ok: false, error: { message: expect.stringContaining('已经用过') } });
      expect(await app.call('getAuthState', undefined, stranger)).toMatchObject({ ok: true, value: { backups: [], tokenRequired: true } });
      expect(await app.call('getAuthState', undefined, owner)).toMatchObject({ ok: true, value: { tokenRequired: false, backups: [expect.objectContaining({ path: backup.path })] } });
      expect((await app.call('restoreBackup', { path: backup.path }, owner)).ok).toBe(true);
      expect(app.mode).toBe('normal');
    } finally {
      await app.close();
    }
  });
});

describe('automatic backups never rotate out the last backup that holds data', () => {
  it('a store emptied by mistake keeps making backups; the last one of the real data stays', async () => {
    const folder = tempDir();
    const t0 = Date.UTC(2025, 5, 1);
    const real = await tempCore();
    await real.ok('saveDay', personsInDay('2025-06-01', 42));
    const good = await makeBackupFile(real.store.dbPath, folder, 'daily', new Date(t0));
    const empty = await tempCore();
    for (let i = 1; i <= 4; i++) await makeBackupFile(empty.store.dbPath, folder, 'daily', new Date(t0 + i * 86_400_000));

    const removed = pruneAutomaticBackups(folder, 2, new Date(t0 + 5 * 86_400_000));
    const left = listBackupFolder(folder).map((b) => b.path);
    // naive: the newest two, plus the one with data that would otherwise go
    expect(left).toHaveLength(3);
    expect(left).toContain(good.path);
    expect(removed).toHaveLength(2);
    expect(removed).not.toContain(good.path);

    // once a newer backup holds data again, the old one is pruned as usual
    await real.ok('saveDay', personsInDay('2025-06-02', 43));
    await makeBackupFile(real.store.dbPath, folder, 'daily', new Date(t0 + 6 * 86_400_000));
    pruneAutomaticBackups(folder, 2, new Date(t0 + 6 * 86_400_000));
    expect(listBackupFolder(folder).map((b) => b.path)).not.toContain(good.path);
    expect(listBackupFolder(folder)).toHaveLength(2);
  });
});
