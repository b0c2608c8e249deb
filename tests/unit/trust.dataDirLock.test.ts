import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempCore, tempDir } from './helpers/tempCore';
import { openCore } from '../../electron/core/openCore';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { LOCK_HOLDER_FILE_NAME } from '../../electron/core/store/dataDirLock';
import { runCli } from '../../electron/cli/run';
import { startHost, type RunningHost } from '../e2e/support/webHost';
import { captureIo } from './helpers/captureIo';
import { personsInDay } from './helpers/dayInput';

const personsOn = (dataDir: string, date: string): number | null => {
  const db = new BetterSqlite3(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return (db.prepare('SELECT persons_in FROM daily_records WHERE date = ?').get(date) as { persons_in: number } | undefined)?.persons_in ?? null;
  } finally {
    db.close();
  }
};

/** A browser-host client: the real host's HTTP API with its session cookie, as a browser sends it. */
function httpClient(host: RunningHost) {
  let cookie = '';
  return async (method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> => {
    const res = await fetch(`${host.url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return (await res.json()) as { ok: boolean };
  };
}

const ADMIN = { username: 'boss', displayName: '站长', password: 'Zhangmu-port-2025!' };

async function runningHostWithAdmin(dataDir?: string) {
  const host = await startHost(dataDir);
  const api = httpClient(host);
  expect(await api('createFirstAdmin', ADMIN)).toMatchObject({ ok: true });
  return { host, api };
}

// Real browser hosts as child processes: each takes seconds to start on a busy machine.
const HOSTS_TIMEOUT = 90_000;

describe('one process per data folder', () => {
  it('a second core on the same folder is refused, naming the process that holds it; closing frees it', async () => {
    const first = await tempCore();
    const refused = openCore({ dataDir: first.dataDir, lock: '命令行 clearance import' });
    await expect(refused).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED', message: expect.stringContaining(`本程序（进程号 ${process.pid}）`) });
    await first.close();
    const second = await openCore({ dataDir: first.dataDir, lock: '命令行 clearance import' });
    expect(JSON.parse(fs.readFileSync(path.join(first.dataDir, LOCK_HOLDER_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid, what: '命令行 clearance import' });
    await second.close();
    expect(fs.existsSync(path.join(first.dataDir, LOCK_HOLDER_FILE_NAME))).toBe(false);
  });

  it('`clearance restore --yes` while the browser host runs is refused, and the host keeps every acknowledged save', async () => {
    const dataDir = tempDir();
    const { host, api } = await runningHostWithAdmin(dataDir);
    try {
      expect(await api('saveDay', personsInDay('2025-06-01', 100))).toMatchObject({ ok: true });
      const backup = (await api('createBackup', {})) as { ok: true; value: { path: string } };
      expect(backup.ok).toBe(true);
      expect(await api('saveDay', { ...personsInDay('2025-06-02', 200) })).toMatchObject({ ok: true });

      const io = captureIo();
      expect(await runCli(['restore', backup.value.path, '--data', dataDir, '--yes'], io)).toBe(1);
      expect(io.text()).toContain(`正由浏览器模式（clearance serve）（进程号 ${host.process.pid}）使用`);
      // Other writing commands are refused the same way; reading ones still run beside the host.
      const demo = captureIo();
      expect(await runCli(['demo', '--data', dataDir], demo)).toBe(1);
      expect(demo.text()).toContain('同一份数据同时只能由一个程序打开');
      expect(await runCli(['check', '--data', dataDir], captureIo())).toBe(0);

      // The host still writes into the live file: a save after the refused restore is kept.
      expect(await api('saveDay', personsInDay('2025-06-03', 300))).toMatchObject({ ok: true });
    } finally {
      await host.stop();
    }
    expect([personsOn(dataDir, '2025-06-01'), personsOn(dataDir, '2025-06-02'), personsOn(dataDir, '2025-06-03')]).toEqual([100, 200, 300]);
  }, HOSTS_TIMEOUT);

  it('a second browser host on the same folder does not start; the restore through the running host (the lock holder) works', async () => {
    const dataDir = tempDir();
    const { host, api } = await runningHostWithAdmin(dataDir);
    try {
      await expect(startHost(dataDir)).rejects.toThrow(new RegExp(`正由浏览器模式（clearance serve）（进程号 ${host.process.pid}）使用`));
      expect(await api('saveDay', personsInDay('2025-06-01', 100))).toMatchObject({ ok: true });
      const backup = (await api('createBackup', {})) as { ok: true; value: { path: string } };
      expect(await api('saveDay', { ...personsInDay('2025-06-01', 999), expectedRevision: 1 })).toMatchObject({ ok: true });
      expect(await api('restoreBackup', { path: backup.value.path })).toMatchObject({ ok: true });
      expect(await api('login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: true });
      expect(await api('getDay', { portId: 1, date: '2025-06-01' })).toMatchObject({ ok: true, value: { values: { personsIn: 100 } } });
    } finally {
      await host.stop();
    }
    expect(personsOn(dataDir, '2025-06-01')).toBe(100);
  }, HOSTS_TIMEOUT);

  it('the lock of a process killed with -9 is taken over', async () => {
    const dataDir = tempDir();
    const host = await startHost(dataDir);
    const pid = host.process.pid!;
    const exited = new Promise((resolve) => host.process.once('exit', resolve));
    host.process.kill('SIGKILL');
    await exited;
    // the dead process's name is still beside the lock; the lock itself went with the process
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_HOLDER_FILE_NAME), 'utf8'))).toMatchObject({ pid });
    const io = captureIo();
    expect(await runCli(['demo', '--data', dataDir], io)).toBe(0);
    expect(personsOn(dataDir, '2024-05-01')).not.toBeNull();
  }, HOSTS_TIMEOUT);
});
