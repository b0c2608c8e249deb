import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { ROOT, readmeCommands, withOption } from './support/readmeCommands';
import { SignInPage } from './support/signInPage';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';

/**
 * The commands README.md shows, run as written. `npm ci` and `npm test` are what `.ci/run` itself
 * runs on a fresh machine; every other command is run here, and a command no test knows fails.
 */
const commands = readmeCommands();
const web = commands.find((c) => c.startsWith('npm run web'));
const KNOWN = new Set(['npm ci', 'npm start', 'npm test']);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Runs a shell command in the checkout, in its own process group (npm → sh → node), until a line matches. */
function startUntil(command: string, env: Record<string, string>, until: RegExp, timeoutMs = 240_000) {
  const child = spawn(command, { cwd: ROOT, shell: true, detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`"${command}" printed no ${until} in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = until.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`"${command}" exited with ${code}:\n${output}`));
    });
  });
  return { child, started, output: () => output };
}

function stopGroup(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-readme-'));
  tempDirs.push(dir);
  return dir;
};
test.afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test('README shows the set-up, test and browser-mode commands, and only commands these tests run', () => {
  expect(commands).toEqual(expect.arrayContaining(['npm ci', 'npm start', 'npm test']));
  expect(web, 'README shows how to start the browser mode').toBeDefined();
  const unknown = commands.filter((c) => !KNOWN.has(c) && c !== web);
  expect(unknown, 'commands in README.md that no test runs').toEqual([]);
  // `npm ci` and `npm test` run as written on a fresh machine in CI, and the tests leave the tree clean.
  const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
  expect(ci).toMatch(/^npm ci\b/m);
  expect(ci).toMatch(/^npm test$/m);
  expect(ci).toMatch(/git status --porcelain/);
});

test('npm run web, as README writes it: the page loads, the first administrator is created and the demo data loads', async ({ browser }) => {
  const dataDir = tempDir();
  const port = await freePort();
  const command = withOption(withOption(web!, '--data', dataDir), '--port', String(port));
  const run = startUntil(command, {}, /已启动：(http:\/\/127\.0\.0\.1:\d+)[\s\S]*按 Ctrl\+C 停止/);
  try {
    const [, url] = await run.started;
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(run.output()).toContain(`数据目录：${dataDir}`);

    const page = await browser.newPage();
    await page.goto(url!);
    await new SignInPage(page).createFirstAdmin({ username: 'zhang', displayName: '张主任', password: 'Zhangmu-Port-2026!' });
    await page.getByTestId('first-run').getByRole('button', { name: '加载演示数据' }).click();
    await expect(page.getByTestId('demo-banner')).toContainText('演示数据（虚构', { timeout: 60_000 });
    await page.close();

    const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM daily_records WHERE is_demo = 1').get() as { n: number };
      expect(n).toBeGreaterThan(800);
      expect(db.prepare("SELECT username FROM users WHERE role = 'admin'").all()).toEqual([{ username: 'zhang' }]);
    } finally {
      db.close();
    }
  } finally {
    await stopGroup(run.child);
  }
});

test('the browser mode with no options: the data folder of CLEARANCE_DATA_DIR and the fixed port 5780', async () => {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(5780, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  expect(free, 'port 5780 is taken on this machine: close what uses it').toBe(true);
  const dataDir = tempDir();
  // The same built CLI that `npm run web` starts after its build (the build itself ran in the test above).
  const run = startUntil('node out/main/cli.js serve', { CLEARANCE_DATA_DIR: dataDir }, /按 Ctrl\+C 停止/, 30_000);
  try {
    await run.started;
    expect(run.output()).toContain('已启动：http://127.0.0.1:5780');
    expect(run.output()).toContain(`数据目录：${dataDir}`);
    expect((await fetch('http://127.0.0.1:5780/')).status).toBe(200);
  } finally {
    await stopGroup(run.child);
  }
});

test('npm start without the Electron program says in one line to use the browser mode, and fails', () => {
  const require = createRequire(import.meta.url);
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const binary = fs.existsSync(path.join(electronDir, 'path.txt'));
  test.skip(binary, 'this machine has the Electron program: npm start would open the desktop window');
  const result = spawnSync('npm start', { cwd: ROOT, shell: true, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, timeout: 120_000 });
  expect(result.status).not.toBe(0);
  const said = result.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm ') && !l.startsWith('>'));
  expect(said).toEqual(['未找到 Electron 程序（本机无法下载）。请改用浏览器模式：npm run web，然后在浏览器中打开显示的地址。']);
});
