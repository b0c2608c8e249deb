import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS } from './exportColumns';
import { finished, type ExportWriter } from './exportWriter';

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
 * and number formats per column, written with exceljs's streaming writer: each row is committed to
 * the file as it comes, and a sheet is closed before the next starts. Strings are written in their
 * cells rather than in a shared table, which would hold every distinct text (each day's note) in
 * memory until the end.
 *
 * `sheetNameList` are all the sheets' names, made unique and valid together up front. A `note`
 * ("含演示数据（虚构）") stands above the header of every sheet, so that no sheet is read without it.
 */
export function createXlsxWriter(out: Writable, title: string, sheetNameList: readonly string[], note?: string): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.title = title;
  workbook.creator = '樟木口岸通关效率跟踪';
  const names = sheetNames(sheetNameList);
  let sheet: ExcelJS.Worksheet | null = null;

  const closeSheet = () => {
    sheet?.commit();
    sheet = null;
  };

  return {
    startSheet() {
      closeSheet();
      const ws = workbook.addWorksheet(names.shift() ?? '数据', { views: [{ state: 'frozen', xSplit: 2, ySplit: note ? 2 : 1 }] });
      ws.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
      if (note) {
        const noteRow = ws.addRow([note]);
        noteRow.font = { bold: true, color: { argb: 'FFC00000' } };
        noteRow.commit();
      }
      const header = ws.addRow(EXPORT_COLUMNS.map((c) => c.header));
      header.font = { bold: true };
      header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      header.commit();
      sheet = ws;
    },
    addRows(rows) {
      if (!sheet) throw new Error('startSheet first');
      const ws = sheet;
      // Cells take their number format from the column's style (set above), so none is set per cell.
      for (const row of rows) ws.addRow(EXPORT_COLUMNS.map((c) => c.xlsx(row))).commit();
    },
    async finish() {
      closeSheet();
      const done = finished(out);
      await workbook.commit();
      await done;
    },
  };
}
