import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { openCore } from '../electron/core/openCore';
import { startWebHost } from '../electron/web/server';
import type { TrendReport } from '../shared/contract/dashboard';
import { addDays, todayInShanghai } from '../shared/domain/dates';
import { lastCompletePeriod } from '../shared/domain/periods';
import { buildTrendChartModel } from '../renderer/src/components/charts/trendChartModel';
import { seedStore } from './support/seedStore';
import { median, ratioGoalRow, type BenchRow, type BenchSuite } from './harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 5;
/** The goals, as ratios to the bare baselines measured in the same run. */
const GOALS = { pageLoad: 3, firstDraw: 1.5, redraw: 2 };

/** The app as users get it: the built renderer, rebuilt so the figures are of this checkout. */
function buildRenderer(): string {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  return path.join(ROOT, 'out/renderer');
}

/** The bare baseline page (React + one Recharts chart), built into a temp folder. */
async function buildBareChart(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.join(ROOT, 'bench/pages/bareChart'),
    base: '/bench-bare/',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

/** Serves a folder under /bench-bare/ and a blank page at /bench-blank.html, from the host's own origin. */
async function routeBaselines(context: BrowserContext, bareDir: string): Promise<void> {
  await context.route('**/bench-blank.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>' }));
  await context.route('**/bench-bare/**', (r) => {
    const rel = new URL(r.request().url()).pathname.replace(/^\/bench-bare\//, '') || 'index.html';
    const file = path.join(bareDir, rel);
    if (!file.startsWith(bareDir) || !fs.existsSync(file)) return r.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    return r.fulfill({ contentType: type, body: fs.readFileSync(file) });
  });
}

const OFFICIAL = { username: 'bench', displayName: '基准测试', password: 'bench-password' };

/**
 * A returning official in a browser of their own: signed in, the port remembered, as on every day
 * but the first. Signing in happens before the clock starts.
 */
async function freshPage(browser: Browser, hostUrl: string, bareDir: string, init?: () => void): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('clearance.portId', '1'));
  if (init) await context.addInitScript(init);
  await routeBaselines(context, bareDir);
  const login = await context.request.post(hostUrl + '/api/login', { data: { username: OFFICIAL.username, password: OFFICIAL.password } });
  if (!login.ok()) throw new Error(`login failed: ${await login.text()}`);
  return { context, page: await context.newPage() };
}

interface FirstLoad {
  load: number;
  drawn: number;
  codeKb: number;
  /** the same, KB per file with its content hash taken out ("antd.js", "antd.css", …) */
  kbByFile: Record<string, number>;
}

/**
 * Navigation-relative times (ms) of the load event and of the first mark `name`, and the script and
 * styles (KB) the page read before its load event: what a page load waits for.
 */
async function loadAndMark(page: Page, url: string, name: string): Promise<FirstLoad> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 60_000 });
  return page.evaluate((n) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const code = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => e.startTime < nav.loadEventEnd && /\.(js|css)$/.test(new URL(e.name).pathname),
    );
    const kbByFile: Record<string, number> = {};
    for (const e of code) {
      const file = new URL(e.name).pathname.split('/').pop()!.replace(/-[\w-]{8}(\.\w+)$/, '$1');
      kbByFile[file] = (kbByFile[file] ?? 0) + e.decodedBodySize / 1024;
    }
    return { load: nav.loadEventEnd, drawn: performance.getEntriesByName(n)[0]!.startTime, codeKb: code.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024, kbByFile };
  }, name);
}

/** The largest files read before the load event, e.g. "antd.js 1086 KB、antd.css 952 KB、…、其余 40 KB". */
function heaviestFiles(kbByFile: Record<string, number>, shown = 5): string {
  const files = Object.entries(kbByFile).sort((a, b) => b[1] - a[1]);
  const rest = files.slice(shown).reduce((sum, [, kb]) => sum + kb, 0);
  return [...files.slice(0, shown).map(([file, kb]) => `${file} ${Math.round(kb)} KB`), `其余 ${Math.round(rest)} KB`].join('、');
}

type PageAction = { click: string } | { call: string };

/**
 * Clicks a button (or calls a global function) in the page and times it until the next mark
 * `name`, and until the last of the answers asked for meanwhile came in (0 when none was asked
 * for). Sent as source text: tsx would wrap a function's inner helpers in its own `__name`, which
 * does not exist in the page.
 */
async function timeToNextMark(page: Page, name: string, action: PageAction): Promise<{ ms: number; answersMs: number }> {
  const act = 'click' in action ? `document.querySelector(${JSON.stringify(action.click)}).click()` : `window[${JSON.stringify(action.call)}]()`;
  return page.evaluate(`(async () => {
    const n = ${JSON.stringify(name)};
    const before = performance.getEntriesByName(n).length;
    const t0 = performance.now();
    ${act};
    await new Promise((resolve) => {
      const check = () => (performance.getEntriesByName(n).length > before ? resolve() : requestAnimationFrame(check));
      check();
    });
    const drawn = performance.getEntriesByName(n).at(-1).startTime;
    const answers = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0 && e.responseEnd <= drawn);
    return { ms: drawn - t0, answersMs: Math.max(0, ...answers.map((e) => e.responseEnd - t0)) };
  })()`) as Promise<{ ms: number; answersMs: number }>;
}

/**
 * The officials' dashboard in Chromium against the browser host over ten years of three ports:
 * first draw and period change, each beside a bare baseline measured in the same run (a blank page;
 * one Recharts chart of the same points).
 */
export const dashboardSuite: BenchSuite = {
  name: '数据看板（Chromium，3 个口岸 × 10 年数据）',
  async run() {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-dash-'));
    const dataDir = path.join(work, 'data');
    const bareDir = path.join(work, 'bare');
    const today = todayInShanghai();
    const lastDay = addDays(today, -1);
    const from = addDays(lastDay, -3652);

    const t0 = performance.now();
    const { portIds } = await seedStore(dataDir, from, lastDay, 3);
    const seedMs = performance.now() - t0;
    const staticDir = buildRenderer();
    await buildBareChart(bareDir);

    const core = await openCore({ dataDir });
    const admin = await core.call('createFirstAdmin', OFFICIAL, { actor: null, host: 'cli' });
    if (!admin.ok) throw new Error(admin.error.message);
    const host = await startWebHost({ core, staticDir, port: 0 });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const rows: BenchRow[] = [];
    try {
      const month = lastCompletePeriod('month', today);
      const ports = portIds.join(',');
      const views = [
        { label: '上月，走势按日', query: `kind=month&from=${month.from}&to=${month.to}&ports=${ports}` },
        { label: '上月，10 年全部走势', query: `kind=month&from=${month.from}&to=${month.to}&ports=${ports}&range=all` },
      ];

      // The points of the heaviest single dashboard chart, for the bare chart baseline.
      const trend = async (f: string, to: string) => {
        const r = await core.call('getDashboardTrends', { portIds, from: f, to, metrics: ['freightKg'], lastYear: true }, { actor: null, host: 'cli' });
        if (!r.ok) throw new Error(r.error.message);
        return r.value as TrendReport;
      };
      const bareData = async (f: string, to: string, f2: string, to2: string) => {
        const [a, b] = [await trend(f, to), await trend(f2, to2)];
        const model = (r: TrendReport) => buildTrendChartModel(r.series[0]!, r, { lastYear: true });
        return { rows: [model(a).rows, model(b).rows], lines: model(a).lines.map((l) => l.dataKey) };
      };

      // Blank page load.
      const blank: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { context, page } = await freshPage(browser, host.url, bareDir);
        await page.goto(host.url + '/bench-blank.html', { waitUntil: 'load' });
        blank.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
        await context.close();
      }

      for (const view of views) {
        const prev = lastCompletePeriod('month', month.from);
        const span = view.query.includes('range=all') ? [from, month.to, from, prev.to] : [month.from, month.to, prev.from, prev.to];
        const data = await bareData(span[0]!, span[1]!, span[2]!, span[3]!);
        const init = new Function(`window.__benchRows = ${JSON.stringify(data.rows)}; window.__benchLines = ${JSON.stringify(data.lines)};`) as () => void;

        const first: FirstLoad[] = [];
        const change: number[] = [];
        const changeAnswers: number[] = [];
        const bareFirst: FirstLoad[] = [];
        const bareChange: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const { context, page } = await freshPage(browser, host.url, bareDir);
          first.push(await loadAndMark(page, `${host.url}/#/dashboard?${view.query}`, 'dashboard:drawn'));
          for (const dir of ['上一时段', '下一时段']) {
            const t = await timeToNextMark(page, 'dashboard:drawn', { click: `button[aria-label="${dir}"]` });
            change.push(t.ms);
            changeAnswers.push(t.answersMs);
          }
          await context.close();

          const bare = await freshPage(browser, host.url, bareDir, init);
          bareFirst.push(await loadAndMark(bare.page, `${host.url}/bench-bare/index.html`, 'bare:drawn'));
          for (let k = 0; k < 2; k++) bareChange.push((await timeToNextMark(bare.page, 'bare:drawn', { call: '__benchNext' })).ms);
          await bare.context.close();
        }

        // What stops a goal, printed beside it when it is missed.
        const loadShare = Math.round((median(first.map((x) => x.load)) / median(first.map((x) => x.drawn))) * 100);
        const waited = changeAnswers.filter((ms) => ms > 0);
        const changeWaits =
          waited.length > 0
            ? `${waited.length}/${changeAnswers.length} 次切换仍等核心的答案（中位 ${Math.round(median(waited))} ms）：邻近时段的预取尚未返回`
            : '新时段的数据都已在缓存中，所余为指标卡与 5 个图表本身的重绘';
        rows.push(
          ratioGoalRow(
            {
              name: `${view.label}：导航 → 页面 load（load 前读脚本与样式 ${Math.round(median(first.map((x) => x.codeKb)))} KB）`,
              ms: median(first.map((x) => x.load)),
              baselineName: '空白页 load',
              baselineMs: median(blank),
              notMetBecause: `load 前读 ${heaviestFiles(first[0]!.kbByFile)}：应用外壳（登录、菜单、主题）用 antd 的脚本与整份样式，看板用 Recharts，空白页什么也不读`,
            },
            GOALS.pageLoad,
          ),
          {
            name: `${view.label}：页面 load → 指标卡与 5 个图表绘出`,
            ms: median(first.map((x) => x.drawn - x.load)),
            baselineName: '单个 Recharts 图表（同样的点）load → 绘出',
            baselineMs: median(bareFirst.map((x) => x.drawn - x.load)),
          },
          ratioGoalRow(
            {
              name: `${view.label}：导航 → 指标卡与 5 个图表绘出`,
              ms: median(first.map((x) => x.drawn)),
              baselineName: '单个 Recharts 图表 导航 → 绘出',
              baselineMs: median(bareFirst.map((x) => x.drawn)),
              notMetBecause: `其中 ${loadShare}% 在页面 load 之前（读与执行 antd 等，见第一行）`,
            },
            GOALS.firstDraw,
          ),
          ratioGoalRow(
            { name: `${view.label}：切换时段 → 重绘完成`, ms: median(change), baselineName: '单个 Recharts 图表换数据重绘', baselineMs: median(bareChange), notMetBecause: changeWaits },
            GOALS.redraw,
          ),
          // The core's answers for the new period are part of a change; the bare chart asks for none.
          { name: `${view.label}：其中 切换时段 → 新时段的数据到达`, ms: median(changeAnswers) },
        );
      }
      console.log(`（数据：${portIds.length} 个口岸 × ${from}–${lastDay}，经核心写入用时 ${(seedMs / 1000).toFixed(1)} 秒；每项取 ${RUNS} 次的中位数）`);
    } finally {
      await browser.close();
      await host.close();
      await core.close();
      fs.rmSync(work, { recursive: true, force: true });
    }
    return rows;
  },
};
