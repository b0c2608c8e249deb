import { dayFormSchema, dayValuesToText, issuesToFieldErrors, type DayFormText } from '../../../../shared/contract/dayValues';
import { NUMERIC_FIELDS, type DayValueKey, type DayValues } from '../../../../shared/domain/dailyFields';

/**
 * The month grid's model, kept free of React and the DOM: columns, what a cell holds, pasting a block
 * copied from Excel, and turning a row of cell texts into the values the contract takes.
 */

export type GridColumn = DayValueKey;
export const GRID_COLUMNS: readonly GridColumn[] = ['portOpen', ...NUMERIC_FIELDS.map((f) => f.key), 'closureReason', 'note'];

/** A row as the grid shows it: every cell is text; 开放 is written 是 / 否 as people do in Excel. */
export type GridRowText = Record<GridColumn, string>;

const OPEN_WORDS = new Set(['是', '开', '开放', 'y', 'yes', '1', 'true', '√', '✓']);
const CLOSED_WORDS = new Set(['否', '关', '闭', '闭关', '关闭', '未开放', 'n', 'no', '0', 'false', '×', '✗']);

export function openCellToForm(text: string): '' | 'open' | 'closed' | null {
  const t = text.trim().toLowerCase();
  if (t === '') return '';
  if (OPEN_WORDS.has(t)) return 'open';
  if (CLOSED_WORDS.has(t)) return 'closed';
  return null;
}

export function valuesToGridRow(values: DayValues): GridRowText {
  const text = dayValuesToText(values);
  return { ...text, portOpen: text.portOpen === '' ? '' : text.portOpen === 'open' ? '是' : '否' };
}

export function sameRow(a: GridRowText, b: GridRowText): boolean {
  return GRID_COLUMNS.every((c) => a[c].trim() === b[c].trim());
}

export type RowCheck = { ok: true; values: DayValues } | { ok: false; errors: Partial<Record<GridColumn, string>> };

const OPEN_CELL_ERROR = '口岸开放请填“是”或“否”';

type CellErrors = Partial<Record<GridColumn, string>>;

function parseForm(form: DayFormText): RowCheck {
  const parsed = dayFormSchema.safeParse(form);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, errors: issuesToFieldErrors(parsed.error.issues) as CellErrors };
}

/**
 * Validates one row with the same schema as the day form and the core, reporting every bad cell
 * of the row at once. The schema checks the day's rules (a closed day's reason, an open day's
 * hours) only once every cell reads as a value, so the cells in error are blanked and the rest
 * checked again: a clerk sees all of a row's problems, not the next one after each fix.
 */
export function checkRow(row: GridRowText): RowCheck {
  const open = openCellToForm(row.portOpen);
  const form: DayFormText = { ...row, portOpen: open ?? '' };
  const first = parseForm(form);
  if (first.ok && open !== null) return first;
  const errors: CellErrors = first.ok ? {} : { ...first.errors };
  if (open === null) errors.portOpen = OPEN_CELL_ERROR;
  const rest: DayFormText = { ...form };
  for (const key of Object.keys(errors) as GridColumn[]) rest[key] = '';
  const second = parseForm(rest);
  if (!second.ok) for (const [key, message] of Object.entries(second.errors) as [GridColumn, string][]) errors[key] ??= message;
  return { ok: false, errors };
}

/** Text copied from Excel: rows by newline, cells by tab; a trailing newline is not an extra row. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

export function isBlock(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

/**
 * Writes a pasted block into the rows from (rowIndex, colIndex) on. Cells beyond the grid, and rows
 * of days still to come, are dropped and reported, never wrapped onto other days.
 */
export function pasteBlock(
  rows: readonly GridRowText[],
  rowIndex: number,
  colIndex: number,
  block: string[][],
  /** rows from this index on are days still to come: nothing is written into them */
  firstFutureRow: number = rows.length,
): { rows: GridRowText[]; overflow: boolean; future: boolean; touched: number[] } {
  const next = rows.map((r) => ({ ...r }));
  let overflow = false;
  let future = false;
  const touched: number[] = [];
  block.forEach((cells, i) => {
    const r = rowIndex + i;
    if (r >= next.length) {
      overflow = true;
      return;
    }
    if (r >= firstFutureRow) {
      future = true;
      return;
    }
    touched.push(r);
    cells.forEach((cell, j) => {
      const column = GRID_COLUMNS[colIndex + j];
      if (!column) {
        overflow = true;
        return;
      }
      next[r]![column] = cell.trim();
    });
  });
  return { rows: next, overflow, future, touched };
}
