import type { ExportRow } from '../../electron/core/services/importExport/export/exportColumns';
import { inMemory } from '../../electron/core/services/importExport/export/exportWriter';
import { createCsvWriter } from '../../electron/core/services/importExport/export/writeCsv';
import { createXlsxWriter } from '../../electron/core/services/importExport/export/writeXlsx';

/** An import file made with the export's own writers from rows made up in the bench (no store). */
export async function csvFileOf(rows: readonly ExportRow[]): Promise<Buffer> {
  const file = inMemory();
  const writer = createCsvWriter(file.out);
  writer.startSheet();
  writer.addRows(rows);
  await writer.finish();
  return file.bytes();
}

export async function xlsxFileOf(sheetName: string, rows: readonly ExportRow[]): Promise<Buffer> {
  const file = inMemory();
  const writer = createXlsxWriter(file.out, 'bench', [sheetName]);
  writer.startSheet();
  writer.addRows(rows);
  await writer.finish();
  return file.bytes();
}
