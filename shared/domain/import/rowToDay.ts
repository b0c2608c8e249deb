import { DAY_VALUE_LABELS, emptyDayValues, type DayValueKey, type DayValues } from '../dailyFields';
import type { DayValuesCheck } from '../dayRules';
import { EARLIEST_DATE, todayInShanghai } from '../dates';
import { parseDateCell, parseNumberCell, parseOpenCell, parseTextCell, type CellResult, type RawCell } from './cellParse';
import { columnName, isNumericTarget, targetLabel, type ColumnMapping, type ColumnMatch, type ImportTarget } from './headerMatch';

/**
 * One spreadsheet row → one day, checked by the same rules as the day form (dayValuesSchema), with
 * every problem pinned to the column header the person sees in their file.
 */

export interface RowError {
  /** the column's header text (or "第 C 列" when it has none) */
  column: string;
  reason: string;
}

export type RowResult =
  | { ok: true; date: string; portName: string | null; values: DayValues }
  | { ok: false; errors: RowError[] };

export interface RowOptions {
  /** today at the port, 'YYYY-MM-DD'; defaults to the current day in Asia/Shanghai */
  today?: string;
  /** the contract's check of a day (checkDayValues), so a row gets the day form's messages */
  check: (values: DayValues) => DayValuesCheck;
}

/** Rows with nothing in them (spreadsheets end with a few) carry no day: callers skip them. */
export function isBlankRow(row: readonly RawCell[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

function reportCell<T>(r: CellResult<T>, col: ColumnMatch, errors: RowError[]): T | null {
  if (r.ok) return r.value;
  errors.push({ column: columnName(col), reason: r.reason });
  return null;
}

/**
 * A mapping read once for all its rows: each target's first column, and the later columns that
 * claim a target already taken (mappingProblems() tells the UI before import; here they are refused).
 */
interface RowPlan {
  columns: readonly ColumnMatch[];
  columnOf: ReadonlyMap<ImportTarget, ColumnMatch>;
  duplicateErrors: readonly RowError[];
}

const plans = new WeakMap<ColumnMapping, RowPlan>();

function planOf(mapping: ColumnMapping): RowPlan {
  let plan = plans.get(mapping);
  if (plan) return plan;
  const columns: ColumnMatch[] = [];
  const columnOf = new Map<ImportTarget, ColumnMatch>();
  const duplicateErrors: RowError[] = [];
  for (const col of mapping) {
    if (col.target === null) continue;
    const first = columnOf.get(col.target);
    if (first) {
      duplicateErrors.push({ column: columnName(col), reason: `与${columnName(first)}都对应“${targetLabel(col.target)}”，请只保留一列` });
      continue;
    }
    columnOf.set(col.target, col);
    columns.push(col);
  }
  plan = { columns, columnOf, duplicateErrors };
  plans.set(mapping, plan);
  return plan;
}

export function rowToDay(row: readonly RawCell[], mapping: ColumnMapping, options: RowOptions): RowResult {
  const today = options.today ?? todayInShanghai();
  const { columns, columnOf, duplicateErrors } = planOf(mapping);
  const errors: RowError[] = [...duplicateErrors];
  const values = emptyDayValues();
  let date: string | null = null;
  let portName: string | null = null;

  for (const col of columns) {
    const target = col.target!;
    const cell = row[col.index] ?? null;
    if (target === 'date') date = reportCell(parseDateCell(cell), col, errors);
    else if (target === 'port') portName = reportCell(parseTextCell(cell), col, errors);
    else if (isNumericTarget(target)) values[target] = reportCell(parseNumberCell(cell, target, col.unitFactor ?? undefined), col, errors);
    else if (target === 'portOpen') values.portOpen = reportCell(parseOpenCell(cell), col, errors);
    else values[target] = reportCell(parseTextCell(cell), col, errors);
  }

  const dateColumn = columnOf.get('date');
  const dateName = dateColumn ? columnName(dateColumn) : '日期';
  if (!dateColumn) errors.push({ column: dateName, reason: '没有日期列' });
  else if (date === null && !errors.some((e) => e.column === dateName)) errors.push({ column: dateName, reason: '日期为空' });
  else if (date !== null && date > today) errors.push({ column: dateName, reason: `${date} 是未来的日期，不能导入` });
  else if (date !== null && date < EARLIEST_DATE) errors.push({ column: dateName, reason: `${date} 早于 ${EARLIEST_DATE}，不能导入` });

  const checked = options.check(values);
  if (!checked.success) {
    const failed = new Set(errors.map((e) => e.column));
    for (const issue of checked.error.issues) {
      const key = issue.path[0];
      const col = typeof key === 'string' ? columnOf.get(key as DayValueKey) : undefined;
      const column = col ? columnName(col) : typeof key === 'string' && key in DAY_VALUE_LABELS ? DAY_VALUE_LABELS[key as DayValueKey] : '—';
      // A cell already refused is null here, which may set off a rule about it; its own reason says more.
      if (failed.has(column)) continue;
      errors.push({ column, reason: issue.message });
    }
  }

  if (errors.length > 0 || date === null || !checked.success) return { ok: false, errors };
  return { ok: true, date, portName, values: checked.data };
}

export interface DatedRow {
  /** the row's number in the sheet, as the person sees it (header row = 1) */
  rowNumber: number;
  date: string;
  portName: string | null;
}

export interface DuplicateDay {
  date: string;
  portName: string | null;
  rowNumbers: number[];
}

/** Port names compared the way a person reads them: width, spaces and letter case aside. */
function portKey(name: string | null): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Days that appear more than once in one file (same port, same date). Importing both would let the
 * later row silently replace the earlier one, so every row involved is reported, in sheet order.
 */
export function findDuplicateDays(rows: readonly DatedRow[]): DuplicateDay[] {
  const groups = new Map<string, DuplicateDay>();
  for (const row of rows) {
    const key = `${portKey(row.portName)}\u0000${row.date}`;
    const group = groups.get(key);
    if (group) group.rowNumbers.push(row.rowNumber);
    else groups.set(key, { date: row.date, portName: row.portName, rowNumbers: [row.rowNumber] });
  }
  return [...groups.values()]
    .filter((g) => g.rowNumbers.length > 1)
    .map((g) => ({ ...g, rowNumbers: [...g.rowNumbers].sort((a, b) => a - b) }))
    .sort((a, b) => (a.rowNumbers[0] ?? 0) - (b.rowNumbers[0] ?? 0));
}
