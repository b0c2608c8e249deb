import type { RawCell } from '../../../../shared/domain/import/cellParse';
import { isBlankRow, type RowError } from '../../../../shared/domain/import/rowToDay';
import { rowToDeclaration, type DeclarationRow } from '../../../../shared/domain/trs/declarationRow';
import { matchTrsHeaders, missingTrsColumns, trsHeaderScore, TRS_COLUMN_LABELS, type TrsColumnMatch } from '../../../../shared/domain/trs/trsColumns';
import { readSpreadsheet } from '../importExport/import/readSpreadsheet';
import { refuse } from '../importExport/import/refusal';

/** A title or a line of notes may sit above the header, as in the daily files: looked for this far down. */
const HEADER_SCAN_ROWS = 20;
/** A header names at least the declaration number and two more declaration columns. */
const MIN_HEADER_SCORE = 3;

export interface ReadDeclaration {
  sheet: string;
  /** the row's number in the sheet, as Excel shows it */
  row: number;
  declaration: DeclarationRow;
}

export interface DeclarationsFile {
  valid: ReadDeclaration[];
  invalid: (RowError & { sheet: string; row: number })[];
  rows: number;
  /** rows refused (one row may have several problems in `invalid`) */
  invalidRows: number;
  columns: { sheet: string; mapping: TrsColumnMatch[] }[];
}

function headerRowOf(rows: readonly RawCell[][]): number | null {
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, rows.length); i++) {
    if (trsHeaderScore(rows[i]!) >= MIN_HEADER_SCORE) return i;
  }
  return null;
}

/**
 * A declarations file (.xlsx or .csv, read by the daily import's reader: encodings, merged cells,
 * Excel's dates) → declarations and the rows that cannot be one, each with its place in the file.
 * Refuses a file with no declaration header, or one missing a required column, with the reason.
 */
export async function readDeclarationsFile(fileName: string, bytes: Uint8Array): Promise<DeclarationsFile> {
  const data = await readSpreadsheet(fileName, bytes);
  const out: DeclarationsFile = { valid: [], invalid: [], rows: 0, invalidRows: 0, columns: [] };
  for (const sheet of data.sheets) {
    const headerIndex = headerRowOf(sheet.rows);
    if (headerIndex === null) continue;
    const mapping = matchTrsHeaders(sheet.rows[headerIndex]!);
    const missing = missingTrsColumns(mapping);
    if (missing.length > 0) {
      throw refuse(`工作表“${sheet.name}”缺少${missing.map((c) => `“${TRS_COLUMN_LABELS[c]}”`).join('、')}列，无法导入报关单。`);
    }
    out.columns.push({ sheet: sheet.name, mapping });
    for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r]!;
      if (isBlankRow(cells)) continue;
      out.rows++;
      const result = rowToDeclaration(cells, mapping);
      if (result.ok) out.valid.push({ sheet: sheet.name, row: r + 1, declaration: result.row });
      else {
        out.invalidRows++;
        for (const e of result.errors) out.invalid.push({ sheet: sheet.name, row: r + 1, ...e });
      }
    }
  }
  if (out.columns.length === 0) {
    throw refuse('文件中没有找到报关单表头。表头应有“报关单号”“进出口”“申报时间”，以及“到达时间”“查验开始时间”“放行时间”“提离时间”等列（中文或英文均可）。');
  }
  if (out.rows === 0) throw refuse('文件中只有表头，没有报关单。');
  return out;
}
