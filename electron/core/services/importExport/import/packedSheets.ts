import type { RawCell } from '../../../../../shared/domain/import/cellParse';
import type { MergedRange, SpreadsheetData } from './sheetData';

/**
 * A read file as it crosses from the reading worker to the host: every text cell in one string and
 * every number in one array, instead of millions of small strings. Copying millions of strings
 * between threads costs the receiving thread more than parsing the file did; one string and a few
 * typed arrays cost a copy each, and the host slices the cells out of them again.
 */
export interface PackedSheet {
  name: string;
  merges: MergedRange[];
  /** cells per row */
  widths: Int32Array;
  /** each cell's kind, row after row (see KIND) */
  kinds: Uint8Array;
  /** the text cells, one after another */
  text: string;
  /** the length of each text cell */
  textLengths: Int32Array;
  /** the number cells, and the dates as milliseconds */
  numbers: Float64Array;
}

export interface PackedSpreadsheet {
  kind: SpreadsheetData['kind'];
  encoding: string | null;
  sheets: PackedSheet[];
}

const KIND = { null: 0, text: 1, number: 2, true: 3, false: 4, date: 5 } as const;

function packRows(rows: readonly RawCell[][]): Omit<PackedSheet, 'name' | 'merges'> {
  let cells = 0;
  let texts = 0;
  let numbers = 0;
  for (const row of rows) {
    cells += row.length;
    for (const c of row) {
      if (typeof c === 'string') texts++;
      else if (typeof c === 'number' || c instanceof Date) numbers++;
    }
  }
  const widths = new Int32Array(rows.length);
  const kinds = new Uint8Array(cells);
  const textLengths = new Int32Array(texts);
  const numberValues = new Float64Array(numbers);
  const parts: string[] = [];
  let k = 0;
  let t = 0;
  let n = 0;
  rows.forEach((row, r) => {
    widths[r] = row.length;
    for (const c of row) {
      if (typeof c === 'string') {
        kinds[k++] = KIND.text;
        textLengths[t++] = c.length;
        parts.push(c);
      } else if (typeof c === 'number') {
        kinds[k++] = KIND.number;
        numberValues[n++] = c;
      } else if (c instanceof Date) {
        kinds[k++] = KIND.date;
        numberValues[n++] = c.getTime();
      } else if (typeof c === 'boolean') kinds[k++] = c ? KIND.true : KIND.false;
      else kinds[k++] = KIND.null;
    }
  });
  return { widths, kinds, text: parts.join(''), textLengths, numbers: numberValues };
}

export function packSpreadsheet(data: SpreadsheetData): PackedSpreadsheet {
  return { kind: data.kind, encoding: data.encoding, sheets: data.sheets.map((s) => ({ name: s.name, merges: s.merges, ...packRows(s.rows) })) };
}

function unpackRows(p: PackedSheet): RawCell[][] {
  const rows: RawCell[][] = new Array<RawCell[]>(p.widths.length);
  let k = 0;
  let t = 0;
  let n = 0;
  let at = 0;
  for (let r = 0; r < p.widths.length; r++) {
    const row: RawCell[] = new Array<RawCell>(p.widths[r]!);
    for (let c = 0; c < row.length; c++) {
      switch (p.kinds[k++]) {
        case KIND.text: {
          const end = at + p.textLengths[t++]!;
          row[c] = p.text.slice(at, end);
          at = end;
          break;
        }
        case KIND.number:
          row[c] = p.numbers[n++]!;
          break;
        case KIND.date:
          row[c] = new Date(p.numbers[n++]!);
          break;
        case KIND.true:
          row[c] = true;
          break;
        case KIND.false:
          row[c] = false;
          break;
        default:
          row[c] = null;
      }
    }
    rows[r] = row;
  }
  return rows;
}

export function unpackSpreadsheet(p: PackedSpreadsheet): SpreadsheetData {
  return { kind: p.kind, encoding: p.encoding, sheets: p.sheets.map((s) => ({ name: s.name, merges: s.merges, rows: unpackRows(s) })) };
}
