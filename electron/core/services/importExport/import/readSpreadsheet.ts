import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { sniffFile } from './sniffFile';
import type { SpreadsheetData } from './sheetData';

/** Any file the import accepts, as sheets of raw cells; refuses the rest with a Chinese reason. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SpreadsheetData> {
  return sniffFile(fileName, bytes) === 'xlsx' ? readXlsx(bytes) : readCsv(fileName, bytes);
}
