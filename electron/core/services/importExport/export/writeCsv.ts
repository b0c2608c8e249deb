import { csvDocument } from '../../../csvDocument';
import { EXPORT_COLUMNS, type ExportRow } from './exportColumns';

/** The export as one CSV table (see csvDocument: UTF-8 with a BOM, CRLF, every text cell guarded). */
export function writeCsv(rows: readonly ExportRow[]): Buffer {
  const header = EXPORT_COLUMNS.map((c) => c.header);
  return Buffer.from(csvDocument([header, ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.csv(r)))]), 'utf8');
}
