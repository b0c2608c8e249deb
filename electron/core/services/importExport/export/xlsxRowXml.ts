import { EXPORT_COLUMNS, type ExportCell, type ExportRow } from './exportColumns';

/**
 * The export's data rows as sheet XML, written the way exceljs writes them (a text as t="str", a
 * date as its Excel serial number, each cell with its column's style) but without the Row and Cell
 * objects exceljs makes for every cell: for 100,000 rows of 20 columns those two million objects, and
 * the style lookup each of them repeats, were most of the export's time. The header rows still go
 * through exceljs, which writes the sheet's opening and its columns before them.
 */

export type CellKind = 'number' | 'string' | 'date';
/** The style id exceljs gives a cell of this kind in this column (its workbook's style table). */
export type StyleIdOf = (column: number, kind: CellKind) => number;

/** "A", "B", … "Z", "AA": a column's letters in a cell reference. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const XML_SPECIAL = /[<>&"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Text as XML character data; characters XML cannot hold are left out (as exceljs does). */
export function xmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '&') out += '&amp;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (c === 127 || (c <= 31 && c !== 9 && c !== 10 && c !== 13)) continue;
    else out += ch;
  }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's serial number of 1970-01-01 (its day count, with the 1900 leap-year quirk). */
const EXCEL_EPOCH_SERIAL = 25569;

function cellXml(ref: string, value: ExportCell, styleIdOf: StyleIdOf, column: number): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    const s = styleIdOf(column, 'string');
    return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="str"><v>${xmlText(value)}</v></c>`;
  }
  const isDate = value instanceof Date;
  const s = styleIdOf(column, isDate ? 'date' : 'number');
  const number = isDate ? EXCEL_EPOCH_SERIAL + value.getTime() / DAY_MS : value;
  return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${number}</v></c>`;
}

const LETTERS = EXPORT_COLUMNS.map((_, i) => columnLetters(i));

/** Rows numbered from `firstRowNumber`, each cell from its column's xlsx value, as one XML text. */
export function rowsXml(rows: readonly ExportRow[], firstRowNumber: number, styleIdOf: StyleIdOf): string {
  let xml = '';
  let r = firstRowNumber;
  for (const row of rows) {
    xml += `<row r="${r}" x14ac:dyDescent="0.25">`;
    for (let c = 0; c < EXPORT_COLUMNS.length; c++) xml += cellXml(`${LETTERS[c]}${r}`, EXPORT_COLUMNS[c]!.xlsx(row), styleIdOf, c);
    xml += '</row>';
    r++;
  }
  return xml;
}
