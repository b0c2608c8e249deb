import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { runCli } from '../../electron/cli/run';
import { openStore } from '../../electron/core/store/openStore';
import { tempCore, tempDir } from './helpers/tempCore';
import { signedInAs } from './helpers/signIn';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function auditActions(dataDir: string): { action: string; host: string; changes: string }[] {
  const store = new BetterSqlite3(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return store.prepare('SELECT action, host, changes FROM audit_log ORDER BY id').all() as { action: string; host: string; changes: string }[];
  } finally {
    store.close();
  }
}

describe('the CLI through the contract', () => {
  it('clearance check is recorded in the audit log with its outcome; the next check counts that entry', async () => {
    const dir = tempDir();
    await (await openStore({ dataDir: dir })).close();
    const first = captureIo();
    expect(await runCli(['check', '--data', dir], first.io)).toBe(0);
    // The check reads the log before its own entry is added.
    expect(first.out).toEqual(['ok', '审计日志完好（0 条）']);
    const entries = auditActions(dir);
    expect(entries.map((e) => [e.action, e.host])).toEqual([['checkStore', 'cli']]);
    expect(JSON.parse(entries[0]!.changes).notes).toEqual(['检查数据文件与审计日志：完好（审计日志 0 条）']);

    const second = captureIo();
    expect(await runCli(['check', '--data', dir], second.io)).toBe(0);
    expect(second.out).toEqual(['ok', '审计日志完好（1 条）']);
  });

  it('backup --to writes a checked copy into that folder and records it; over HTTP a folder is refused and nothing is written', async () => {
    const dir = tempDir();
    await (await openStore({ dataDir: dir })).close();
    const target = path.join(tempDir(), 'u盘');
    const c = captureIo();
    expect(await runCli(['backup', '--data', dir, '--to', target], c.io)).toBe(0);
    const files = fs.readdirSync(target).filter((f) => f.endsWith('.sqlite'));
    expect(files).toHaveLength(1);
    expect(c.out).toEqual([`已备份到：${path.join(target, files[0]!)}`]);
    const entries = auditActions(dir);
    expect(entries.map((e) => e.action)).toEqual(['createBackup']);
    expect(JSON.parse(entries[0]!.changes).notes).toEqual([`备份文件：${path.join(target, files[0]!)}`]);

    const core = await tempCore();
    const elsewhere = path.join(tempDir(), 'elsewhere');
    const admin = await signedInAs(core, 'admin');
    const r = await core.call('createBackup', { folder: elsewhere }, admin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('只有命令行可以把备份保存到指定的文件夹');
    expect(fs.existsSync(elsewhere)).toBe(false);
  });
});
