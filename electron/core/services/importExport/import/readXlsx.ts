import { AppError } from '../../../../../shared/contract/result';
import { listed, refuse } from './refusal';
import { withoutTrailingBlankRows, type SheetData, type SpreadsheetData } from './sheetData';
import { readSheet, type ReadCounts } from './xlsx/readSheet';
import { readWorkbookParts } from './xlsx/workbookParts';
import { DAMAGED_WORKBOOK, readZipDirectory } from './xlsx/zipArchive';

/**
 * Every worksheet of an .xlsx workbook, read by a streaming reader from the archive's checked bytes
 * (see zipArchive). Formula cells give their saved result; a workbook whose formulas carry no result
 * is refused, as the figures were never computed.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetData> {
  const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
  const sheets: SheetData[] = [];
  const uncomputed: string[] = [];
  try {
    const parts = await readWorkbookParts(bytes, entries);
    if (parts.sheets.length === 0) throw refuse('文件中没有工作表，不是可导入的 Excel 工作簿。');
    const counts: ReadCounts = { rows: 0, cells: 0 };
    for (const sheet of parts.sheets) {
      const read = await readSheet(bytes, sheet, parts, counts);
      uncomputed.push(...read.uncomputed);
      sheets.push({ name: sheet.name, rows: withoutTrailingBlankRows(read.rows), merges: read.merges });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    // Broken XML or a broken deflate stream: the file is damaged, whatever its name says.
    throw refuse(DAMAGED_WORKBOOK);
  }
  if (uncomputed.length > 0) {
    throw refuse(
      `文件中有 ${uncomputed.length} 个公式单元格没有保存计算结果（文件可能由其他程序生成，未在 Excel 中打开保存过），无法知道它们的数值。请在 Excel 中打开文件、保存后再导入，或把公式“粘贴为数值”。`,
      listed(uncomputed),
    );
  }
  return { kind: 'xlsx', encoding: null, sheets };
}
