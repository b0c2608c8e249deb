/**
 * The fields of a day's clearance record (docs/DOMAIN.md, "What is recorded each day").
 *
 * One registry drives the day form, the month grid, validation, import/export headers and the store's
 * columns, so a field is added in one place. Numbers are stored as integers: `scale` is the number of
 * decimals a person may type in `unit`, and the stored integer is that figure × 10^scale (吨 → kg,
 * 万元 → 元, 小时 → 1/100 h).
 */

import type { QuantityKind } from './format';

export type FieldGroup = 'cargo' | 'vehicles' | 'persons' | 'efficiency' | 'operations';

/** A row of the registry; `NumericFieldDef` is the same with its key narrowed to the registry's keys. */
interface FieldRow {
  key: string;
  /** snake_case column in daily_records */
  column: string;
  label: string;
  group: FieldGroup;
  /** the unit people type and read in the form */
  unit: string;
  /** decimals allowed in `unit`; stored integer = typed × 10^scale */
  scale: number;
  /** what one stored integer step is */
  storedUnit: string;
  /** upper bound of the stored integer, a typo guard well above any real day */
  maxStored: number;
  /** figures that add up over a period (clearance times and open hours are averaged instead) */
  additive: boolean;
  /** what the stored integer counts, for formatting and for the units an import may read */
  kind: QuantityKind;
}

const T = 1_000_000_000_000; // 1e12: ten billion 万元 / a million tonnes, far past any day.

/** The registry itself. Every list of fields (keys, additive, averaged) is read from it, never written out again. */
const FIELD_ROWS = [
  { key: 'importFreightKg', column: 'import_freight_kg', label: '进口货运量', group: 'cargo', unit: '吨', scale: 3, storedUnit: 'kg', maxStored: T, additive: true, kind: 'kg' },
  { key: 'exportFreightKg', column: 'export_freight_kg', label: '出口货运量', group: 'cargo', unit: '吨', scale: 3, storedUnit: 'kg', maxStored: T, additive: true, kind: 'kg' },
  { key: 'importValueYuan', column: 'import_value_yuan', label: '进口货值', group: 'cargo', unit: '万元', scale: 4, storedUnit: '元', maxStored: T, additive: true, kind: 'yuan' },
  { key: 'exportValueYuan', column: 'export_value_yuan', label: '出口货值', group: 'cargo', unit: '万元', scale: 4, storedUnit: '元', maxStored: T, additive: true, kind: 'yuan' },
  { key: 'borderTradeYuan', column: 'border_trade_yuan', label: '边民互市贸易额', group: 'cargo', unit: '万元', scale: 4, storedUnit: '元', maxStored: T, additive: true, kind: 'yuan' },
  { key: 'importDeclarations', column: 'import_declarations', label: '进口报关单', group: 'cargo', unit: '份', scale: 0, storedUnit: '份', maxStored: 1_000_000, additive: true, kind: 'declarations' },
  { key: 'exportDeclarations', column: 'export_declarations', label: '出口报关单', group: 'cargo', unit: '份', scale: 0, storedUnit: '份', maxStored: 1_000_000, additive: true, kind: 'declarations' },
  { key: 'vehiclesIn', column: 'vehicles_in', label: '入境车辆', group: 'vehicles', unit: '辆次', scale: 0, storedUnit: '辆次', maxStored: 1_000_000, additive: true, kind: 'vehicles' },
  { key: 'vehiclesOut', column: 'vehicles_out', label: '出境车辆', group: 'vehicles', unit: '辆次', scale: 0, storedUnit: '辆次', maxStored: 1_000_000, additive: true, kind: 'vehicles' },
  { key: 'personsIn', column: 'persons_in', label: '入境人员', group: 'persons', unit: '人次', scale: 0, storedUnit: '人次', maxStored: 10_000_000, additive: true, kind: 'persons' },
  { key: 'personsOut', column: 'persons_out', label: '出境人员', group: 'persons', unit: '人次', scale: 0, storedUnit: '人次', maxStored: 10_000_000, additive: true, kind: 'persons' },
  { key: 'importClearanceCentihours', column: 'import_clearance_centihours', label: '进口整体通关时间', group: 'efficiency', unit: '小时', scale: 2, storedUnit: '0.01小时', maxStored: 100_000_00, additive: false, kind: 'centihours' },
  { key: 'exportClearanceCentihours', column: 'export_clearance_centihours', label: '出口整体通关时间', group: 'efficiency', unit: '小时', scale: 2, storedUnit: '0.01小时', maxStored: 100_000_00, additive: false, kind: 'centihours' },
  { key: 'openCentihours', column: 'open_centihours', label: '开放时长', group: 'operations', unit: '小时', scale: 2, storedUnit: '0.01小时', maxStored: 24_00, additive: false, kind: 'centihours' },
] as const satisfies readonly FieldRow[];

type FieldRowOf = (typeof FIELD_ROWS)[number];
export type NumericFieldKey = FieldRowOf['key'];
/** Fields that add up over a period (the registry's `additive`). */
export type AdditiveFieldKey = Extract<FieldRowOf, { additive: true }>['key'];
/** Fields averaged over the days that have them (a sum of clearance times means nothing). */
export type AveragedFieldKey = Extract<FieldRowOf, { additive: false }>['key'];

export interface NumericFieldDef extends FieldRow {
  key: NumericFieldKey;
}

export const NUMERIC_FIELDS: readonly NumericFieldDef[] = FIELD_ROWS;

/** Every figure's key, in registry order (a non-empty tuple, as zod's enum takes it). */
export const NUMERIC_FIELD_KEYS = NUMERIC_FIELDS.map((f) => f.key) as [NumericFieldKey, ...NumericFieldKey[]];

export const ADDITIVE_FIELD_KEYS: readonly AdditiveFieldKey[] = NUMERIC_FIELDS.filter((f) => f.additive).map((f) => f.key as AdditiveFieldKey);
export const AVERAGED_FIELD_KEYS: readonly AveragedFieldKey[] = NUMERIC_FIELDS.filter((f) => !f.additive).map((f) => f.key as AveragedFieldKey);

export const FIELD_GROUP_LABELS: Record<FieldGroup, string> = {
  cargo: '货运',
  vehicles: '车辆',
  persons: '人员',
  efficiency: '效率',
  operations: '运行',
};

export const FIELD_GROUPS: readonly FieldGroup[] = ['cargo', 'vehicles', 'persons', 'efficiency', 'operations'];

export const FIELD_BY_KEY: Readonly<Record<NumericFieldKey, NumericFieldDef>> = Object.fromEntries(
  NUMERIC_FIELDS.map((f) => [f.key, f]),
) as Record<NumericFieldKey, NumericFieldDef>;

/** Suggested reasons for a closed day; free text is allowed too. */
export const CLOSURE_REASONS = ['道路塌方', '降雪封路', '恶劣天气', '节假日闭关', '设备故障', '上级通知', '其他'] as const;

/** The values a person enters for one day (all optional: blank means "not known"). */
export type DayValues = { [K in NumericFieldKey]: number | null } & {
  portOpen: boolean | null;
  closureReason: string | null;
  note: string | null;
};

export const TEXT_FIELD_KEYS = ['portOpen', 'closureReason', 'note'] as const;
export type DayValueKey = NumericFieldKey | (typeof TEXT_FIELD_KEYS)[number];
export const DAY_VALUE_KEYS: readonly DayValueKey[] = [...NUMERIC_FIELD_KEYS, ...TEXT_FIELD_KEYS];

export const DAY_VALUE_LABELS: Record<DayValueKey, string> = {
  ...(Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, f.label])) as Record<NumericFieldKey, string>),
  portOpen: '口岸开放',
  closureReason: '闭关原因',
  note: '备注',
};

const EMPTY_DAY_VALUES: Readonly<DayValues> = Object.freeze({
  ...(Object.fromEntries(NUMERIC_FIELD_KEYS.map((k) => [k, null])) as { [K in NumericFieldKey]: null }),
  portOpen: null,
  closureReason: null,
  note: null,
});

/** A fresh all-blank day (a copy: an import builds one per row, so it is kept cheap). */
export function emptyDayValues(): DayValues {
  return { ...EMPTY_DAY_VALUES };
}

/** Fields whose values differ, in registry order (used for history and import previews). */
export function changedFields(before: DayValues, after: DayValues): { field: DayValueKey; from: unknown; to: unknown }[] {
  return DAY_VALUE_KEYS.filter((k) => before[k] !== after[k]).map((k) => ({ field: k, from: before[k], to: after[k] }));
}

/** All-blank days carry no information. */
export function isBlankDay(values: DayValues): boolean {
  return DAY_VALUE_KEYS.every((k) => values[k] === null);
}
