import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoDay } from '../../electron/core/services/importExport/demo/generateDemoDays';
import { EXPORT_COLUMNS, type ExportRow } from '../../electron/core/services/importExport/export/exportColumns';
import { inMemory } from '../../electron/core/services/importExport/export/exportWriter';
import { createXlsxWriter } from '../../electron/core/services/importExport/export/writeXlsx';
import { columnLetters, xmlText } from '../../electron/core/services/importExport/export/xlsxRowXml';
import { addDays } from '../../shared/domain/dates';
import { weekdayDayType } from '../../shared/domain/dayType';

function rows(count: number, note: (i: number) => string | null = (i) => `第 ${i + 1} 天`): ExportRow[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays('2020-01-01', i);
    return { portName: '樟木口岸', date, dayType: weekdayDayType(date), values: { ...demoDay(date, weekdayDayType(date)), note: note(i) } };
  });
}

const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('xlsx export rows written as sheet XML', () => {
  it('names columns as Excel does and keeps text XML can hold', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(xmlText('a<b>&"c\'')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlText('甲\u0001乙\u0008丙\t丁\n戊\u007F')).toBe('甲乙丙\t丁\n戊');
    expect(xmlText('口岸')).toBe('口岸');
  });

  it('reads back cell by cell as the rows were, with each column’s number format, after a note and the header', async () => {
    const hostile = ['<b>粗</b> & "引号"', '控制\u0002字符', null, '=1+1', '第一行\n第二行'];
    const written = rows(2500, (i) => hostile[i % hostile.length]!);
    const file = inMemory();
    const writer = createXlsxWriter(file.out, '测试', ['樟木口岸'], '含演示数据');
    writer.startSheet();
    // Two pages, as writeExport sends them.
    writer.addRows(written.slice(0, 2000));
    await writer.caughtUp();
    writer.addRows(written.slice(2000));
    await writer.finish();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes() as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('含演示数据');
    expect(EXPORT_COLUMNS.map((_, c) => ws.getRow(2).getCell(c + 1).value)).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(ws.rowCount).toBe(2 + written.length);
    written.forEach((row, i) => {
      const read = ws.getRow(3 + i);
      EXPORT_COLUMNS.forEach((column, c) => {
        const cell = read.getCell(c + 1);
        // What the row should read back as, worked out here: text without the characters XML cannot hold.
        const expected = column.xlsx(row);
        const want = typeof expected === 'string' ? expected.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '') : expected;
        expect(cell.value, `${row.date} ${column.header}`).toEqual(want);
        if (want !== null) expect(cell.numFmt ?? 'General').toBe(column.numFmt ?? 'General');
      });
    });
  });

  it('a page has reached the file (compressed) before the next is read, not waiting in the zip’s queue', async () => {
    let received = 0;
    const out = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback();
      },
    });
    const writer = createXlsxWriter(out, '测试', ['樟木口岸']);
    writer.startSheet();
    const pages = [rows(2000), rows(2000)];
    writer.addRows(pages[0]!);
    await writer.caughtUp();
    const afterFirstPage = received;
    writer.addRows(pages[1]!);
    await writer.caughtUp();
    await writer.finish();
    // Two like pages: the first is about half the file. Only the last unfilled pieces of the zip's
    // buffers (tens of KB of XML, a few KB compressed) may still be on their way.
    expect(afterFirstPage).toBeGreaterThan(0.3 * received);
  });

  it('waits while the file takes nothing, so pages do not pile up in memory, and goes on once it does', async () => {
    let held: (() => void)[] = [];
    let stuck = true;
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        if (stuck) held.push(callback);
        else callback();
      },
    });
    const writer = createXlsxWriter(out, '测试', ['樟木口岸']);
    writer.startSheet();
    writer.addRows(rows(2000));
    let caughtUp = false;
    const waiting = writer.caughtUp().then(() => (caughtUp = true));
    await ticks(200);
    expect(caughtUp).toBe(false);
    stuck = false;
    for (const release of held) release();
    held = [];
    await waiting;
    expect(caughtUp).toBe(true);
    await writer.finish();
  });
});
