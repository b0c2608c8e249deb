import { formatBytes } from '../format';

/**
 * How large a file the import takes. A 10-year workbook of one port is well under 1 MB and a CSV of
 * 100,000 rows about 12 MB; a larger file is more likely a wrong file than a history, and reading it
 * would hold the app for a long time. The renderer checks the size before uploading, the core again.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The request body that carries a file of MAX_IMPORT_BYTES as base64 inside JSON, with room to spare. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  return `文件大小 ${formatBytes(bytes)}，超过导入上限 ${formatBytes(MAX_IMPORT_BYTES)}。请按年份或口岸拆分成几个文件后分别导入。`;
}

/** The extensions the import reads. */
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;

/**
 * Rows, columns and filled cells a file may have. The largest real history (twenty ports, ten years)
 * is 73,000 rows of 20 columns; Excel's own limits (1,048,576 rows × 16,384 columns) are what hostile
 * or runaway files reach for. A file is refused as soon as its reading passes one of these, before
 * the rest of it is read.
 */
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_COLUMNS = 1_000;
export const MAX_IMPORT_CELLS = 5_000_000;

export function tooManyRowsMessage(where: string): string {
  return `${where}超过 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行的导入上限，不像是口岸的每日数据。请按年份或口岸拆分成几个文件后分别导入。`;
}

export function tooManyCellsMessage(): string {
  return `文件中有内容的单元格超过 ${MAX_IMPORT_CELLS.toLocaleString('en-US')} 个的导入上限，不像是口岸的每日数据。请按年份或口岸拆分成几个文件后分别导入。`;
}
