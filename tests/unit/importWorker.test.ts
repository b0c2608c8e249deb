import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { packSpreadsheet, unpackSpreadsheet } from '../../electron/core/services/importExport/import/packedSheets';
import { endReadWorker, READ_LIMITS, readSpreadsheetInWorker } from '../../electron/core/services/importExport/import/readInWorker';
import { readXlsx } from '../../electron/core/services/importExport/import/readXlsx';
import { readZipDirectory } from '../../electron/core/services/importExport/import/xlsx/zipArchive';
import { HEADER } from './helpers/importFiles';
import { deflated, zipOf } from './helpers/zipBombs';

/**
 * The reading of import files off the host's thread (readInWorker) and the streaming .xlsx reader
 * behind it: the worker's limits, where its code is found, and that the reader sees what exceljs
 * (which the import used before) saw.
 */

afterAll(() => endReadWorker());

/** A CSV of `rows` days, every figure filled in: about 1 MB per 10,000 rows. */
function bigCsv(rows: number): Buffer {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) lines.push(`2010-01-01,${i},${i + 1},${i / 10},${i / 100},是,正常通关的一天`);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err as Error,
  );
  if (!e) throw new Error('expected the file to be refused');
  return e.message;
}

describe('the reading worker', () => {
  it('reads a file and gives back every row (and is found from the TypeScript source here)', async () => {
    const data = await readSpreadsheetInWorker('days.csv', bigCsv(1000));
    expect(data.kind).toBe('csv');
    expect(data.sheets[0]!.rows).toHaveLength(1001);
    expect(data.sheets[0]!.rows[1000]).toEqual(['2010-01-01', '999', '1000', '99.9', '9.99', '是', '正常通关的一天']);
  });

  it('is an entry of its own in the electron-vite build, found beside the main bundle', () => {
    // readInWorker looks for parseWorker.js next to itself, i.e. in out/main, when built.
    const config = fs.readFileSync(path.resolve(__dirname, '../../electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/parseWorker: resolve\(__dirname, 'electron\/core\/services\/importExport\/import\/parseWorker\.ts'\)/);
    expect(fs.existsSync(path.resolve(__dirname, '../../electron/core/services/importExport/import/parseWorker.ts'))).toBe(true);
  });

  it('a file that takes longer than the time limit ends the worker with one Chinese sentence; the next file is read', async () => {
    const message = await refusal(readSpreadsheetInWorker('slow.csv', bigCsv(100_000), { ...READ_LIMITS, timeMs: 5 }));
    expect(message).toBe('这个文件读取时间过长，已停止读取，文件可能已损坏或被故意构造；未写入任何数据。如确是数据文件，请按年份或口岸拆分成几个文件后分别导入。');
    expect((await readSpreadsheetInWorker('next.csv', bigCsv(10))).sheets[0]!.rows).toHaveLength(11);
  }, 60_000);

  it('a file that needs more memory than the cap ends the worker, never the program; the next file is read', async () => {
    const file = bigCsv(100_000);
    const message = await refusal(readSpreadsheetInWorker('big.csv', file, { ...READ_LIMITS, memoryMb: 24 }));
    expect(message).toMatch(/^这个文件读取时需要的内存超过了上限/);
    // The same file within the usual cap: read whole.
    expect((await readSpreadsheetInWorker('big.csv', file)).sheets[0]!.rows).toHaveLength(100_001);
  }, 60_000);
});

describe('the sheets as they cross from the worker', () => {
  it('come back exactly: text (empty, emoji, Chinese), numbers, dates, booleans, empty cells, ragged rows, merges', () => {
    const rawCell = fc.oneof(
      fc.constant(null),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string(), rows: fc.array(fc.array(rawCell, { maxLength: 6 }), { maxLength: 12 }) }), { maxLength: 3 }), (sheets) => {
        const data = {
          kind: 'xlsx' as const,
          encoding: null,
          sheets: sheets.map((s) => ({ ...s, merges: [{ range: 'A1:B2', top: 1, bottom: 2 }] })),
        };
        expect(unpackSpreadsheet(structuredClone(packSpreadsheet(data)))).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the zip archive, checked before anything is inflated', () => {
  const sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

  it('refuses entries that overlap (the same bytes inflated again and again)', () => {
    const honest = zipOf([deflated('a.xml', sheet), deflated('b.xml', sheet)]);
    expect(readZipDirectory(honest).map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
    // Point the second directory entry's local header at the first one's.
    const overlapping = Buffer.from(honest);
    const directory = overlapping.readUInt32LE(overlapping.length - 22 + 16);
    const second = directory + 46 + 'a.xml'.length;
    overlapping.writeUInt32LE(0, second + 42);
    expect(() => readZipDirectory(overlapping)).toThrow(/文件已损坏/);
  });

  it('refuses a directory whose sizes add up to more than the cap, before inflating a byte', () => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ ...deflated(`x${i}.xml`, sheet), claimedSize: 100 * 1024 * 1024 }));
    expect(() => readZipDirectory(zipOf(entries))).toThrow(/解压后的内容有 \d+\.\d MB，超过可读取的上限 300\.0 MB/);
  });
});

/** What exceljs's full load gave the import for a cell, as the import used to take it. */
function exceljsCell(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return exceljsCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value) return value.text;
  return null;
}

describe('the streaming .xlsx reader reads what exceljs read', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001f]/.test(s)),
    fc.constantFrom('樟木口岸', '道路塌方', '=1+1', ' 前后空格 ', 'a & <b>'),
    fc.integer({ min: -1e6, max: 1e9 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
    fc.integer({ min: 0, max: 5000 }).map((n) => ({ formula: `${n}+1`, result: n + 1 })),
    fc.constantFrom({ formula: 'A1&"x"', result: '文本结果' }),
    fc.constantFrom({ richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] }),
  );

  it('every cell of generated workbooks: text, numbers, dates, booleans, formulas with results, rich text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 30 }), fc.boolean(), async (rows, twoSheets) => {
        const wb = new ExcelJS.Workbook();
        const sheets = twoSheets ? ['一月', '二月'] : ['数据'];
        for (const name of sheets) {
          const ws = wb.addWorksheet(name);
          rows.forEach((r, i) => {
            const row = ws.getRow(i + 1);
            r.forEach((v, c) => {
              const target = row.getCell(c + 1);
              target.value = v as ExcelJS.CellValue;
              if (v instanceof Date) target.numFmt = 'yyyy-mm-dd';
            });
            row.commit();
          });
        }
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        const loaded = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
        const mine = await readXlsx(bytes);
        expect(mine.sheets.map((s) => s.name)).toEqual(loaded.worksheets.map((w) => w.name));
        loaded.worksheets.forEach((ws, s) => {
          const expected: unknown[][] = [];
          ws.eachRow({ includeEmpty: true }, (row, r) => {
            const values = row.values as ExcelJS.CellValue[];
            expected[r - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, c) => exceljsCell(values[c + 1]));
          });
          // Trailing empty cells and rows are no data either way.
          const trim = (table: unknown[][]) => {
            const out = Array.from({ length: table.length }, (_, r) => {
              const row = [...(table[r] ?? [])].map((v) => v ?? null);
              while (row.length && row[row.length - 1] === null) row.pop();
              return row;
            });
            while (out.length && out[out.length - 1]!.length === 0) out.pop();
            return out;
          };
          expect(trim(mine.sheets[s]!.rows)).toEqual(trim(expected));
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
