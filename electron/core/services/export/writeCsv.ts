import Papa from 'papaparse';
import { EXPORT_COLUMNS, type ExportRow } from './exportColumns';

const BOM = '\uFEFF';

/** One table, UTF-8 with a BOM (so Excel shows Chinese right) and CRLF line ends, as Excel writes CSV. */
export function writeCsv(rows: readonly ExportRow[]): Buffer {
  const data = [EXPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.csv(r)))];
  return Buffer.from(BOM + Papa.unparse(data, { newline: '\r\n' }) + '\r\n', 'utf8');
}
