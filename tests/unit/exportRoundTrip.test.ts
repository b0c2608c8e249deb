import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayValuesSchema } from '../../shared/contract/dayValues';
import type { ExportFormat, ExportLayout } from '../../shared/contract/importExport';
import { addDays } from '../../shared/domain/dates';
import { NUMERIC_FIELDS, type DayValues } from '../../shared/domain/dailyFields';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { importFile } from './helpers/importFiles';

const TRAFFIC = new Set(['importFreightKg', 'exportFreightKg', 'vehiclesIn', 'vehiclesOut', 'personsIn', 'personsOut', 'openCentihours']);

const text = fc.oneof(
  fc.constantFrom('道路塌方', '降雪封路', '设备故障, 下午恢复', '说明“引号”与 "quotes"', '第一行\n第二行', '=SUM(A1:A3)', '+86 电话', '@通知', '-5 度', '１２３（全角）'),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()).filter((s) => s.length > 0 && !/^['\-—–―/]+$/.test(s) && !/^(n\/?a)$/i.test(s) && !s.startsWith("'")),
);

/** Any day the store accepts, with figures anywhere in their ranges. */
const dayValues: fc.Arbitrary<DayValues> = fc
  .record({
    numbers: fc.tuple(...NUMERIC_FIELDS.map((f) => fc.option(fc.oneof(fc.integer({ min: 0, max: Math.min(5000, f.maxStored) }), fc.integer({ min: 0, max: f.maxStored })), { nil: null }))),
    portOpen: fc.constantFrom(true, false, null),
    closureReason: fc.option(text, { nil: null }),
    note: fc.option(text, { nil: null }),
  })
  .map(({ numbers, portOpen, closureReason, note }) => {
    const v = Object.fromEntries(NUMERIC_FIELDS.map((f, i) => [f.key, numbers[i] ?? null])) as DayValues;
    v.portOpen = portOpen;
    v.closureReason = closureReason;
    v.note = note;
    if (portOpen === false) {
      for (const f of NUMERIC_FIELDS) if (TRAFFIC.has(f.key) && v[f.key] !== null) v[f.key] = 0;
      v.closureReason ??= '道路塌方';
    }
    if (portOpen === true && v.openCentihours === 0) v.openCentihours = 1000;
    return dayValuesSchema.parse(v);
  });

async function seed(core: TestCore, portId: number, days: DayValues[], from: string) {
  await core.ok('saveDays', {
    portId,
    days: days.map((values, i) => ({ date: addDays(from, i), values })),
    source: 'grid',
    confirmWarnings: true,
  });
}

function allRecords(core: TestCore) {
  return core.store.sqlite
    .prepare('SELECT p.name AS port, d.* FROM daily_records d JOIN ports p ON p.id = d.port_id ORDER BY p.name, d.date')
    .all()
    .map((r) => {
      // where the values came from differs by design: the copy's came from the file
      const { id, port_id, revision, created_at, created_by, updated_at, updated_by, is_demo, value_sources, ...rest } = r as Record<string, unknown>;
      return rest;
    });
}

async function exportFile(core: TestCore, format: ExportFormat, layout: ExportLayout) {
  return core.ok('exportData', { portIds: [1, 2], from: '2024-01-01', to: '2024-12-31', format, layout });
}

describe('an export imports back to exactly the same data', () => {
  it.each([
    ['xlsx', 'sheetPerPort'],
    ['xlsx', 'singleSheet'],
    ['csv', 'singleSheet'],
  ] as const)('%s, %s', async (format, layout) => {
    await fc.assert(
      fc.asyncProperty(fc.array(dayValues, { minLength: 1, maxLength: 40 }), fc.array(dayValues, { minLength: 1, maxLength: 40 }), async (zhangmu, jilong) => {
        const source = await tempCore();
        await source.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
        await seed(source, 1, zhangmu, '2024-02-20');
        await seed(source, 2, jilong, '2024-12-01');
        const file = await exportFile(source, format, layout);

        // Into the same store: nothing to change.
        const same = await importFile(source, { bytes: Buffer.from(file.contentBase64, 'base64'), fileName: file.fileName, defaultPortId: null });
        expect(same.preview!.counts).toEqual({ newDays: 0, changedDays: 0, unchangedDays: file.rows, invalidRows: 0, rangeWarnings: 0, proposedClosures: 0 });

        // Into an empty store with the same ports: the same records.
        const target = await tempCore();
        await target.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
        const job = await importFile(target, { bytes: Buffer.from(file.contentBase64, 'base64'), fileName: file.fileName, defaultPortId: null });
        expect(job.preview!.counts.invalidRows).toBe(0);
        await target.ok('applyImport', { jobId: job.jobId, confirmWarnings: true });
        const blankDays = [...zhangmu, ...jilong].filter((v) => Object.values(v).every((x) => x === null)).length;
        expect(allRecords(target)).toHaveLength(allRecords(source).length - blankDays);
        expect(allRecords(target)).toEqual(allRecords(source).filter((r) => NUMERIC_FIELDS.some((f) => r[f.column] !== null) || r.port_open !== null || r.closure_reason !== null || r.note !== null));
      }),
      { numRuns: 6 },
    );
  });
});

describe('the files', () => {
  async function sampleCore() {
    const core = await tempCore();
    await core.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
    await seed(core, 1, [{ ...dayValuesSchema.parse({ ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, null])), portOpen: true, closureReason: null, note: '=1+1' }), importFreightKg: 123_456, exportValueYuan: 885_000, personsIn: 1400 }], '2024-06-03');
    await seed(core, 2, [{ ...dayValuesSchema.parse({ ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, null])), portOpen: false, closureReason: '降雪封路', note: null }) }], '2024-06-04');
    return core;
  }

  it('xlsx: a sheet per port, Chinese headers with units, the header row frozen, number formats', async () => {
    const core = await sampleCore();
    const file = await exportFile(core, 'xlsx', 'sheetPerPort');
    expect(file).toMatchObject({ fileName: '2个口岸_2024-01-01_2024-12-31.xlsx', rows: 2, includesDemo: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['樟木口岸', '吉隆口岸']);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['口岸', '日期', '日期类型', '进口货运量(吨)', '出口货运量(吨)', '进口货值(万元)']);
    expect(headers.at(-3)).toBe('口岸开放');
    const row = ws.getRow(2);
    const col = (h: string) => row.getCell(headers.indexOf(h) + 1);
    expect(col('日期').value).toEqual(new Date('2024-06-03T00:00:00Z'));
    expect(col('日期').numFmt).toBe('yyyy-mm-dd');
    expect(col('进口货运量(吨)').value).toBe(123.456);
    expect(col('进口货运量(吨)').numFmt).toBe('#,##0.000');
    expect(col('出口货值(万元)').value).toBe(88.5);
    expect(col('出口货值(万元)').numFmt).toBe('#,##0.0000');
    expect(col('入境人员(人次)').numFmt).toBe('#,##0');
    expect(col('口岸开放').value).toBe('是');
    expect(col('备注').value).toBe('=1+1');
    expect(col('日期类型').value).toBe('工作日');
  });

  it('xlsx: every port in one long sheet', async () => {
    const core = await sampleCore();
    const file = await exportFile(core, 'xlsx', 'singleSheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['每日数据']);
    expect(wb.worksheets[0]!.getColumn(1).values.slice(1)).toEqual(['口岸', '樟木口岸', '吉隆口岸']);
  });

  it('csv: UTF-8 with a BOM, CRLF, exact decimals, formula-like text made harmless', async () => {
    const core = await sampleCore();
    const file = await exportFile(core, 'csv', 'singleSheet');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^口岸,日期,日期类型,进口货运量\(吨\),/);
    expect(lines[1]).toMatch(/^樟木口岸,2024-06-03,工作日,123\.456,,,88\.5,/);
    expect(lines[1]).toMatch(/,是,,'=1\+1$/);
    expect(lines[2]).toMatch(/^吉隆口岸,2024-06-04,.*,否,降雪封路,$/);
    expect(lines.at(-1)).toBe('');
  });

  it('refuses an empty period with a message', async () => {
    const core = await tempCore();
    const r = await core.call('exportData', { portIds: [1], from: '2020-01-01', to: '2020-12-31', format: 'csv' }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/没有任何已录入的数据/);
  });
});
