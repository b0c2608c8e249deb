import type { RawCell } from '../../../../../../shared/domain/import/cellParse';
import { columnLetter } from '../../../../../../shared/domain/import/headerMatch';
import { MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, tooManyCellsMessage, tooManyRowsMessage } from '../../../../../../shared/domain/import/limits';
import { refuse } from '../refusal';
import type { MergedRange } from '../sheetData';
import type { WorkbookParts } from './workbookParts';
import { readXmlEntry } from './xmlEvents';
import type { ZipEntry } from './zipArchive';

/** The rows and merged ranges of one worksheet, with the places of formulas saved without a result. */
export interface ReadSheet {
  rows: RawCell[][];
  merges: MergedRange[];
  uncomputed: string[];
}

/** Counts shared by every sheet of one file, so that the limits hold for the file as a whole. */
export interface ReadCounts {
  rows: number;
  cells: number;
}

const MS_PER_DAY = 24 * 3600 * 1000;

/** Excel's day number to a date, as exceljs has always given it to the cell parsers (UTC midnight for whole days). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** "AB12" → 27 (0-based column); -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return i === 0 ? -1 : col - 1;
}

function rowOf(ref: string): number {
  return Number.parseInt(ref.replace(/^[A-Z]+/, ''), 10);
}

function mergedRange(ref: string): MergedRange | null {
  const [from = '', to = from] = ref.split(':');
  const top = rowOf(from);
  const bottom = rowOf(to);
  return Number.isFinite(top) && Number.isFinite(bottom) ? { range: ref, top, bottom } : null;
}

interface CellState {
  col: number;
  type: string;
  dateStyle: boolean;
  formula: boolean;
  value: string | null;
}

/**
 * One worksheet, read as it inflates. Nothing is expanded: a merged range is kept as its reference
 * (one merge over the whole sheet costs a few bytes, where exceljs made every cell of it), and the
 * reading stops at the first row, column or cell past the import's limits.
 */
export async function readSheet(bytes: Uint8Array, sheet: { name: string; entry: ZipEntry }, parts: WorkbookParts, counts: ReadCounts): Promise<ReadSheet> {
  const rows: RawCell[][] = [];
  const merges: MergedRange[] = [];
  const uncomputed: string[] = [];
  let row: RawCell[] | null = null;
  let rowIndex = -1;
  let lastCol = -1;
  let cell: CellState | null = null;
  let text: 'value' | 'inline' | null = null;
  let inPhonetic = false;

  const valueOf = (c: CellState): RawCell | undefined => {
    const raw = c.value;
    if (raw === null) return c.formula ? undefined : null;
    switch (c.type) {
      case 's':
        return parts.sharedStrings[Number(raw)] ?? null;
      case 'str':
      case 'inlineStr':
      case 'e':
        return raw;
      case 'b':
        return Number(raw) !== 0;
      case 'd': {
        const d = new Date(raw);
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      default: {
        if (raw.trim() === '') return null;
        const n = Number.parseFloat(raw);
        return c.dateStyle && Number.isFinite(n) ? excelDate(n, parts.date1904) : n;
      }
    }
  };

  await readXmlEntry(bytes, sheet.entry, {
    open(name, a) {
      switch (name) {
        case 'row': {
          rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
          if (!(rowIndex >= 0) || rowIndex >= MAX_IMPORT_ROWS) throw refuse(tooManyRowsMessage(`工作表“${sheet.name}”的行数`));
          if (++counts.rows > MAX_IMPORT_ROWS) throw refuse(tooManyRowsMessage('文件的总行数'));
          row = [];
          lastCol = -1;
          break;
        }
        case 'c': {
          const col = a.r ? columnOf(a.r) : -1;
          lastCol = col < 0 ? lastCol + 1 : col;
          cell = { col: lastCol, type: a.t ?? 'n', dateStyle: parts.dateStyles.has(Number(a.s ?? 0)), formula: false, value: null };
          break;
        }
        case 'f':
          if (cell) cell.formula = true;
          break;
        case 'v':
          if (cell) {
            cell.value = '';
            text = 'value';
          }
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (cell && !inPhonetic) {
            cell.value ??= '';
            text = 'inline';
          }
          break;
        case 'mergeCell': {
          const m = a.ref ? mergedRange(a.ref) : null;
          if (m) merges.push(m);
          if (merges.length > MAX_IMPORT_CELLS) throw refuse(tooManyCellsMessage());
          break;
        }
      }
    },
    text(t) {
      if (text && cell) cell.value += t;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          text = null;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c': {
          const c = cell;
          cell = null;
          if (!c || !row) break;
          const value = valueOf(c);
          if (value === null) break;
          if (c.col >= MAX_IMPORT_COLUMNS) {
            throw refuse(
              `工作表“${sheet.name}”的 ${columnLetter(c.col)}${rowIndex + 1} 单元格超出了第 ${MAX_IMPORT_COLUMNS} 列，不像是口岸的每日数据。请删除表格右侧多余的内容后再导入。`,
            );
          }
          if (++counts.cells > MAX_IMPORT_CELLS) throw refuse(tooManyCellsMessage());
          if (value === undefined) uncomputed.push(`工作表“${sheet.name}”${columnLetter(c.col)}${rowIndex + 1}`);
          row[c.col] = value ?? null;
          break;
        }
        case 'row': {
          if (row) {
            for (let i = 0; i < row.length; i++) row[i] ??= null;
            rows[rowIndex] = row;
          }
          row = null;
          break;
        }
      }
    },
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { rows, merges, uncomputed };
}
