import type { RawCell } from '../import/cellParse';
import { columnName, normalise, normaliseName } from '../import/headerMatch';

/**
 * The columns of a per-declaration export (one row per 报关单), recognised by header the way the
 * daily import recognises its own (same normalisation: full-width, spaces, brackets, case). Columns
 * naming a person or a company (收发货人, 申报人 …) are never imported: the study needs none of them.
 */

export const TRS_COLUMNS = [
  'declarationNo',
  'direction',
  'port',
  'inspected',
  'arrival',
  'declared',
  'inspectionStart',
  'inspectionEnd',
  'released',
  'exit',
] as const;
export type TrsColumn = (typeof TRS_COLUMNS)[number];

export const TRS_COLUMN_LABELS: Record<TrsColumn, string> = {
  declarationNo: '报关单号',
  direction: '进出口',
  port: '口岸',
  inspected: '是否查验',
  arrival: '到达时间',
  declared: '申报时间',
  inspectionStart: '查验开始时间',
  inspectionEnd: '查验结束时间',
  released: '放行时间',
  exit: '提离/结关时间',
};

const ALIASES: Record<TrsColumn, readonly string[]> = {
  declarationNo: ['报关单号', '报关单编号', '报关单号码', '海关编号', '统一编号', '单号', 'declaration no', 'declaration number', 'entry no', 'entry number'],
  direction: ['进出口', '进出口标志', '进出口类型', '进/出口', '进出境', '方向', 'direction', 'import/export', 'ie flag', 'i/e'],
  port: ['口岸', '口岸名称', '所属口岸', '申报口岸', '进出境口岸', 'port', 'port name'],
  inspected: ['是否查验', '查验', '查验标志', '布控查验', 'inspected', 'inspection flag'],
  arrival: ['到达时间', '运抵时间', '抵达时间', '到港时间', '运输工具申报时间', '进境时间', 'arrival', 'arrival time', 'arrived'],
  declared: ['申报时间', '申报日期', '报关时间', '申报', 'lodgement', 'lodgement time', 'declared', 'declaration time'],
  inspectionStart: ['查验开始时间', '查验开始', '开始查验时间', 'inspection start', 'inspection start time'],
  inspectionEnd: ['查验结束时间', '查验结束', '查验完成时间', '结束查验时间', 'inspection end', 'inspection end time'],
  released: ['放行时间', '海关放行时间', '放行', 'release', 'release time', 'released'],
  exit: ['提离时间', '结关时间', '提离/结关时间', '提离', '结关', '出区时间', '离场时间', 'exit', 'exit time', 'gate out', 'cleared'],
};

/** Names and identities of people or firms: recognised only to say they are left out. */
const PERSONAL = ['收发货人', '收货人', '发货人', '境内收发货人', '经营单位', '申报单位', '申报人', '报关员', '企业名称', '消费使用单位', '生产销售单位', '货主', '联系人', '电话', '司机', '驾驶员', '身份证', 'consignee', 'consignor', 'company', 'importer', 'exporter', 'declarant', 'driver'];

const BY_NAME = new Map<string, TrsColumn>();
for (const col of TRS_COLUMNS) for (const alias of ALIASES[col]) BY_NAME.set(normaliseName(alias), col);
const PERSONAL_NAMES = new Set(PERSONAL.map(normaliseName));

export interface TrsColumnMatch {
  index: number;
  header: string;
  target: TrsColumn | null;
  /** why a column is not imported, in Chinese */
  hint: string | null;
}

function headerText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell instanceof Date ? '' : String(cell);
}

/** Recognises a header row; a column claimed twice is taken from the first, as the daily import does. */
export function matchTrsHeaders(headers: readonly RawCell[]): TrsColumnMatch[] {
  const taken = new Map<TrsColumn, TrsColumnMatch>();
  return headers.map((cell, index) => {
    const header = headerText(cell);
    const base = { index, header };
    if (normalise(header) === '') return { ...base, target: null, hint: null };
    // "申报时间(北京时间)": text in brackets is guidance.
    const name = normaliseName(normalise(header).replace(/\(.*\)$/, ''));
    if (PERSONAL_NAMES.has(name)) return { ...base, target: null, hint: '个人或企业名称不需要，不导入也不保存' };
    const target = BY_NAME.get(name) ?? null;
    if (target === null) return { ...base, target: null, hint: '未识别的列，导入时忽略' };
    const first = taken.get(target);
    if (first) return { ...base, target: null, hint: `与${columnName(first)}（${TRS_COLUMN_LABELS[target]}）重复，已忽略` };
    const match = { ...base, target, hint: null };
    taken.set(target, match);
    return match;
  });
}

/** The columns without which a row is no declaration. */
const REQUIRED: readonly TrsColumn[] = ['declarationNo', 'direction', 'declared'];

export function missingTrsColumns(mapping: readonly TrsColumnMatch[]): TrsColumn[] {
  return REQUIRED.filter((c) => !mapping.some((m) => m.target === c));
}

/** How well a row reads as a header: the number of declaration columns it names. */
export function trsHeaderScore(row: readonly RawCell[]): number {
  return matchTrsHeaders(row).filter((m) => m.target !== null).length;
}
