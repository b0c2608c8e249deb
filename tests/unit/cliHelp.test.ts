import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { COMMANDS } from '../../electron/cli/commands';
import { displayWidth } from '../../electron/cli/help';
import { periodFromArgs } from '../../electron/cli/commands/briefing';
import { openStore } from '../../electron/core/store/openStore';
import { tempDir } from './helpers/tempCore';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** Terminal columns counted by hand: two for each character outside ASCII in these lines, one for ASCII. */
function columnsOf(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 1 : 2), 0);
}

describe('clearance --help', () => {
  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('简报')).toBe(4);
    expect(displayWidth('（.xlsx）')).toBe(9);
    expect(displayWidth('serve')).toBe(5);
  });

  it('lines up every description in one column and every usage under it, Chinese included', async () => {
    const c = captureIo();
    expect(await runCli(['--help'], c.io)).toBe(0);
    const descriptions: number[] = [];
    const usages: number[] = [];
    for (const command of COMMANDS) {
      const i = c.out.findIndex((l) => l.trimStart().startsWith(`${command.name} `) && l.includes(command.summary));
      expect(i, command.name).toBeGreaterThan(-1);
      const line = c.out[i]!;
      descriptions.push(columnsOf(line.slice(0, line.indexOf(command.summary))));
      const usage = c.out[i + 1]!;
      expect(usage.trim()).toBe(`clearance ${command.usage}`);
      usages.push(columnsOf(usage.slice(0, usage.indexOf('clearance'))));
    }
    expect(new Set(descriptions).size).toBe(1);
    expect(usages).toEqual(descriptions);
    // two spaces between the longest name and the descriptions
    const longest = Math.max(...COMMANDS.map((x) => x.name.length));
    expect(descriptions[0]).toBe(2 + longest + 2);
  });
});

describe('clearance briefing', () => {
  it('reads --period as a month, the quarter or year it lies in, 2026-Q4 or 2026', () => {
    expect(periodFromArgs('2026-11', 'month')).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(periodFromArgs('2026-11', 'quarter')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(periodFromArgs('2026-Q2', 'quarter')).toEqual({ kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(periodFromArgs('2026-11', 'year')).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(periodFromArgs('2025', 'year')).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('refuses a wrong period or kind, a missing --out, a store that is not there and an unbuilt renderer, each in one Chinese line', async () => {
    const dataDir = tempDir();
    await (await openStore({ dataDir })).close();
    const cases: { args: string[]; code: number; message: RegExp }[] = [
      { args: ['--period', '2026-13', '--out', 'x.pdf'], code: 2, message: /时段“2026-13”无效/ },
      { args: ['--period', '2026', '--out', 'x.pdf'], code: 2, message: /--period 应为月份/ },
      { args: ['--period', '2026-11', '--kind', 'week', '--out', 'x.pdf'], code: 2, message: /--kind 应为 month、quarter 或 year/ },
      { args: ['--period', '2026-11'], code: 2, message: /请用 --out 指定 PDF 文件/ },
      { args: ['--period', '2026-11', '--out', 'x.pdf', '--static', tempDir()], code: 1, message: /未找到已构建的界面.*请先运行 npm run build/ },
    ];
    for (const k of cases) {
      const c = captureIo();
      expect(await runCli(['briefing', '--data', dataDir, ...k.args], c.io), k.args.join(' ')).toBe(k.code);
      expect(c.err[0], k.args.join(' ')).toMatch(k.message);
      expect(c.out).toEqual([]);
    }

    // past the renderer (a stand-in for the built one, whose print page the command opens): no
    // Chromium, then no store
    const built = tempDir();
    fs.writeFileSync(path.join(built, 'print.html'), '<!doctype html>');
    const out = path.join(tempDir(), 'x.pdf');
    const saved = process.env.CHROMIUM_PATH;
    try {
      process.env.CHROMIUM_PATH = path.join(built, 'no-chromium');
      const c = captureIo();
      expect(await runCli(['briefing', '--data', dataDir, '--period', '2026-11', '--out', out, '--static', built], c.io)).toBe(1);
      expect(c.err).toEqual([`未找到 Chromium（${process.env.CHROMIUM_PATH}）：请安装 chromium，或用环境变量 CHROMIUM_PATH 指定浏览器程序的路径。`]);
      process.env.CHROMIUM_PATH = process.execPath; // exists; the store is what is missing now
      const empty = tempDir();
      const d = captureIo();
      expect(await runCli(['briefing', '--data', empty, '--period', '2026-11', '--out', out, '--static', built], d.io)).toBe(2);
      expect(d.err).toEqual([`未找到数据文件：${path.join(empty, 'clearance.sqlite')}`]);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    expect(fs.existsSync(out)).toBe(false);
  });
});
