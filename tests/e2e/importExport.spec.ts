import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from './support/fixtures';
import { ImportExportPage } from './support/importExportPage';
import { MonthGridPage } from './support/monthGridPage';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('三月');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a workbook is imported through the page: preview, apply, the days are in the month grid', async ({ app, db }) => {
  const buffer = await workbook([
    ['日期', '入境人员', '出境人员', '进口货运量(吨)', '出口货值(万元)', '口岸开放', '闭关原因'],
    ['2025-03-03', 1400, 1350, 123.456, 88.5, '是', null],
    ['2025/3/4', '1,420', 1380, '1.2万', null, '是', null],
    ['2025年3月5日', null, null, null, null, '否', '降雪封路'],
    ['2025-03-06', -20, 1300, null, null, '是', null],
  ]);
  const page = new ImportExportPage(app);
  await page.open();
  await page.chooseFile({ name: '三月通关.xlsx', mimeType: XLSX, buffer });

  await expect(page.preview()).toBeVisible();
  await expect(page.count('newDays')).toHaveText('3');
  await expect(page.count('invalidRows')).toHaveText('1');
  await expect(page.invalidRows()).toContainText('入境人员不能为负数（-20）');
  await expect(page.invalidRows()).toContainText('三月');
  await page.showTab(/新增的天/);
  await expect(app.getByTestId('new-days')).toContainText('进口货运量 12000 吨');
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);

  await page.apply();
  await expect(app.getByText('已导入：写入 3 天，0 天无变化，1 行有问题未导入。')).toBeVisible();
  expect(db.query('SELECT date, persons_in, import_freight_kg, export_value_yuan, port_open, closure_reason FROM daily_records ORDER BY date')).toEqual([
    { date: '2025-03-03', persons_in: 1400, import_freight_kg: 123_456, export_value_yuan: 885_000, port_open: 1, closure_reason: null },
    { date: '2025-03-04', persons_in: 1420, import_freight_kg: 12_000_000, export_value_yuan: null, port_open: 1, closure_reason: null },
    { date: '2025-03-05', persons_in: null, import_freight_kg: null, export_value_yuan: null, port_open: 0, closure_reason: '降雪封路' },
  ]);
  expect(db.query('SELECT DISTINCT source, changed_by FROM daily_record_revisions')).toEqual([{ source: 'import', changed_by: '测试员' }]);

  await app.getByRole('button', { name: '在月度表格中查看' }).click();
  const grid = new MonthGridPage(app);
  await expect(app.getByTestId('missing-days')).toHaveText('本月有 28 天尚未录入');
  await expect(grid.cell('2025-03-03', '入境人员')).toHaveValue('1400');
  await expect(grid.cell('2025-03-03', '进口货运量')).toHaveValue('123.456');
  await expect(grid.cell('2025-03-04', '入境人员')).toHaveValue('1420');
  await expect(grid.cell('2025-03-05', '口岸开放')).toHaveValue('否');
  await expect(grid.cell('2025-03-05', '闭关原因')).toHaveValue('降雪封路');
});

test('a figure far outside the usual range is shown in the preview and goes in only once confirmed', async ({ app, db }) => {
  const rows: (string | number | null)[][] = [['日期', '入境人员', '出口货值(万元)']];
  for (let d = 1; d <= 12; d++) rows.push([`2025-03-${String(d).padStart(2, '0')}`, 1000 + d, 12.5]);
  // 元 typed into the 万元 column.
  rows.push(['2025-03-13', 1013, 125000]);
  const page = new ImportExportPage(app);
  await page.open();
  await page.chooseFile({ name: '三月通关.xlsx', mimeType: XLSX, buffer: await workbook(rows) });

  await expect(page.count('newDays')).toHaveText('13');
  await expect(page.rangeWarnings()).toContainText('有 1 个数值远超该口岸的常见范围');
  await expect(page.rangeWarnings()).toContainText('2025-03-13 出口货值 125000 万元，超过近 90 天中位数（12.5 万元）的 5 倍');
  await expect(page.rangeWarnings()).toContainText('出口货值(万元)');
  await expect(page.rangeWarnings()).toContainText('三月 · 14');
  await expect(page.applyButton()).toBeDisabled();
  await expect(app.getByText('请先核对上方列出的数值并勾选确认')).toBeVisible();

  await page.confirmRangeWarnings();
  await expect(page.applyButton()).toBeEnabled();
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
  await page.apply();
  await expect(app.getByText('已导入：写入 13 天，0 天无变化，0 行有问题未导入。')).toBeVisible();
  expect(db.query("SELECT export_value_yuan FROM daily_records WHERE date = '2025-03-13'")).toEqual([{ export_value_yuan: 1_250_000_000 }]);
});

test('a closure written as clerks write it is proposed in the preview, and the clerk keeps, rewords or declines it', async ({ app, db }) => {
  const buffer = await workbook([
    ['日期', '入境人员', '出境人员', '口岸开放', '备注'],
    ['2025-03-03', 1400, 1350, '是', null],
    ['2025-03-04', 0, 0, '是', '塌方,口岸关闭'],
    ['2025-03-05', 0, 0, null, '暴雪'],
    ['2025-03-06', 0, 0, '是', '大风，口岸未关闭'],
  ]);
  const page = new ImportExportPage(app);
  await page.open();
  await page.chooseFile({ name: '三月通关.xlsx', mimeType: XLSX, buffer });

  const proposals = app.getByTestId('proposed-closures');
  await expect(proposals).toContainText('有 2 天的数据全为 0 或空，备注写明了闭关');
  await expect(proposals).toContainText('2025-03-04');
  await expect(proposals).not.toContainText('2025-03-06');
  await expect(app.getByLabel('2025-03-04 的闭关原因')).toHaveValue('塌方,口岸关闭');
  // 4 March kept with a reworded reason; 5 March was in fact open
  await app.getByLabel('2025-03-04 的闭关原因').fill('道路塌方');
  await app.getByLabel('2025-03-05 记为闭关').click();
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);

  await page.apply();
  await expect(app.getByText(/已导入：写入 4 天/)).toBeVisible();
  expect(db.query('SELECT date, port_open, closure_reason, note FROM daily_records ORDER BY date')).toEqual([
    { date: '2025-03-03', port_open: 1, closure_reason: null, note: null },
    { date: '2025-03-04', port_open: 0, closure_reason: '道路塌方', note: '塌方,口岸关闭' },
    { date: '2025-03-05', port_open: null, closure_reason: null, note: '暴雪' },
    { date: '2025-03-06', port_open: 1, closure_reason: null, note: '大风，口岸未关闭' },
  ]);
});

test('a broken file and a 50 MB file are refused with a message, and the store is unchanged', async ({ app, host, db }) => {
  const seed = await fetch(host.url + '/api/saveDays', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      portId: 1,
      source: 'grid',
      confirmWarnings: true,
      days: [{ date: '2025-03-03', values: { ...Object.fromEntries(['importFreightKg', 'exportFreightKg', 'importValueYuan', 'exportValueYuan', 'borderTradeYuan', 'importDeclarations', 'exportDeclarations', 'vehiclesIn', 'vehiclesOut', 'personsOut', 'importClearanceCentihours', 'exportClearanceCentihours', 'openCentihours'].map((k) => [k, null])), personsIn: 1400, portOpen: true, closureReason: null, note: null } }],
    }),
  });
  expect(seed.status).toBe(200);
  const before = db.query('SELECT * FROM daily_records');

  const page = new ImportExportPage(app);
  await page.open();
  const good = await workbook([['日期', '入境人员'], ['2025-03-03', 1500]]);
  await page.chooseFile({ name: '损坏.xlsx', mimeType: XLSX, buffer: good.subarray(0, good.length / 2) });
  await expect(page.error()).toContainText('无法导入“损坏.xlsx”');
  await expect(page.error()).toContainText('文件已损坏');
  await expect(page.error()).toContainText('未写入任何数据');

  const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-big-')), '十年.csv');
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x31));
  try {
    await page.chooseFile(big);
    await expect(page.error()).toContainText('文件大小 50.0 MB，超过导入上限 20.0 MB');
  } finally {
    fs.rmSync(path.dirname(big), { recursive: true, force: true });
  }

  // The app is still usable: the next file goes through.
  await page.chooseFile({ name: '好的.xlsx', mimeType: XLSX, buffer: good });
  await expect(page.count('changedDays')).toHaveText('1');
  expect(db.query('SELECT * FROM daily_records')).toEqual(before);
});

test('a sheet whose date column is not recognised is mapped by hand in the dialog', async ({ app, db }) => {
  const page = new ImportExportPage(app);
  await page.open();
  const csv = '\uFEFF统计时间点,入境人员,出境人员\r\n2025-03-03,1400,1350\r\n';
  await page.chooseFile({ name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(app.getByRole('dialog', { name: '确认列对应' })).toContainText('没有找到日期列，请指定哪一列是日期');
  await page.mapColumn('统计时间点', '日期');
  await page.confirmMapping();
  await expect(page.count('newDays')).toHaveText('1');
  await page.apply();
  await expect(app.getByText(/已导入：写入 1 天/)).toBeVisible();
  expect(db.query('SELECT date, persons_in, persons_out FROM daily_records')).toEqual([{ date: '2025-03-03', persons_in: 1400, persons_out: 1350 }]);
  expect(db.query('SELECT count(*) AS n FROM import_mappings')).toEqual([{ n: 1 }]);
});

test('the demo data is offered on an empty store, marked while present, and removed in one action', async ({ app, db }) => {
  await expect(app.getByTestId('first-run')).toBeVisible();
  await app.getByTestId('first-run').getByRole('button', { name: '加载演示数据' }).click();
  await expect(app.getByTestId('demo-banner')).toContainText('含有演示数据（虚构');
  const demo = db.query<{ n: number }>('SELECT count(*) AS n FROM daily_records WHERE is_demo = 1')[0]!;
  expect(demo.n).toBeGreaterThan(800);

  await app.getByTestId('demo-banner').getByRole('button', { name: '删除演示数据' }).click();
  await app.getByRole('dialog').getByRole('button', { name: '删除演示数据' }).click();
  await expect(app.getByTestId('demo-banner')).toHaveCount(0);
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
});

test('an export is downloaded as a workbook that reads back', async ({ app, host }) => {
  const day = (date: string, personsIn: number) => ({
    date,
    values: { ...Object.fromEntries(['importFreightKg', 'exportFreightKg', 'importValueYuan', 'exportValueYuan', 'borderTradeYuan', 'importDeclarations', 'exportDeclarations', 'vehiclesIn', 'vehiclesOut', 'personsOut', 'importClearanceCentihours', 'exportClearanceCentihours', 'openCentihours', 'portOpen', 'closureReason', 'note'].map((k) => [k, null])), personsIn },
  });
  const seed = await fetch(host.url + '/api/saveDays', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ portId: 1, source: 'grid', confirmWarnings: true, days: [day('2025-03-03', 1400), day('2025-03-04', 1420)] }),
  });
  expect(seed.status).toBe(200);

  const page = new ImportExportPage(app);
  await page.open();
  await page.exportPeriod('2025-03-01', '2025-03-31');
  const download = await page.export();
  expect(download.suggestedFilename()).toBe('樟木口岸_2025-03-01_2025-03-31.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('樟木口岸')!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1);
  expect(ws.getRow(3).getCell(headers.indexOf('入境人员(人次)') + 1).value).toBe(1420);
  await expect(app.getByText('已导出 2 天的数据：樟木口岸_2025-03-01_2025-03-31.xlsx')).toBeVisible();
});

test('a long export shows its progress, and the CSV downloads with every day', async ({ app, host }) => {
  const blank = Object.fromEntries(['importFreightKg', 'exportFreightKg', 'importValueYuan', 'exportValueYuan', 'borderTradeYuan', 'importDeclarations', 'exportDeclarations', 'vehiclesIn', 'vehiclesOut', 'personsOut', 'importClearanceCentihours', 'exportClearanceCentihours', 'openCentihours', 'portOpen', 'closureReason', 'note'].map((k) => [k, null]));
  // 3,200 days from 2015 on: more than the 3,000 from which the page shows a progress bar.
  const days = Array.from({ length: 3200 }, (_, i) => ({ date: new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10), values: { ...blank, personsIn: 1000 + (i % 500) } }));
  for (let i = 0; i < days.length; i += 400) {
    const seed = await fetch(host.url + '/api/saveDays', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ portId: 1, source: 'grid', confirmWarnings: true, days: days.slice(i, i + 400) }),
    });
    expect(seed.status).toBe(200);
  }

  const page = new ImportExportPage(app);
  await page.open();
  await page.exportPeriod('2015-01-01', '2024-12-31');
  await app.getByRole('radio', { name: /CSV/ }).check();
  const download = await page.export();
  expect(download.suggestedFilename()).toBe('樟木口岸_2015-01-01_2024-12-31.csv');
  const progress = app.getByTestId('export-progress');
  await expect(progress).toContainText('已写出全部 3,200 天');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

  const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(days.length + 1);
  const persons = lines[0]!.split(',').indexOf('入境人员(人次)');
  expect(lines.slice(1).map((l) => [l.split(',')[1], Number(l.split(',')[persons])])).toEqual(days.map((d) => [d.date, d.values.personsIn]));
  await expect(app.getByText('已导出 3200 天的数据：樟木口岸_2015-01-01_2024-12-31.csv')).toBeVisible();
});
