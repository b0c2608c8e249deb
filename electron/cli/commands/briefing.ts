import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BRIEFING_PRINT_PAGE } from '../../../shared/domain/briefing/printLayout';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { monthPeriod, quarterContaining, quarterPeriod, yearPeriod, type Period, type Quarter } from '../../../shared/domain/periods';
import { resolveDataDir } from '../../core/store/dataDir';
import { startWebHost } from '../../web/server';
import { parseCommandArgs, UsageError } from '../args';
import { printBriefingPdf } from '../briefingPdf/pagePdf';
import { withExistingCore } from '../existingStore';
import type { CliCommand } from '../io';
import { callCore, defaultOperator, defaultPortId } from '../callCore';
import { defaultStaticDir } from './serve';

export const BRIEFING_KINDS = ['month', 'quarter', 'year'] as const;
type Kind = (typeof BRIEFING_KINDS)[number];

const PERIOD_HELP = '--period 应为月份（2026-11），季度也可写 2026-Q4，年度也可写 2026';

/**
 * The period of `--period` and `--kind`: a month names itself, the quarter or the year it lies in
 * ("2026-11" with --kind quarter is 2026 年第四季度); "2026-Q4" and "2026" are understood as well.
 */
export function periodFromArgs(text: string, kind: Kind): Period {
  const t = text.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(t);
  if (month && isValidIsoDate(`${t}-01`)) {
    if (kind === 'month') return monthPeriod(t);
    if (kind === 'quarter') return quarterContaining(`${t}-01`);
    return yearPeriod(Number(month[1]));
  }
  const quarter = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (quarter && kind === 'quarter') return quarterPeriod(Number(quarter[1]), Number(quarter[2]) as Quarter);
  if (/^\d{4}$/.test(t) && kind === 'year' && isValidIsoDate(`${t}-01-01`)) return yearPeriod(Number(t));
  throw new UsageError(`时段“${text}”无效：${PERIOD_HELP}`);
}

/** Chromium as the E2E tests find it: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * `clearance briefing`: issues the briefing (第 N 期, or the number it already has) and prints it to
 * PDF with the system's Chromium, headless, from the same print view and page layout as the desktop
 * export, so a monthly briefing can be scheduled. The renderer must be built (out/renderer).
 */
export const briefingCommand: CliCommand = {
  name: 'briefing',
  summary: '编发简报并生成 PDF（用本机 Chromium，无界面）',
  usage: 'briefing --period <月份> [--kind month|quarter|year] --out <文件.pdf> [--port <口岸>] [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      period: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string' },
      operator: { type: 'string' },
      static: { type: 'string' },
    });
    if (!values.period) throw new UsageError(`请用 --period 指定时段（${PERIOD_HELP}）`);
    if (!values.out?.trim()) throw new UsageError('请用 --out 指定 PDF 文件');
    const kind = (values.kind ?? 'month') as Kind;
    if (!BRIEFING_KINDS.includes(kind)) throw new UsageError(`--kind 应为 month、quarter 或 year，而不是“${values.kind}”`);
    const period = periodFromArgs(values.period, kind);
    const out = path.resolve(values.out.trim());

    const staticDir = values.static ?? defaultStaticDir();
    if (!fs.existsSync(path.join(staticDir, BRIEFING_PRINT_PAGE))) {
      io.err(`未找到已构建的界面（${staticDir}）：请先运行 npm run build 再生成简报。`);
      return 1;
    }
    const browserPath = chromiumPath();
    if (!fs.existsSync(browserPath)) {
      io.err(`未找到 Chromium（${browserPath}）：请安装 chromium，或用环境变量 CHROMIUM_PATH 指定浏览器程序的路径。`);
      return 1;
    }
    if (!fs.existsSync(path.dirname(out))) {
      io.err(`无法保存“${out}”：文件夹不存在。`);
      return 1;
    }

    return withExistingCore(resolveDataDir(values.data), io, async (core) => {
      const portId = await defaultPortId(core, values.port);
      const briefing = await callCore(core, 'issueBriefing', { portId, period }, defaultOperator(values.operator));
      // The page is served by the browser host over this store, on a port of its own, only while it prints.
      const host = await startWebHost({ core, port: 0, staticDir });
      const browser = await chromium.launch({ executablePath: browserPath, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
      try {
        const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        const pdf = await printBriefingPdf(page, host.url, briefing);
        try {
          fs.writeFileSync(out, pdf);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? '文件可能正被其他程序打开，或没有写入权限' : '请检查磁盘空间和文件夹';
          io.err(`无法保存“${out}”：${why}。`);
          return 1;
        }
        io.out(`${briefing.letterhead.publication} ${briefing.issue.year}年第 ${briefing.issue.number} 期：${briefing.title}`);
        io.out(`已保存：${out}（${sizeText(pdf.byteLength)}）`);
        return 0;
      } finally {
        await browser.close();
        await host.close();
      }
    });
  },
};
