/**
 * The one CSV writer of the program (the data export, the audit log): every text cell goes through
 * the same formula guard, so that no path can forget it.
 *
 * Excel, LibreOffice and the online sheets run a cell that starts with = + - @ as a formula, and
 * Excel also one that starts with a tab or a carriage return followed by one; a port named
 * =HYPERLINK("http://…") would otherwise become a live link in whoever opens the export. Such a cell
 * gets Excel's "this is text" apostrophe. Figures are written as numbers and never start so.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel shows Chinese in a CSV garbled unless the file starts with this byte-order mark. */
export const CSV_BOM = '\uFEFF';

/** One row with its CRLF line end, for a writer that sends a long CSV in chunks (the data export). */
export function csvLine(row: readonly CsvValue[]): string {
  return row.map(csvCell).join(',') + '\r\n';
}

/** Rows as Excel reads CSV best: UTF-8 with a BOM (or Chinese shows garbled), CRLF line ends. */
export function csvDocument(rows: Iterable<readonly CsvValue[]>): string {
  let text = CSV_BOM;
  for (const row of rows) text += csvLine(row);
  return text;
}
