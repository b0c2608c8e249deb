import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, type ExportRow } from './exportColumns';

export interface XlsxSheet {
  name: string;
  rows: readonly ExportRow[];
}

/** Characters Excel forbids in a sheet name, and its length limit. */
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*:[\]]/g;
const MAX_SHEET_NAME = 31;

export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(FORBIDDEN_IN_SHEET_NAME, '_').slice(0, MAX_SHEET_NAME).trim() || '数据';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * A workbook with Chinese headers (units included), the header row and the port/date columns frozen,
 * and number formats per column. Written with exceljs's streaming writer: a 100,000-row export would
 * otherwise be built in memory cell by cell before a byte is written.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], title: string, note?: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.title = title;
  workbook.creator = '樟木口岸通关效率跟踪';

  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(names[i]!, { views: [{ state: 'frozen', xSplit: 2, ySplit: note ? 2 : 1 }] });
    ws.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    // Above the header of every sheet, so that no sheet of the file is read without it.
    if (note) {
      const noteRow = ws.addRow([note]);
      noteRow.font = { bold: true, color: { argb: 'FFC00000' } };
      noteRow.commit();
    }
    const header = ws.addRow(EXPORT_COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.commit();
    // Cells take their number format from the column's style (set above), so none is set per cell.
    for (const row of sheet.rows) ws.addRow(EXPORT_COLUMNS.map((c) => c.xlsx(row))).commit();
    ws.commit();
  });
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
