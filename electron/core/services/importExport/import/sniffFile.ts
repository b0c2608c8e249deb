import { refuse } from './refusal';
import type { FileKind } from './sheetData';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** A byte that never appears in text (in UTF-8 or GBK): a sign of a binary file renamed .csv. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  // UTF-16 text has NULs between ASCII letters; it is told apart by its byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Which reader a file goes to, by its content first (a workbook saved as "data.csv" is still a
 * workbook), refusing what is no spreadsheet at all with a reason the person can act on.
 */
export function sniffFile(fileName: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw refuse('文件是空的（0 字节），没有可导入的数据。');
  const ext = extensionOf(fileName);
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) {
    throw refuse('这是旧版 Excel 文件（.xls），程序只能读取 .xlsx。请在 Excel 中用“另存为”保存为 .xlsx（Excel 工作簿）或 .csv 后再导入。');
  }
  if (startsWith(bytes, PDF)) throw refuse('这是 PDF 文件，不是表格。请导入 Excel 工作簿（.xlsx）或 CSV 文件。');
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw refuse('文件扩展名是 .xlsx，但内容不是 Excel 工作簿，文件可能已损坏。请在 Excel 中打开确认后重新保存再导入。');
  }
  if (looksBinary(bytes)) {
    throw refuse(`“${fileName}”不是表格文件（内容不是文字）。请导入 Excel 工作簿（.xlsx）或 CSV 文件。`);
  }
  return 'csv';
}
