import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './support/fixtures';
import { briefingPagePdfOptions, isRed, openBriefingPrintView, pdfFonts, pdfPageCount, pdfPagePixels, pdfText } from './support/briefingPdf';
import { seed, month, seedJuneAndBases, seedMeasure } from './support/briefingSeed';
import { formatDateLabel, formatYuan } from '../../shared/domain/format';
import { todayInShanghai } from '../../shared/domain/dates';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** `clearance briefing …` as a scheduled task runs it: a child process; its exit code, stdout and stderr. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'briefing', ...args], { cwd: ROOT, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const outFile = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-cli-')), name);
const squeeze = (s: string) => s.replace(/\s+/g, '');

const LETTERHEAD = {
  publication: '樟木口岸工作简报',
  issuingBody: '聂拉木县口岸管理委员会办公室',
  reportTo: '县委办、县政府办',
  copyTo: '樟木海关、樟木边检站',
  nextNumber: 7,
};

test('clearance briefing issues 第 N 期 and prints the official 简报 with the system Chromium, the same PDF as the print view', async ({ app, host, db }) => {
  test.setTimeout(180_000);
  await seedJuneAndBases(host.url);
  await seedMeasure(host.url);
  expect((await host.api('updateBriefingLetterhead', LETTERHEAD)).ok).toBe(true);

  const file = outFile('june.pdf');
  const first = await cli('--data', host.dataDir, '--period', '2025-06', '--out', file);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`樟木口岸工作简报 ${todayInShanghai().slice(0, 4)}年第 7 期`);
  expect(db.query('SELECT port_id, period_kind, period_from, issue_number, issued_on FROM briefing_issues')).toEqual([
    { port_id: 1, period_kind: 'month', period_from: '2025-06-01', issue_number: 7, issued_on: todayInShanghai() },
  ]);

  // the head, the body with the database's figures, and 报送/抄送 at the end
  const text = squeeze(pdfText(file));
  const issued = formatDateLabel(todayInShanghai());
  for (const part of ['樟木口岸工作简报', '第7期', LETTERHEAD.issuingBody, '樟木口岸通关情况简报（2025年6月）', `报送：${LETTERHEAD.reportTo}`, `抄送：${LETTERHEAD.copyTo}`, `${issued}印发`]) {
    expect(text).toContain(squeeze(part));
  }
  expect(text.indexOf('樟木口岸工作简报')).toBeLessThan(text.indexOf('一、总体情况'));
  expect(text.indexOf('一、总体情况')).toBeLessThan(text.indexOf('报送：'));
  const [june] = db.query<{ trade: number }>("SELECT sum(import_value_yuan) + sum(export_value_yuan) AS trade FROM daily_records WHERE port_id = 1 AND date BETWEEN '2025-06-01' AND '2025-06-30'");
  expect(text).toContain(squeeze(`进出口货值 ${formatYuan(june!.trade)}`));
  expect(text).toContain('CS-01');

  // the bundled font, embedded
  const fonts = pdfFonts(file);
  expect(fonts.some((f) => /NotoSansSC/.test(f.name) && f.embedded), JSON.stringify(fonts)).toBe(true);
  expect(fonts.every((f) => f.embedded)).toBe(true);

  // the drawn page: the publication's name in red at the top, a red rule across the text column, no red below the head
  const page1 = pdfPagePixels(file, 1);
  const redInRow = (y: number) => {
    let n = 0;
    for (let x = 0; x < page1.width; x++) if (isRed(page1.rgb, y * page1.width + x)) n++;
    return n;
  };
  const rows = Array.from({ length: page1.height }, (_, y) => redInRow(y));
  const redRows = rows.map((n, y) => (n > 0 ? y : -1)).filter((y) => y >= 0);
  expect(redRows.length).toBeGreaterThan(0);
  expect(Math.max(...redRows)).toBeLessThan(page1.height * 0.25);
  // the rule: one row red across most of the column between the margins (16 mm each side of 210 mm)
  expect(Math.max(...rows)).toBeGreaterThan(page1.width * (178 / 210) * 0.9);

  // the same PDF as the print view in the browser prints for the same briefing (now issued: 第 7 期)
  const print = await app.context().newPage();
  await openBriefingPrintView(print, host.url, { portId: 1, period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } });
  const fromUi = outFile('ui.pdf');
  fs.writeFileSync(fromUi, await print.pdf(briefingPagePdfOptions(issued)));
  expect(pdfText(fromUi)).toBe(pdfText(file));
  expect(pdfPageCount(fromUi)).toBe(pdfPageCount(file));

  // printed again, the period keeps its number
  const again = await cli('--data', host.dataDir, '--period', '2025-06', '--out', outFile('again.pdf'));
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('第 7 期');
  expect(db.query('SELECT count(*) AS n FROM briefing_issues')).toEqual([{ n: 1 }]);
});

test('a year briefing from the CLI has 同比 and no 环比; the next briefing takes the next number', async ({ host, db }) => {
  test.setTimeout(180_000);
  await seed(host.url, month('2024-06-01', '2024-06-30', 1));
  await seed(host.url, month('2023-06-01', '2023-06-30', 0.9));
  await host.api('issueBriefing', { portId: 1, period: { kind: 'month', from: '2024-06-01', to: '2024-06-30' } });

  const file = outFile('year.pdf');
  const r = await cli('--data', host.dataDir, '--period', '2024', '--kind', 'year', '--out', file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('第 2 期');
  const text = squeeze(pdfText(file));
  expect(text).toContain('樟木口岸通关情况简报（2024年）');
  expect(text).toContain('同比');
  expect(text).not.toContain('环比');
  // no 上期 column: the only 上期 is the note saying why
  expect(text.replace('年度简报的上期即上年同期', '')).not.toContain('上期');
  const [sums] = db.query<{ trade: number; before: number }>(
    "SELECT (SELECT sum(import_value_yuan) + sum(export_value_yuan) FROM daily_records WHERE date BETWEEN '2024-01-01' AND '2024-12-31') AS trade, (SELECT sum(import_value_yuan) + sum(export_value_yuan) FROM daily_records WHERE date BETWEEN '2023-01-01' AND '2023-12-31') AS before",
  );
  expect(text).toContain(squeeze(`进出口货值 ${formatYuan(sums!.trade)}`));
  expect(text).toContain(squeeze(formatYuan(sums!.before)));
});

test('a briefing holding demo figures says 含演示数据（虚构） on every page; once the demo is removed, on none', async ({ host }) => {
  test.setTimeout(240_000);
  expect((await host.api('loadDemoData', {})).ok).toBe(true);
  // a person corrects one figure of a demo day: that value is theirs and outlives the demo
  const day = (await host.api('getDay', { portId: 1, date: '2024-07-02' })) as { ok: true; value: { values: Record<string, unknown>; revision: number } };
  const saved = await host.api('saveDay', { portId: 1, date: '2024-07-02', values: { ...day.value.values, personsIn: 777 }, expectedRevision: day.value.revision, confirmWarnings: true });
  expect(saved.ok).toBe(true);

  const perPage = (file: string) => Array.from({ length: pdfPageCount(file) }, (_, i) => squeeze(pdfText(file, { first: i + 1, last: i + 1 })));
  const withDemo = outFile('demo.pdf');
  const first = await cli('--data', host.dataDir, '--period', '2024-07', '--out', withDemo);
  expect(first.code, first.stderr).toBe(0);
  const pages = perPage(withDemo);
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain('含演示数据（虚构）'));

  expect((await host.api('removeDemoData', {})).ok).toBe(true);
  const real = outFile('real.pdf');
  const second = await cli('--data', host.dataDir, '--period', '2024-07', '--out', real);
  expect(second.code, second.stderr).toBe(0);
  const text = perPage(real);
  text.forEach((t, i) => expect(t, `page ${i + 1}`).not.toContain('演示'));
  // the one figure left is the person's
  expect(text.join('')).toContain(squeeze('777'));
});
