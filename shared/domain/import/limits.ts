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
