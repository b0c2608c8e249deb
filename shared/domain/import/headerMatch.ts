import {
  DAY_VALUE_LABELS,
  FIELD_BY_KEY,
  NUMERIC_FIELD_KEYS,
  type DayValueKey,
  type NumericFieldKey,
} from '../dailyFields';
import type { QuantityKind } from '../format';
import type { RawCell } from './cellParse';

/**
 * Recognising the columns of a spreadsheet someone kept by hand: which column is which field, and in
 * which unit the figures were written ("出口货值(元)" and "出口货值（亿元）" are the same field, 10^8 apart).
 *
 * Unit factors are powers of ten kept as integer exponents, so a conversion never goes through a
 * float (1.1 × 10000 in floating point is 11000.000000000002).
 */

export type ImportTarget = DayValueKey | 'date' | 'port';

/** The unit a column was written in: value in the field's display unit = written value × 10^exp10. */
export interface UnitFactor {
  /** the unit's usual Chinese name (万吨, 元 …), also for units written in English in the header */
  unit: string;
  exp10: number;
}

export interface ColumnMatch {
  index: number;
  header: string;
  target: ImportTarget | null;
  /** null for columns that hold no figure (date, port, 口岸开放, text) or are not imported */
  unitFactor: UnitFactor | null;
  /** plain Chinese for the mapping preview: why a column is ignored, or which unit was assumed */
  hint: string | null;
}

/** What the UI shows and lets the person correct, one entry per column in the file's order. */
export type ColumnMapping = ColumnMatch[];

// ---------------------------------------------------------------------------------------------
// Units

interface UnitDef {
  unit: string;
  exp10: number;
  /** 万吨, 亿元 …: a bare "万" written in a cell of such a column is ambiguous (万万元?) */
  prefixed: boolean;
  aliases: readonly string[];
}

const u = (unit: string, exp10: number, prefixed: boolean, aliases: readonly string[]): UnitDef => ({
  unit,
  exp10,
  prefixed,
  aliases: [unit, ...aliases],
});

// Aliases are written already normalised (see normalise): lower case, no spaces.
const UNITS: Record<QuantityKind, readonly UnitDef[]> = {
  kg: [
    u('吨', 0, false, ['t', 'ton', 'tons', 'tonne', 'tonnes', 'mt']),
    u('万吨', 4, true, ['万t', '10kt', '10000t', '10ktonnes', '10000tonnes', '10kton', '10ktons']),
    u('千克', -3, false, ['公斤', 'kg', 'kgs', 'kilogram', 'kilograms']),
  ],
  yuan: [
    u('元', -4, false, ['人民币元', '人民币', 'cny', 'rmb', 'yuan', '¥']),
    u('千元', -1, true, ['cny1k', '1kcny', 'cnythousand', 'thousandyuan', 'cny1000']),
    u('万元', 0, true, ['万', '人民币万元', '万元人民币', 'cny10k', '10kcny', 'cny10000', '10000cny', '10kyuan', '10000yuan', 'rmb10k', '10krmb']),
    u('百万元', 2, true, ['cny1m', '1mcny', 'cnymillion', 'millionyuan', 'cnymn', 'rmb1m']),
    u('亿元', 4, true, ['亿', '人民币亿元', '亿元人民币', 'cny100m', '100mcny', '100millionyuan', 'rmb100m']),
  ],
  declarations: [u('份', 0, false, ['票', '单', '张', '件', '个', 'declarations', 'declaration', 'decl', 'entries', 'pcs'])],
  vehicles: [
    u('辆次', 0, false, ['辆', '车次', '台次', '台', '次', 'vehicles', 'vehicle', 'veh', 'trips']),
    u('万辆次', 4, true, ['万辆', '万车次']),
  ],
  persons: [
    u('人次', 0, false, ['人', '名', '次', 'persons', 'person', 'people', 'pax', 'persontrips', 'trips']),
    u('万人次', 4, true, ['万人', '万名']),
  ],
  centihours: [u('小时', 0, false, ['时', 'h', 'hr', 'hrs', 'hour', 'hours'])],
};

export function isNumericTarget(target: ImportTarget | null): target is NumericFieldKey {
  return target !== null && (NUMERIC_FIELD_KEYS as readonly string[]).includes(target);
}

/** The units a person may choose for a field in the mapping editor, the display unit first. */
export function unitChoices(key: NumericFieldKey): UnitFactor[] {
  const defs = UNITS[FIELD_BY_KEY[key].kind];
  const display = FIELD_BY_KEY[key].unit;
  return [...defs]
    .sort((a, b) => Number(b.unit === display) - Number(a.unit === display))
    .map((d) => ({ unit: d.unit, exp10: d.exp10 }));
}

/** The field's own display unit (吨, 万元, 人次 …), which a header without a unit is taken to mean. */
export function displayUnitFactor(key: NumericFieldKey): UnitFactor {
  return { unit: FIELD_BY_KEY[key].unit, exp10: 0 };
}

export type UnitLookup =
  | { kind: 'found'; unit: UnitFactor; prefixed: boolean }
  | { kind: 'otherField' }
  | { kind: 'unknown' };

/** Reads a unit as written (吨, t, CNY 10k, 亿元 …) for a field; also tells a unit of another kind apart. */
export function lookupUnit(key: NumericFieldKey, written: string): UnitLookup {
  const text = normalise(written).replace(/^单位[:]?/, '').replace(/^unit[:]?/, '');
  const def = UNITS[FIELD_BY_KEY[key].kind].find((d) => d.aliases.includes(text));
  if (def) return { kind: 'found', unit: { unit: def.unit, exp10: def.exp10 }, prefixed: def.prefixed };
  const elsewhere = Object.values(UNITS).some((defs) => defs.some((d) => d.aliases.includes(text)));
  return elsewhere ? { kind: 'otherField' } : { kind: 'unknown' };
}

/** Whether a column's unit already carries 万/亿 (so a cell's own "万" cannot be read safely). */
export function isPrefixedUnit(key: NumericFieldKey, factor: UnitFactor): boolean {
  return UNITS[FIELD_BY_KEY[key].kind].some((d) => d.unit === factor.unit && d.prefixed);
}

// ---------------------------------------------------------------------------------------------
// Header names

interface NameAlias {
  target: ImportTarget;
  /** a unit the name itself carries ("importFreightKg", "入境人次") */
  unit?: string;
}

const NAME_ALIASES = new Map<string, NameAlias>();

function names(target: ImportTarget, aliases: readonly string[], unit?: string): void {
  for (const a of aliases) NAME_ALIASES.set(normaliseName(a), unit === undefined ? { target } : { target, unit });
}

names('date', ['日期', '统计日期', '通关日期', '业务日期', '时间', 'date', 'day', 'dates']);
names('port', ['口岸', '口岸名称', '所属口岸', 'port', 'port name', 'portname']);

names('importFreightKg', ['进口货运量', '进口货量', '进口运量', '进口货物重量', '进口重量', '进口货物量', 'import freight', 'freight import', 'import tonnage', 'import weight', 'import cargo']);
names('exportFreightKg', ['出口货运量', '出口货量', '出口运量', '出口货物重量', '出口重量', '出口货物量', 'export freight', 'freight export', 'export tonnage', 'export weight', 'export cargo']);
names('importValueYuan', ['进口货值', '进口值', '进口额', '进口金额', '进口总值', '进口贸易额', 'import value', 'value import', 'import trade value']);
names('exportValueYuan', ['出口货值', '出口值', '出口额', '出口金额', '出口总值', '出口贸易额', 'export value', 'value export', 'export trade value']);
names('borderTradeYuan', ['边民互市贸易额', '边民互市', '边民互市贸易', '互市贸易额', '边民互市交易额', 'border trade', 'border resident trade', 'border-resident trade']);
names('importDeclarations', ['进口报关单', '进口报关单数', '进口报关单量', '进口报关票数', '进口申报单', 'import declarations', 'declarations import']);
names('exportDeclarations', ['出口报关单', '出口报关单数', '出口报关单量', '出口报关票数', '出口申报单', 'export declarations', 'declarations export']);
names('vehiclesIn', ['入境车辆', '入境车辆数', '入境车次', '入境车辆次', 'vehicles in', 'vehicle in', 'inbound vehicles', 'vehicles inbound', 'vehicle entries']);
names('vehiclesOut', ['出境车辆', '出境车辆数', '出境车次', '出境车辆次', 'vehicles out', 'vehicle out', 'outbound vehicles', 'vehicles outbound', 'vehicle exits']);
names('personsIn', ['入境人员', '入境人数', '入境旅客', '入境人员数', 'persons in', 'person in', 'people in', 'inbound persons', 'persons inbound', 'arrivals']);
names('personsOut', ['出境人员', '出境人数', '出境旅客', '出境人员数', 'persons out', 'person out', 'people out', 'outbound persons', 'persons outbound', 'departures']);
names('personsIn', ['入境人次'], '人次');
names('personsOut', ['出境人次'], '人次');
names('importClearanceCentihours', ['进口整体通关时间', '进口通关时间', '进口整体通关时长', '进口通关时长', '进口通关用时', 'clearance time import', 'import clearance time', 'import clearance', 'import release time']);
names('exportClearanceCentihours', ['出口整体通关时间', '出口通关时间', '出口整体通关时长', '出口通关时长', '出口通关用时', 'clearance time export', 'export clearance time', 'export clearance', 'export release time']);
names('openCentihours', ['开放时长', '开关时长', '口岸开放时长', '开放小时数', 'open hours', 'opening hours', 'hours open']);
names('portOpen', ['口岸开放', '是否开放', '口岸是否开放', '开放', '开闭关', '开放状态', '口岸状态', 'open', 'port open', 'is open', 'opened']);
names('closureReason', ['闭关原因', '关闭原因', '闭关说明', '未开放原因', 'closure reason', 'reason closed', 'closed reason', 'closing reason', 'reason']);
names('note', ['备注', '说明', '附注', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments']);

// The store's own key and column names, with the stored unit they imply, so a file the program
// (or a database export) wrote reads back without guessing.
const STORED_UNIT_NAMES: Record<QuantityKind, string> = { kg: '千克', yuan: '元', declarations: '份', vehicles: '辆次', persons: '人次', centihours: '' };
for (const key of NUMERIC_FIELD_KEYS) {
  // Hundredths of an hour is no unit a person writes; those keys stay unrecognised on purpose.
  const unit = STORED_UNIT_NAMES[FIELD_BY_KEY[key].kind];
  if (unit) names(key, [key, FIELD_BY_KEY[key].column], unit);
}
for (const key of ['portOpen', 'closureReason', 'note'] as const) names(key, [key]);

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * NFKC turns full-width letters, digits, brackets and spaces (（吨）, ＣＮＹ, U+3000) into their ASCII
 * forms; the rest evens out the ways one header is written.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[【〔\[{]/g, '(')
    .replace(/[】〕\]}]/g, ')')
    .replace(/[\s\u200b]+/g, '')
    .replace(/[*]+$/, '') // "日期*": a required-column marker
    .replace(/[:]+$/, '');
}

/** A name without the punctuation people put around or inside it ("【出口货值】", "import_freight"). */
export function normaliseName(text: string): string {
  return bareName(normalise(text));
}

function bareName(normalised: string): string {
  return normalised.replace(/[-_.:·、()]/g, '');
}

function headerText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Spreadsheet column letters (0 → A, 26 → AA), how people name a column with no header. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** How a column is named in messages: its header, or its letter when the header is empty. */
export function columnName(match: Pick<ColumnMatch, 'index' | 'header'>): string {
  return match.header.trim() || `第 ${columnLetter(match.index)} 列`;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface Split {
  name: string;
  unit: string | null;
}

const ALL_UNIT_ALIASES: readonly string[] = [
  ...new Set(Object.values(UNITS).flatMap((defs) => defs.flatMap((d) => d.aliases))),
].sort((a, b) => b.length - a.length);

/** The ways a header may carry its unit, most explicit first. */
function splits(normalised: string): Split[] {
  const out: Split[] = [{ name: normalised, unit: null }];
  const paren = /^(.+?)\((.*)\)$/.exec(normalised);
  if (paren) out.push({ name: paren[1] ?? '', unit: paren[2] ?? '' });
  const slash = normalised.lastIndexOf('/');
  if (slash > 0) out.push({ name: normalised.slice(0, slash), unit: normalised.slice(slash + 1) });
  const comma = /^(.+?)[,;](?:单位|unit)?:?(.+)$/.exec(normalised);
  if (comma) out.push({ name: comma[1] ?? '', unit: comma[2] ?? '' });
  // "出口货值万元", "入境人员人次": a unit glued to the name.
  for (const alias of ALL_UNIT_ALIASES) {
    if (normalised.length > alias.length && normalised.endsWith(alias)) {
      out.push({ name: normalised.slice(0, -alias.length), unit: alias });
    }
  }
  return out;
}

const MINUTES = ['分钟', '分', 'min', 'mins', 'minute', 'minutes'];

function unitRefusal(label: string, written: string, kind: 'otherField' | 'unknown'): string {
  // Minutes are no power of ten of an hour: converting them here would mean rounding.
  if (MINUTES.includes(normalise(written))) return `${label}须以小时为单位，请先在表格中把分钟换算为小时`;
  if (kind === 'otherField') return `表头单位“${written}”不适用于${label}，请确认这一列的内容`;
  return `无法识别表头中的单位“${written}”，请在列对应中选择单位`;
}

function matchOne(index: number, header: string): ColumnMatch {
  const base = { index, header };
  const n = normalise(header);
  if (n === '') return { ...base, target: null, unitFactor: null, hint: null };

  for (const split of splits(n)) {
    const alias = NAME_ALIASES.get(bareName(split.name));
    if (!alias) continue;
    const target = alias.target;
    if (!isNumericTarget(target)) {
      // Text in brackets after a date or 是否开放 is guidance ("日期(年-月-日)", "开放(是/否)").
      return { ...base, target, unitFactor: null, hint: null };
    }
    const written = split.unit ?? alias.unit ?? null;
    const label = DAY_VALUE_LABELS[target];
    if (written === null || written === '') {
      const unit = displayUnitFactor(target);
      // 吨/万吨 and 元/万元 are easily confused, so the assumption is shown; 人次 needs no word.
      const kind = FIELD_BY_KEY[target].kind;
      const hint = kind === 'kg' || kind === 'yuan' ? `表头未注明单位，按${unit.unit}计` : null;
      return { ...base, target, unitFactor: unit, hint };
    }
    const found = lookupUnit(target, written);
    if (found.kind === 'found') return { ...base, target, unitFactor: found.unit, hint: null };
    if (split.unit === null) continue;
    return { ...base, target: null, unitFactor: null, hint: unitRefusal(label, written, found.kind) };
  }
  return { ...base, target: null, unitFactor: null, hint: '未识别的列，导入时忽略' };
}

/**
 * Recognises every column of a header row. A field found in two columns is taken from the first;
 * the second is left unmapped with a hint, so nothing is summed or overwritten behind the user's back.
 */
export function matchHeaders(headers: readonly RawCell[]): ColumnMapping {
  const taken = new Map<ImportTarget, ColumnMatch>();
  return headers.map((cell, index) => {
    const m = matchOne(index, headerText(cell));
    if (m.target === null) return m;
    const first = taken.get(m.target);
    if (first) {
      return { ...m, target: null, unitFactor: null, hint: `与${columnName(first)}（${targetLabel(m.target)}）重复，已忽略` };
    }
    taken.set(m.target, m);
    return m;
  });
}

export function targetLabel(target: ImportTarget): string {
  if (target === 'date') return '日期';
  if (target === 'port') return '口岸';
  return DAY_VALUE_LABELS[target];
}

/**
 * What stops a mapping (as matched or as edited by the user) from being imported: no date column,
 * a field taken from two columns, a unit that does not fit its field. Empty when it can be used.
 */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (!mapping.some((m) => m.target === 'date')) problems.push('没有找到日期列，请指定哪一列是日期');
  const byTarget = new Map<ImportTarget, ColumnMatch[]>();
  for (const m of mapping) {
    if (m.target === null) continue;
    byTarget.set(m.target, [...(byTarget.get(m.target) ?? []), m]);
    const factor = m.unitFactor;
    if (isNumericTarget(m.target) && factor !== null) {
      const fits = unitChoices(m.target).some((c) => c.unit === factor.unit && c.exp10 === factor.exp10);
      if (!fits) problems.push(`${columnName(m)}的单位“${factor.unit}”不适用于${targetLabel(m.target)}`);
    }
  }
  for (const [target, cols] of byTarget) {
    if (cols.length > 1) problems.push(`“${targetLabel(target)}”对应了多列：${cols.map(columnName).join('、')}，请只保留一列`);
  }
  return problems;
}

/**
 * A stable key of a header row's shape, under which a corrected mapping is remembered.
 *
 * Headers are compared after normalisation (full-width/half-width, spaces, case), and trailing empty
 * columns are dropped (Excel often reports a few). Order matters: a ColumnMapping refers to columns by
 * position, so the same headers in another order must not reuse it; they get a new signature and are
 * matched afresh.
 */
export function mappingSignature(headers: readonly RawCell[]): string {
  const parts = headers.map((h) => normalise(headerText(h)));
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return `h1-${parts.length}-${fnv1a64(parts.join('\u001f'))}`;
}

// FNV-1a, 64 bits over UTF-16 code units: short, dependency-free and identical in every runtime.
function fnv1a64(text: string): string {
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
