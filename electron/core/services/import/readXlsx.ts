import ExcelJS from 'exceljs';
import type { RawCell } from '../../../../shared/domain/import/cellParse';
import { columnLetter } from '../../../../shared/domain/import/headerMatch';
import { formatBytes } from '../../../../shared/domain/format';
import { listed, refuse } from './refusal';
import { zipUncompressedSize } from './zipSize';
import { withoutTrailingBlankRows, type MergedRange, type SheetData, type SpreadsheetData } from './sheetData';

/** What exceljs is asked to inflate at most: a 100,000-row workbook is well under it. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

/** A formula cell saved without its computed value (written by a program, never opened in Excel). */
const NO_RESULT = Symbol('formula without result');

type ReadCell = RawCell | typeof NO_RESULT;

/** exceljs's cell value → what the cell parsers take: the text, number, date or boolean a person sees. */
function toRawCell(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    // Excel saves the last computed value of a formula with it: that is the figure the person saw.
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) return NO_RESULT;
    return toRawCell(result);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value) return typeof value.text === 'string' ? value.text : toRawCell(value.text as ExcelJS.CellValue);
  return null;
}

/** Merged ranges of a sheet. exceljs keeps them on a private field; reading the whole model would copy every row. */
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range: string; top: number; bottom: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ range: m.range, top: m.top, bottom: m.bottom }));
}

/**
 * Every worksheet of an .xlsx workbook. Formula cells give their saved result; a workbook whose
 * formulas carry no result is refused, as the figures were never computed.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetData> {
  const unpacked = zipUncompressedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
    throw refuse(
      `这个工作簿解压后的内容${Number.isFinite(unpacked) ? `有 ${formatBytes(unpacked)}` : '过大'}，超过可读取的上限 ${formatBytes(MAX_UNPACKED_BYTES)}。请按年份或口岸拆分成几个文件后分别导入。`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw refuse('无法读取这个 Excel 文件：文件已损坏，或不是 Excel 工作簿（.xlsx）。请在 Excel 中打开确认后重新保存再导入。');
  }
  if (workbook.worksheets.length === 0) throw refuse('文件中没有工作表，不是可导入的 Excel 工作簿。');

  const sheets: SheetData[] = [];
  const uncomputed: string[] = [];
  for (const ws of workbook.worksheets) {
    const rows: RawCell[][] = [];
    const sparse = ws.getSheetValues();
    for (let r = 1; r < sparse.length; r++) {
      const values = sparse[r] as ExcelJS.CellValue[] | undefined;
      // getSheetValues gives each row 1-based, with holes for empty cells.
      const width = values ? values.length - 1 : 0;
      const row: RawCell[] = new Array<RawCell>(width);
      for (let c = 1; c <= width; c++) {
        const value = values![c];
        if (value === undefined || value === null) row[c - 1] = null;
        else if (typeof value !== 'object' || value instanceof Date) row[c - 1] = value;
        else {
          const cell = toRawCell(value);
          if (cell === NO_RESULT) {
            uncomputed.push(`工作表“${ws.name}”${columnLetter(c - 1)}${r}`);
            row[c - 1] = null;
          } else row[c - 1] = cell;
        }
      }
      rows[r - 1] = row;
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    sheets.push({ name: ws.name, rows: withoutTrailingBlankRows(rows), merges: mergesOf(ws) });
  }
  if (uncomputed.length > 0) {
    throw refuse(
      `文件中有 ${uncomputed.length} 个公式单元格没有保存计算结果（文件可能由其他程序生成，未在 Excel 中打开保存过），无法知道它们的数值。请在 Excel 中打开文件、保存后再导入，或把公式“粘贴为数值”。`,
      listed(uncomputed),
    );
  }
  return { kind: 'xlsx', encoding: null, sheets };
}
