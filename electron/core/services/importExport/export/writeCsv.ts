import { csvDocument } from '../../../csvDocument';
import { EXPORT_COLUMNS, type ExportRow } from './exportColumns';

/**
 * The export as one CSV table (see csvDocument: UTF-8 with a BOM, CRLF, every text cell guarded).
 * A `note` ("含演示数据（虚构）") is a line of its own before the header: CSV has no sheet header
 * to put it in, and the import finds the header below it as it finds any title line.
 */
export function writeCsv(rows: readonly ExportRow[], note?: string): Buffer {
  const header = EXPORT_COLUMNS.map((c) => c.header);
  return Buffer.from(csvDocument([...(note ? [[note]] : []), header, ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.csv(r)))]), 'utf8');
}
