import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openCore } from '../electron/core/openCore';
import { startWebHost } from '../electron/web/server';
import { datesBetween, todayInShanghai } from '../shared/domain/dates';
import { emptyDayValues } from '../shared/domain/dailyFields';
import { formatDateLabel } from '../shared/domain/format';
import { briefingPagePdfOptions, openBriefingPrintView } from '../tests/e2e/support/briefingPdf';
import { median, ratioGoalRow, timeMedian, type BenchSuite } from './harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const STATIC_DIR = path.join(ROOT, 'out', 'renderer');
const MONTH = { kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;
const OFFICIAL = { username: 'bench', displayName: '基准测试', password: 'bench-password' };
const CLI = { actor: null, host: 'cli' } as const;

/** Thirteen months of figures (June 2024 – June 2025) so June has its 环比 and 同比 bases, and a few closed days. */
async function seed(core: Awaited<ReturnType<typeof openCore>>) {
  const dates = datesBetween('2024-06-01', '2025-06-30');
  for (let i = 0; i < dates.length; i += 200) {
    const days = dates.slice(i, i + 200).map((date, j) => {
      const n = i + j;
      const closed = n % 17 === 5;
      return {
        date,
        values: closed
          ? { ...emptyDayValues(), portOpen: false, closureReason: n % 2 ? '道路塌方' : '降雪封路' }
          : {
              ...emptyDayValues(),
              portOpen: true,
              openCentihours: 1000,
              importValueYuan: 2_000_000 + n * 5_000,
              exportValueYuan: 4_500_000 + n * 3_000,
              importFreightKg: 150_000 + n * 100,
              exportFreightKg: 210_000,
              personsIn: 700 + (n % 40),
              personsOut: 690 + (n % 35),
              vehiclesIn: 40 + (n % 7),
              vehiclesOut: 41,
              importClearanceCentihours: 1200 - (n % 300),
              exportClearanceCentihours: 320,
            },
      };
    });
    const r = await core.call('saveDays', { portId: 1, days, source: 'grid', confirmWarnings: true }, CLI);
    if (!r.ok) throw new Error(r.error.message);
  }
  const remarks = '一、'.concat('请各联检单位继续落实“5+2”无休通关，做好汛期道路保通和应急处置。'.repeat(6));
  await core.call('saveBriefingRemarks', { portId: 1, period: MONTH, text: remarks, expectedRevision: 0 }, CLI);
}

/**
 * A monthly briefing printed the way the desktop export prints it (the print view, drawn, then
 * Chromium's PDF printing with the footer template), beside page.pdf() of a static page of the
 * same length: the briefing's own rendered HTML with its scripts taken out, in the same browser.
 */
export const briefingSuite: BenchSuite = {
  name: '简报 PDF（月度简报，Chromium page.pdf）',
  async run() {
    // The app as users get it: the renderer built from this checkout.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-briefing-'));
    const core = await openCore({ dataDir: dir });
    const admin = await core.call('createFirstAdmin', OFFICIAL, CLI);
    if (!admin.ok) throw new Error(admin.error.message);
    const host = await startWebHost({ core, staticDir: STATIC_DIR });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      await seed(core);
      const options = briefingPagePdfOptions(formatDateLabel(todayInShanghai()));
      // An official signed in before the clock starts, in a browser of their own.
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const login = await context.request.post(`${host.url}/api/login`, { data: { username: OFFICIAL.username, password: OFFICIAL.password } });
      if (!login.ok()) throw new Error(`login failed: ${await login.text()}`);
      const page = await context.newPage();
      let bytes = 0;
      // What the print page spends its time on besides printing: the core assembling the briefing
      // (its getBriefing call), and the script and styles it reads.
      const coreMs: number[] = [];
      // …and when it could ask the core: the print page's script read and evaluated up to its early start.
      const askedAtMs: number[] = [];
      let codeKb = 0;

      const briefingMs = await timeMedian(async () => {
        await page.goto('about:blank');
        await openBriefingPrintView(page, host.url, { portId: 1, period: MONTH });
        const read = await page.evaluate(() => {
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const call = entries.find((e) => e.name.includes('/api/getBriefing'));
          const code = entries.filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname));
          return { coreMs: call ? call.responseEnd - call.startTime : 0, askedAtMs: call ? call.startTime : 0, codeKb: code.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024 };
        });
        coreMs.push(read.coreMs);
        askedAtMs.push(read.askedAtMs);
        codeKb = read.codeKb;
        bytes = (await page.pdf(options)).byteLength;
      }, 5);
      const pdfOnlyMs = await timeMedian(() => page.pdf(options), 5);

      // The same document as static HTML: what Chromium's printing costs without the app around it.
      const snapshot = await page.evaluate(() => {
        const doc = document.documentElement.cloneNode(true) as HTMLElement;
        doc.querySelectorAll('script').forEach((s) => s.remove());
        return '<!doctype html>' + doc.outerHTML;
      });
      const staticPage = await context.newPage();
      await staticPage.goto(`${host.url}/favicon-of-nothing`);
      const staticMs = await timeMedian(async () => {
        await staticPage.setContent(snapshot);
        await staticPage.evaluate(() => document.fonts.ready);
        await staticPage.pdf(options);
      }, 5);
      const staticPdfOnlyMs = await timeMedian(() => staticPage.pdf(options), 5);

      // The goal: the whole print at most twice the static page's, in the same run.
      return [
        ratioGoalRow({ name: `月度简报 page.pdf()（简报视图已绘制，${Math.round(bytes / 1024)} KB）`, ms: pdfOnlyMs, baselineName: '同样长度的静态页面 page.pdf()', baselineMs: staticPdfOnlyMs }, 2),
        { name: '其中：核心汇总简报（打印页的 getBriefing 请求）', ms: median(coreMs) },
        { name: '其中：导航 → getBriefing 发出（读与执行打印页的脚本）', ms: median(askedAtMs) },
        ratioGoalRow(
          {
            name: `月度简报全程：打开打印页（print.html，读脚本与样式 ${Math.round(codeKb)} KB）、取数、等字体和图表、page.pdf()`,
            ms: briefingMs,
            baselineName: '静态页面全程：载入同样内容、等字体、page.pdf()',
            baselineMs: staticMs,
            notMetBecause: `静态页面不读脚本、不问核心：打印页先读 ${Math.round(codeKb)} KB 脚本（React、Recharts、目录）才能发出 getBriefing（中位 ${Math.round(median(askedAtMs))} ms），再等核心汇总（中位 ${Math.round(median(coreMs))} ms），其余约 ${Math.round(briefingMs - median(askedAtMs) - median(coreMs) - pdfOnlyMs)} ms 为画出文档与图表、等字体`,
          },
          2,
        ),
      ];
    } finally {
      await browser.close();
      await host.close();
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
