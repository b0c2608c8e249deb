import { parseTextCell, type CellResult, type RawCell } from '../import/cellParse';
import { columnName } from '../import/headerMatch';
import type { RowError } from '../import/rowToDay';
import { orderProblem, type DeclarationStamps } from './stages';
import { parseStampCell } from './stampCell';
import { TRS_COLUMN_LABELS, type TrsColumn, type TrsColumnMatch } from './trsColumns';

export type Direction = 'import' | 'export';
export const DIRECTION_LABELS: Record<Direction, string> = { import: '进口', export: '出口' };

/** One declaration as read from a row: no names of people or firms, only what the study measures. */
export interface DeclarationRow {
  declarationNo: string;
  direction: Direction;
  portName: string | null;
  inspected: boolean;
  stamps: DeclarationStamps;
}

export type DeclarationRowResult = { ok: true; row: DeclarationRow } | { ok: false; errors: RowError[] };

const IMPORT_WORDS = new Set(['进口', '进', '进境', 'i', 'import', 'imp', 'in']);
const EXPORT_WORDS = new Set(['出口', '出', '出境', 'e', 'export', 'exp', 'out']);
const YES = new Set(['是', '查验', '已查验', '布控', 'y', 'yes', '1', 'true', '√', '✓']);
const NO = new Set(['否', '未查验', '不查验', '免验', 'n', 'no', '0', 'false', '×', 'x']);

function word(cell: RawCell): string | null {
  const t = parseTextCell(cell);
  return t.ok && t.value !== null ? t.value.normalize('NFKC').replace(/\s+/g, '').toLowerCase() : null;
}

function parseDirection(cell: RawCell): CellResult<Direction | null> {
  const w = word(cell);
  if (w === null) return { ok: true, value: null };
  if (IMPORT_WORDS.has(w)) return { ok: true, value: 'import' };
  if (EXPORT_WORDS.has(w)) return { ok: true, value: 'export' };
  return { ok: false, reason: `进出口应填“进口”或“出口”（也可写 I/E），“${String(cell).trim()}”无法识别` };
}

function parseInspected(cell: RawCell): CellResult<boolean | null> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const w = word(typeof cell === 'number' ? String(cell) : cell);
  if (w === null) return { ok: true, value: null };
  if (YES.has(w)) return { ok: true, value: true };
  if (NO.has(w)) return { ok: true, value: false };
  return { ok: false, reason: `是否查验应填“是”或“否”，“${String(cell).trim()}”无法识别` };
}

const NUMBER_SHAPE = /^[A-Za-z0-9-]{4,40}$/;

/**
 * A row → a declaration, each problem pinned to the column the person sees. Blank 到达/查验/放行/
 * 提离 stamps are allowed (that stage is left out); 报关单号, 进出口 and 申报时间 are required. Stamps
 * out of order are refused here, so a file is corrected where the mistake is rather than quietly
 * shrinking the study (docs/trs.md).
 */
export function rowToDeclaration(row: readonly RawCell[], mapping: readonly TrsColumnMatch[]): DeclarationRowResult {
  const errors: RowError[] = [];
  const col = new Map<TrsColumn, TrsColumnMatch>();
  for (const m of mapping) if (m.target !== null && !col.has(m.target)) col.set(m.target, m);
  const read = <T>(target: TrsColumn, parse: (c: RawCell) => CellResult<T>): T | null => {
    const m = col.get(target);
    if (!m) return null;
    const r = parse(row[m.index] ?? null);
    if (r.ok) return r.value;
    errors.push({ column: columnName(m), reason: r.reason });
    return null;
  };
  /** A required value: blank is an error of its own, a value that failed to parse already is one. */
  const required = <T>(target: TrsColumn, value: T | null): T | null => {
    const m = col.get(target);
    const where = m ? columnName(m) : TRS_COLUMN_LABELS[target];
    if (value === null && !errors.some((e) => e.column === where)) errors.push({ column: where, reason: `缺少${TRS_COLUMN_LABELS[target]}` });
    return value;
  };

  const noText = read('declarationNo', (c) => parseTextCell(typeof c === 'number' ? String(c) : c));
  const declarationNo = required('declarationNo', noText);
  if (declarationNo !== null && !NUMBER_SHAPE.test(declarationNo)) {
    errors.push({ column: columnName(col.get('declarationNo')!), reason: `报关单号“${declarationNo}”应为 4–40 位字母、数字或“-”` });
  }
  const direction = required('direction', read('direction', parseDirection));
  const portName = read('port', parseTextCell);
  const inspectedCell = read('inspected', parseInspected);
  const stamp = (t: TrsColumn) => read(t, parseStampCell);
  const arrival = stamp('arrival');
  const declared = required('declared', stamp('declared'));
  const inspectionStart = stamp('inspectionStart');
  const inspectionEnd = stamp('inspectionEnd');
  const released = stamp('released');
  const exit = stamp('exit');
  const hasInspectionStamp = inspectionStart !== null || inspectionEnd !== null;
  if (inspectedCell === false && hasInspectionStamp) {
    errors.push({ column: columnName(col.get('inspected')!), reason: '填了“否”（未查验），却有查验时间' });
  }
  if (errors.length > 0 || declarationNo === null || direction === null || declared === null) return { ok: false, errors };

  const stamps: DeclarationStamps = { arrival, declared, inspectionStart, inspectionEnd, released, exit };
  const problem = orderProblem(stamps);
  if (problem) return { ok: false, errors: [{ column: '时间顺序', reason: `${problem}，请核对这一行的时间` }] };
  return { ok: true, row: { declarationNo, direction, portName, inspected: inspectedCell ?? hasInspectionStamp, stamps } };
}
