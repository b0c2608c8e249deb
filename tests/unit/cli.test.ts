import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/cli/run';
import { openStore } from '../../electron/core/store/openStore';
import { tempDir } from './helpers/tempCore';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('clearance CLI', () => {
  it('check prints ok and exits 0 on a healthy store', async () => {
    const dir = tempDir();
    await (await openStore({ dataDir: dir })).close();
    const c = captureIo();
    expect(await runCli(['check', '--data', dir], c.io)).toBe(0);
    expect(c.out).toEqual(['ok', '审计日志完好（0 条）']);
  });

  it('check exits non-zero with the reason on a missing or damaged store', async () => {
    const empty = tempDir();
    const c1 = captureIo();
    expect(await runCli(['check', '--data', empty], c1.io)).not.toBe(0);
    expect(c1.err.join('\n')).toMatch(/未找到数据文件/);

    const broken = tempDir();
    fs.writeFileSync(path.join(broken, 'clearance.sqlite'), 'garbage '.repeat(200));
    const c2 = captureIo();
    expect(await runCli(['check', '--data', broken], c2.io)).not.toBe(0);
    expect(c2.err.join('\n')).toMatch(/损坏/);
  });

  it('check reports a store from a newer version', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    store.sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_x', 'now')").run();
    await store.close();
    const c = captureIo();
    expect(await runCli(['check', '--data', dir], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/更新版本/);
  });

  it('explains usage in Chinese for unknown commands and bad flags', async () => {
    const c = captureIo();
    expect(await runCli(['frobnicate'], c.io)).toBe(2);
    expect(c.err[0]).toBe('未知命令：frobnicate');
    const c2 = captureIo();
    expect(await runCli(['check', '--nope'], c2.io)).toBe(2);
    expect(c2.err[0]).toMatch(/^参数有误/);
  });
});
