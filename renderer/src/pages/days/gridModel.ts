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

/** Validates one row with the same schema as the day form and the core. */
export function checkRow(row: GridRowText): RowCheck {
  const open = openCellToForm(row.portOpen);
  if (open === null) return { ok: false, errors: { portOpen: '口岸开放请填“是”或“否”' } };
  const form: DayFormText = { ...row, portOpen: open };
  const parsed = dayFormSchema.safeParse(form);
  if (parsed.success) return { ok: true, values: parsed.data };
  return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) as Partial<Record<GridColumn, string>> };
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
 * Writes a pasted block into the rows from (rowIndex, colIndex) on. Cells beyond the grid are
 * dropped and reported, never wrapped onto other days.
 */
export function pasteBlock(
  rows: readonly GridRowText[],
  rowIndex: number,
  colIndex: number,
  block: string[][],
): { rows: GridRowText[]; overflow: boolean; touched: number[] } {
  const next = rows.map((r) => ({ ...r }));
  let overflow = false;
  const touched: number[] = [];
  block.forEach((cells, i) => {
    const r = rowIndex + i;
    if (r >= next.length) {
      overflow = true;
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
  return { rows: next, overflow, touched };
}
