import { isBlankRow } from '../../../../../shared/domain/import/rowToDay';
import type { RawCell } from '../../../../../shared/domain/import/cellParse';

/** One sheet as the import reads it: every row from row 1, cells from column A, 0-based. */
export interface SheetData {
  name: string;
  /** rows[i] is row i + 1 of the sheet */
  rows: RawCell[][];
  /** merged ranges, with the rows they span (1-based), as the person sees them ("A3:A5") */
  merges: MergedRange[];
}

export interface MergedRange {
  range: string;
  top: number;
  bottom: number;
}

export type FileKind = 'xlsx' | 'csv';

export interface SpreadsheetData {
  kind: FileKind;
  /** how a CSV was decoded ('UTF-8', 'GBK' …); null for a workbook */
  encoding: string | null;
  sheets: SheetData[];
}

/** Blank rows at the end of a sheet (a CSV's last line break, Excel's formatted but empty rows) are no rows. */
export function withoutTrailingBlankRows(rows: RawCell[][]): RawCell[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1]!)) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}
