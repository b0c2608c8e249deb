import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/domain/import/limits';
import { startWebHost } from '../../electron/web/server';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { csvFile, failure, HEADER, importFile, recordCount, xlsxFile } from './helpers/importFiles';

const ROWS = [
  HEADER,
  ['2025-01-05', '1,234', '1200', '12.5', '88.5', '是', ''],
  ['2025-01-06', '1300', '1250', '13', '90', '是', ''],
  ['2025-01-07', '', '', '', '', '否', '降雪封路'],
];

async function refusedAtStart(promise: Promise<unknown>): Promise<{ message: string; code: string }> {
  const e = await promise.then(
    () => null,
    (err: { message: string; code: string }) => err,
  );
  expect(e, 'expected startImport to refuse the file').not.toBeNull();
  return e!;
}

describe('reading CSV in the encodings Excel writes', () => {
  const text = csvFile(ROWS);

  it.each([
    ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'UTF-8（带 BOM）'],
    ['GBK (Chinese Excel’s "CSV")', iconv.encode(text, 'gbk'), 'GBK'],
    ['UTF-16 tab-separated (Excel’s "Unicode text")', iconv.encode(csvFile(ROWS, '\t'), 'utf16le', { addBOM: true }), 'UTF-16'],
  ])('%s', async (_name, bytes) => {
    const core = await tempCore();
    const job = await importFile(core, { bytes, fileName: 'data.csv' });
    expect(job.status).toBe('done');
    expect(job.preview!.counts).toEqual({ newDays: 3, changedDays: 0, unchangedDays: 0, invalidRows: 0, rangeWarnings: 0, proposedClosures: 0 });
    const first = job.preview!.newDays[0]!;
    expect(first).toMatchObject({ sheet: 'data', row: 2, date: '2025-01-05', portName: '樟木口岸' });
    expect(first.values).toMatchObject({ personsIn: 1234, personsOut: 1200, importFreightKg: 12_500, exportValueYuan: 885_000, portOpen: true });
    expect(job.preview!.newDays[2]!.values).toMatchObject({ portOpen: false, closureReason: '降雪封路' });
  });

  it('tells GBK from UTF-8 by the bytes, whatever the file is called', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: iconv.encode(csvFile([['日期', '闭关原因', '口岸开放'], ['2025-01-07', '道路塌方', '否']]), 'gbk'), fileName: '樟木.txt' });
    expect(job.preview!.newDays[0]!.values.closureReason).toBe('道路塌方');
  });
});

describe('refusing files that are no spreadsheet, with nothing written', () => {
  it('an empty file', async () => {
    const core = await tempCore();
    const e = await refusedAtStart(importFile(core, { bytes: Buffer.alloc(0), fileName: 'empty.csv' }));
    expect(e.message).toMatch(/文件是空的/);
    const blank = await importFile(core, { bytes: '\r\n  \r\n', fileName: 'blank.csv' });
    expect(failure(blank).message).toMatch(/没有任何内容/);
    expect(recordCount(core)).toBe(0);
  });

  it('a picture renamed .csv, a PDF, an old .xls, a damaged .xlsx', async () => {
    const core = await tempCore();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await refusedAtStart(importFile(core, { bytes: png, fileName: 'photo.csv' }))).message).toMatch(/不是表格文件/);
    expect((await refusedAtStart(importFile(core, { bytes: Buffer.from('%PDF-1.7\n...'), fileName: 'a.pdf' }))).message).toMatch(/PDF/);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusedAtStart(importFile(core, { bytes: xls, fileName: 'old.xls' }))).message).toMatch(/旧版 Excel.*另存为/);
    expect((await refusedAtStart(importFile(core, { bytes: 'hello', fileName: 'fake.xlsx' }))).message).toMatch(/不是 Excel 工作簿/);

    const damaged = (await xlsxFile({ S: [HEADER] })).subarray(0, 300);
    expect(failure(await importFile(core, { bytes: damaged, fileName: 'cut.xlsx' })).message).toMatch(/文件已损坏/);
    expect(recordCount(core)).toBe(0);
  });

  it('a file of 50 MB, refused before it is read; the core stays usable', async () => {
    const core = await tempCore();
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const r = await core.call('startImport', { fileName: 'big.csv', contentBase64: big.toString('base64'), defaultPortId: 1 }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(r.error.message).toBe('文件大小 50.0 MB，超过导入上限 20.0 MB。请按年份或口岸拆分成几个文件后分别导入。');
    }
    expect(recordCount(core)).toBe(0);
    const next = await importFile(core, { bytes: csvFile(ROWS), fileName: 'ok.csv' });
    expect(next.status).toBe('done');
  });

  it('a workbook that would unpack to more than the reader may hold (a zip bomb)', async () => {
    const core = await tempCore();
    // A local header, one central-directory entry claiming 400 MB, and the end record.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(400 * 1024 * 1024, 24);
    entry.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(entry.length + name.length, 12);
    end.writeUInt32LE(local.length, 16);
    const bytes = Buffer.concat([local, entry, name, end]);
    const job = await importFile(core, { bytes, fileName: 'bomb.xlsx' });
    expect(failure(job).message).toBe('这个工作簿解压后的内容有 400.0 MB，超过可读取的上限 300.0 MB。请按年份或口岸拆分成几个文件后分别导入。');
  });

  it('a file with no recognisable columns says what it found', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: csvFile([['姓名', '电话'], ['张三', '123']]), fileName: 'people.csv' });
    expect(failure(job).message).toMatch(/没有找到可识别的列.*姓名、电话/);
  });

  it('a header without data rows', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: await xlsxFile({ 数据: [HEADER] }) });
    expect(failure(job).message).toMatch(/只有表头，没有数据行/);
  });

  it('a file that gives one day twice, naming the rows, in one sheet or across sheets', async () => {
    const core = await tempCore();
    const twice = await importFile(core, { bytes: csvFile([...ROWS, ['2025-01-05', '1', '1', '', '', '是', '']]), fileName: 'twice.csv' });
    const { message, details } = failure(twice);
    expect(message).toMatch(/1 个日期重复出现/);
    expect(details).toEqual(['樟木口岸 2025-01-05：工作表“twice”第 2、5 行']);

    const across = await importFile(core, { bytes: await xlsxFile({ 一月: ROWS, 补录: [HEADER, ['2025-01-06', '1', '1', '', '', '是', '']] }) });
    expect(failure(across).details).toEqual(['樟木口岸 2025-01-06：工作表“一月”第 3 行、工作表“补录”第 2 行']);
    expect(recordCount(core)).toBe(0);
  });
});

describe('workbooks', () => {
  it('reads several sheets, skips one without a header, finds a header under a title', async () => {
    const core = await tempCore();
    const bytes = await xlsxFile(
      {
        说明: [['本表为樟木口岸每日通关数据'], ['填表人：张三']],
        '2024年': [['樟木口岸 2024 年通关数据'], [], HEADER, ['2024-12-30', 10, 11, '', '', '是', '']],
        '2025年': [HEADER, ['2025-01-02', 20, 21, '', '', '是', ''], ['2025-01-03', -1, 21, '', '', '是', '']],
      },
      { '2024年': ['A1:G1'] },
    );
    const job = await importFile(core, { bytes });
    expect(job.status).toBe('done');
    expect(job.sheets.map((s) => [s.name, s.headerRow, s.skipped !== null])).toEqual([
      ['说明', null, true],
      ['2024年', 3, false],
      ['2025年', 1, false],
    ]);
    expect(job.preview!.counts).toMatchObject({ newDays: 2, invalidRows: 1 });
    expect(job.preview!.invalidRows).toEqual([{ sheet: '2025年', row: 3, column: '入境人员', reason: '入境人员不能为负数（-1）' }]);
  });

  it('takes the saved result of a formula, refuses formulas saved without one', async () => {
    const core = await tempCore();
    const computed = await xlsxFile({ S: [HEADER, ['2025-01-05', { formula: '600+634', result: 1234 }, 1200, '', '', '是', '']] });
    const job = await importFile(core, { bytes: computed });
    expect(job.preview!.newDays[0]!.values.personsIn).toBe(1234);

    const uncomputed = await xlsxFile({ S: [HEADER, ['2025-01-05', { formula: '600+634' }, 1200, '', '', '是', '']] });
    const { message, details } = failure(await importFile(core, { bytes: uncomputed }));
    expect(message).toMatch(/1 个公式单元格没有保存计算结果/);
    expect(details).toEqual(['工作表“S”B2']);
    expect(recordCount(core)).toBe(0);
  });

  it('refuses merged cells in the data, naming the range', async () => {
    const core = await tempCore();
    const bytes = await xlsxFile({ 一月: [HEADER, ['2025-01-05', 10, 11, '', '', '是', ''], ['2025-01-06', null, 11, '', '', '是', '']] }, { 一月: ['B2:B3'] });
    const { message, details } = failure(await importFile(core, { bytes }));
    expect(message).toMatch(/工作表“一月”中有合并单元格（B2:B3）.*取消合并/);
    expect(details).toEqual(['工作表“一月”B2:B3']);
    expect(recordCount(core)).toBe(0);
  });

  it('reads cells as people type them, in a workbook too', async () => {
    const core = await tempCore();
    const bytes = await xlsxFile({
      S: [
        ['日期', '入境人员', '出口货值(亿元)', '进口货运量(万吨)', '出境人员'],
        [45662, '１２３４', 0.25, '1.2', '1.2万'], // Excel serial of 2025-01-05, full-width digits, 亿元, 万吨, 1.2万
        ['2025/1/6', '  1,300 ', '', '—', 5],
        ['2025年1月7日', "'1400", null, null, null], // text-formatted number with Excel's apostrophe
        [new Date(Date.UTC(2025, 0, 8)), 10, null, null, null],
      ],
    });
    const job = await importFile(core, { bytes });
    expect(job.preview!.counts.invalidRows).toBe(0);
    const byDate = Object.fromEntries(job.preview!.newDays.map((d) => [d.date, d.values]));
    expect(byDate['2025-01-05']).toMatchObject({ personsIn: 1234, exportValueYuan: 25_000_000, importFreightKg: 12_000_000, personsOut: 12_000 });
    expect(byDate['2025-01-06']).toMatchObject({ personsIn: 1300, exportValueYuan: null, importFreightKg: null, personsOut: 5 });
    expect(byDate['2025-01-07']).toMatchObject({ personsIn: 1400 });
    expect(byDate['2025-01-08']).toMatchObject({ personsIn: 10 });
  });
});

describe('the browser host’s body limit', () => {
  it('lets a file through to startImport beyond the default limit, but no other method', async () => {
    const core = await tempCore();
    const host = await startWebHost({ core, maxBodyBytes: 1024 * 1024 });
    try {
      const filler = 'x'.repeat(3 * 1024 * 1024);
      // Signed in: the host refuses an anonymous caller before reading its body at all.
      const setup = await fetch(`${host.url}/api/createFirstAdmin`, { method: 'POST', body: JSON.stringify({ username: 'admin', displayName: '导入员', password: 'admin-password' }) });
      const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
      const post = (method: string, body: unknown) =>
        fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(body) });
      const save = await post('saveDays', { filler });
      expect(save.status).toBe(413);
      const start = await post('startImport', { fileName: 'a.csv', defaultPortId: 1, contentBase64: Buffer.from(csvFile(ROWS) + ' '.repeat(2 * 1024 * 1024)).toString('base64') });
      // Read whole and handed to the core (which then asks who is calling): not refused for its size.
      expect(start.status).not.toBe(413);
      expect(((await start.json()) as { error?: { code: string } }).error?.code).not.toBe('PAYLOAD_TOO_LARGE');
      const tooBig = await post('startImport', { fileName: 'a.csv', defaultPortId: 1, contentBase64: 'A'.repeat(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4 * 1024 * 1024) });
      expect(tooBig.status).toBe(413);
    } finally {
      await host.close();
    }
  });
});
