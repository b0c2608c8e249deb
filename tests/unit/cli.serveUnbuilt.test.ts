import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_MISSING } from '../../electron/web/server';
import { tempDir } from './helpers/tempCore';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('clearance serve on a checkout whose interface was never built', () => {
  it('says in one Chinese line what to run, and the page says the same instead of 未找到', async () => {
    const unbuilt = path.join(tempDir(), 'out', 'renderer');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'serve', '--data', tempDir(), '--port', '0', '--static', unbuilt], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m && out.includes('按 Ctrl+C')) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}${err}`)));
      });
      expect(err.trim().split('\n')).toEqual([RENDERER_MISSING]);
      expect(RENDERER_MISSING).toMatch(/npm run build/);
      const page = await fetch(url + '/');
      expect(page.status).toBe(404);
      expect(await page.text()).toBe(RENDERER_MISSING);
    } finally {
      // Wait for it to end: its shutdown writes into the data folder, which the test's cleanup removes.
      const exited = child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null;
      child.kill('SIGTERM');
      await exited;
    }
  });
});
