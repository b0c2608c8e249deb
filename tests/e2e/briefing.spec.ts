import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { BriefingPage } from './support/briefingPage';
import { briefingPagePdfOptions, openBriefingPrintView, pdfFonts, pdfPageCount, pdfText } from './support/briefingPdf';
import { month, seed, seedJuneAndBases, seedMeasure } from './support/briefingSeed';
import { datesBetween, todayInShanghai } from '../../shared/domain/dates';
import { formatChangeInWords, formatCount, formatDateLabel, formatPercent, formatYuan } from '../../shared/domain/format';
import { lastCompletePeriod, periodLabel } from '../../shared/domain/periods';

const JUNE = { port: 1, preset: 'month', kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;
/** pdftotext breaks table cells and lines where it likes: compare without any white space. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

test('a month’s briefing, printed to PDF, has the title, period, the database’s figures, the 同比 wording and page numbers in the bundled font', async ({ app, host, db }) => {
  await seedJuneAndBases(host.url);
  await seedMeasure(host.url);
  const briefing = new BriefingPage(app);
  await briefing.open(JUNE);
  await expect(briefing.title).toHaveText('樟木口岸通关情况简报（2025年6月）');
  await expect(briefing.measures).toContainText('农副产品绿色通道');
  await expect(briefing.summary).toContainText('本月樟木口岸进出口货值');
  await expect(briefing.closures).toContainText('道路塌方');

  // remarks typed before printing are kept and printed
  await briefing.typeRemarks('请各联检单位做好汛期道路保通工作。');
  await briefing.saveRemarks();
  expect(db.query('SELECT port_id, period_kind, period_from, period_to, text, updated_by FROM briefing_remarks')).toEqual([
    { port_id: 1, period_kind: 'month', period_from: '2025-06-01', period_to: '2025-06-30', text: '请各联检单位做好汛期道路保通工作。', updated_by: '测试员' },
  ]);

  const print = await app.context().newPage();
  const briefingAsks: string[] = [];
  print.on('request', (r) => void (r.url().endsWith('/api/getBriefing') && briefingAsks.push(r.url())));
  const title = await openBriefingPrintView(print, host.url, { portId: 1, period: JUNE });
  expect(title).toBe('樟木口岸通关情况简报（2025年6月）');
  // asked once: the ask sent as the print page's script starts is the answer it draws
  expect(briefingAsks).toHaveLength(1);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), 'briefing.pdf');
  const produced = formatDateLabel(todayInShanghai());
  fs.writeFileSync(file, await print.pdf(briefingPagePdfOptions(produced)));

  const text = squeeze(pdfText(file));
  expect(text).toContain('樟木口岸通关情况简报（2025年6月）');
  expect(text).toContain(squeeze('统计时段：2025年6月1日–2025年6月30日'));
  expect(text).toContain(squeeze(`生成日期：${produced}`));

  // the figures as the database has them
  const sums = (from: string, to: string) =>
    db.query<{ trade: number; persons: number; vehicles: number }>(
      `SELECT sum(import_value_yuan) + sum(export_value_yuan) AS trade, sum(persons_in) + sum(persons_out) AS persons,
              sum(vehicles_in) + sum(vehicles_out) AS vehicles
         FROM daily_records WHERE port_id = 1 AND date BETWEEN ? AND ?`,
      from,
      to,
    )[0]!;
  const june = sums('2025-06-01', '2025-06-30');
  const may = sums('2025-05-01', '2025-05-31');
  const lastJune = sums('2024-06-01', '2024-06-30');
  const yoy = ((june.trade - lastJune.trade) / lastJune.trade) * 100;
  const mom = ((june.trade - may.trade) / may.trade) * 100;
  for (const figure of [formatYuan(june.trade), formatYuan(may.trade), formatYuan(lastJune.trade), formatPercent(yoy), formatPercent(mom)]) {
    expect(text).toContain(squeeze(figure));
  }
  expect(text).toContain(squeeze(formatCount(june.persons, '人次')));
  expect(text).toContain(squeeze(formatCount(june.vehicles, '辆次')));
  // the summary's 同比 wording, never a signed change
  expect(text).toContain(`进出口货值${squeeze(formatYuan(june.trade))}，同比${formatChangeInWords(yoy)}`);
  expect(formatChangeInWords(yoy)).toMatch(/^增长\d/);
  expect(text).not.toMatch(/增长-|NaN|Infinity/);

  // the measures, the closures and the remarks
  expect(text).toContain('农副产品绿色通道');
  expect(text).toContain('优先查验、合格即放已常态化');
  expect(text).toContain('2025年6月18日');
  expect(text).toContain('降雪封路');
  expect(text).toContain('请各联检单位做好汛期道路保通工作。');

  // page numbers on every page, from the footer
  const pages = pdfPageCount(file);
  expect(pages).toBeGreaterThanOrEqual(1);
  for (let n = 1; n <= pages; n++) expect(squeeze(pdfText(file, { first: n, last: n }))).toContain(`第${n}页/共${pages}页`);

  // the bundled CJK font is embedded (not the PC's own)
  const fonts = pdfFonts(file);
  expect(fonts.filter((f) => /NotoSansSC/.test(f.name) && f.embedded).length, JSON.stringify(fonts)).toBeGreaterThan(0);
  expect(fonts.every((f) => f.embedded)).toBe(true);
});

test('in the browser the briefing prints through the browser, and the API says to use print for a PDF', async ({ app, host }) => {
  await seedJuneAndBases(host.url);
  const briefing = new BriefingPage(app);
  await briefing.open(JUNE);
  await app.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await expect(app.getByText('把“目标打印机”选为“另存为 PDF”').first()).toBeVisible();
  await briefing.typeRemarks('打印前自动保存的备注');
  await briefing.print();
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await app.reload();
  await expect(app.getByLabel('备注', { exact: true })).toHaveValue('打印前自动保存的备注');

  const res = await fetch(`${host.url}/api/exportBriefingPdf`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ portId: 1, period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } }),
  });
  expect(res.status).toBe(501);
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('另存为 PDF') } });
});

test('a preset picks the period and the title follows', async ({ app, host }) => {
  await seedJuneAndBases(host.url);
  const briefing = new BriefingPage(app);
  await briefing.open(JUNE);
  await briefing.choosePreset('上季度');
  const quarter = lastCompletePeriod('quarter', todayInShanghai());
  await expect(briefing.title).toHaveText(`樟木口岸通关情况简报（${periodLabel(quarter)}）`);
  await expect(app).toHaveURL(new RegExp(`kind=quarter&from=${quarter.from}&to=${quarter.to}`));
});

test('a viewer reads and prints the briefing but cannot change its remarks', async ({ host, viewer }) => {
  await seedJuneAndBases(host.url);
  const saved = await host.api('saveBriefingRemarks', { portId: 1, period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' }, text: '管理员写的备注', expectedRevision: 0 });
  expect(saved.ok).toBe(true);
  const briefing = new BriefingPage(viewer);
  await briefing.open(JUNE);
  await expect(viewer.getByTestId('briefing-remarks')).toHaveText('管理员写的备注');
  await expect(viewer.getByLabel('备注', { exact: true })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /打印 \/ 另存为 PDF/ })).toBeEnabled();
});

test('a long briefing keeps its table headers on every page it continues on, and has no blank page', async ({ app, host }) => {
  // half a year with a closed day in every three: the closures table runs over several pages
  const closed = new Map(datesBetween('2025-01-01', '2025-06-30').filter((_, i) => i % 3 === 0).map((d) => [d, '降雪封路']));
  await seed(host.url, month('2025-01-01', '2025-06-30', 1, closed));
  const print = await app.context().newPage();
  const ytd = { portId: 1, period: { kind: 'ytd', from: '2025-01-01', to: '2025-06-30' } };
  expect(await openBriefingPrintView(print, host.url, ytd)).toBe('樟木口岸通关情况简报（2025年1–6月累计）');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), 'ytd.pdf');
  fs.writeFileSync(file, await print.pdf(briefingPagePdfOptions(formatDateLabel(todayInShanghai()))));

  const pages = pdfPageCount(file);
  const closedLabels = [...closed.keys()].map((d) => squeeze(formatDateLabel(d)));
  let pagesWithClosures = 0;
  for (let n = 1; n <= pages; n++) {
    const text = squeeze(pdfText(file, { first: n, last: n }));
    // more than the footer on every page
    expect(text.replace(/生成日期：.*?日|第\d+页\/共\d+页/g, '').length, `page ${n}`).toBeGreaterThan(20);
    if (closedLabels.some((d) => text.includes(`${d}周`) || text.includes(`${d}工作日`) || text.includes(`${d}法定节假日`))) {
      pagesWithClosures++;
      expect(text, `page ${n} continues the closures table`).toContain('日期日期类型闭关原因');
    }
  }
  expect(pagesWithClosures).toBeGreaterThanOrEqual(2);
});
