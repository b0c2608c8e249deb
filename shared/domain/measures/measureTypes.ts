/**
 * The vocabulary of the clearance-measure register (docs/DOMAIN.md, "The clearance measures"): statuses and
 * how a measure may move between them, categories, the figures a measure is meant to move and the
 * targets set on them. Pure: no store, no clock.
 */

import { daysBetween } from '../dates';
import { FIELD_BY_KEY, type AveragedFieldKey, type DayValues, type NumericFieldDef, type NumericFieldKey } from '../dailyFields';
import { COMBINED_FIGURE_PARTS, FIGURE_INFO, figureValue, type CombinedFigureKey, type FigureKey } from '../kpi';
import { METRIC_INFO } from '../metrics';
import { isRestDay, type DayType } from '../dayType';

// ---------------------------------------------------------------------------------------------
// Status

export const MEASURE_STATUSES = ['planned', 'inProgress', 'inForce', 'suspended', 'ended'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: '计划中',
  inProgress: '推进中',
  inForce: '已实施',
  suspended: '暂停',
  ended: '已结束',
};

/**
 * Where a measure may go from each status.
 *
 * - A plan may start work, go straight into force (nothing to prepare), or be dropped.
 * - Once work has started a measure never returns to 计划中: its start date is what the effect
 *   analysis compares around, and going back would make that date meaningless.
 * - 已实施 does not fall back to 推进中; a second phase is recorded as progress notes instead.
 * - 暂停 resumes to where it was (推进中 or 已实施) or ends.
 * - 已结束 is final. A revived measure is entered anew, so it gets its own start date and its own
 *   before/after comparison instead of silently reusing the old one.
 */
export const NEXT_STATUSES: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  planned: ['inProgress', 'inForce', 'ended'],
  inProgress: ['inForce', 'suspended', 'ended'],
  inForce: ['suspended', 'ended'],
  suspended: ['inProgress', 'inForce', 'ended'],
  ended: [],
};

/** Whether a status change is allowed. Staying in the same status is not a transition. */
export function canTransition(from: MeasureStatus, to: MeasureStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** 推进中 with no progress for this many days is flagged as stalled. */
export const STALL_DAYS = 30;

/**
 * A measure is stalled when it is 推进中 and nothing was recorded for STALL_DAYS days or more.
 * `lastProgressDate` should be the latest progress note, or the day it became 推进中 when there is
 * no note yet; null means nothing at all was ever recorded, which is itself a stall.
 */
export function isStalled(status: MeasureStatus, lastProgressDate: string | null, today: string): boolean {
  if (status !== 'inProgress') return false;
  if (lastProgressDate === null) return true;
  return daysBetween(lastProgressDate, today) >= STALL_DAYS;
}

/** A measure still 计划中 whose planned start date has already passed (starting today is on time). */
export function isOverdue(status: MeasureStatus, startDate: string | null, today: string): boolean {
  return status === 'planned' && startDate !== null && startDate < today;
}

// ---------------------------------------------------------------------------------------------
// Category

export const MEASURE_CATEGORIES = [
  'schedule',
  'declaration',
  'inspection',
  'digital',
  'tax',
  'borderTrade',
  'passenger',
  'service',
  'coordination',
  'monitoring',
] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

export const MEASURE_CATEGORY_LABELS: Record<MeasureCategory, string> = {
  schedule: '作业时间',
  declaration: '申报模式',
  inspection: '查验放行',
  digital: '信息化',
  tax: '税收征管',
  borderTrade: '边民互市',
  passenger: '旅检服务',
  service: '政务服务',
  coordination: '联检协作',
  monitoring: '监测评估',
};

// ---------------------------------------------------------------------------------------------
// Metrics a measure can move

export interface MeasureMetricDef {
  key: MeasureMetricKey;
  label: string;
  /** the display unit; targets are written in it */
  unit: string;
  /** which way is an improvement (clearance time should fall, volumes should rise) */
  better: 'lower' | 'higher';
  /**
   * The metric is only defined on rest days (周末、节假日), so a window holds about a third as many
   * days with a value as for the other metrics.
   */
  restDaysOnly: boolean;
  /**
   * A closed day is a genuine observation of this metric, not a disruption to set aside: the
   * rest-day coverage is exactly about whether the port was closed.
   */
  countsClosedDays: boolean;
}

/**
 * The registry's figure each stored measure metric reads (metrics.ts), in the unit a clerk types it
 * in (吨, 万元, 小时). The keys are stored with every measure, so they stay as they are; label, unit
 * and direction come from the registry. Rest-day coverage is no figure of a day's values.
 */
const MEASURE_METRIC_FIGURES = {
  importClearanceHours: 'importClearanceCentihours',
  exportClearanceHours: 'exportClearanceCentihours',
  freightTonnes: 'freightKg',
  importFreightTonnes: 'importFreightKg',
  exportFreightTonnes: 'exportFreightKg',
  tradeValueWanYuan: 'tradeValueYuan',
  borderTradeWanYuan: 'borderTradeYuan',
  persons: 'persons',
  vehicles: 'vehicles',
  declarations: 'declarations',
  openHours: 'openCentihours',
} as const satisfies Record<string, FigureKey | AveragedFieldKey>;
type FigureMetricKey = keyof typeof MEASURE_METRIC_FIGURES;

export type MeasureMetricKey = FigureMetricKey | 'restDayCoverage';

/** Every measure metric, in the order the form offers them (a non-empty tuple, as zod's enum takes it). */
const measureMetricKeys: MeasureMetricKey[] = [...(Object.keys(MEASURE_METRIC_FIGURES) as FigureMetricKey[]), 'restDayCoverage'];
export const MEASURE_METRIC_KEYS = measureMetricKeys as [MeasureMetricKey, ...MeasureMetricKey[]];

/** The field whose entry unit a figure is read in: itself, or the first part of a total (both parts share it). */
function entryField(figure: FigureKey | AveragedFieldKey): NumericFieldDef {
  return FIELD_BY_KEY[figure in COMBINED_FIGURE_PARTS ? COMBINED_FIGURE_PARTS[figure as CombinedFigureKey][0] : (figure as NumericFieldKey)];
}

function fromFigure(key: FigureMetricKey): MeasureMetricDef {
  const figure: FigureKey | AveragedFieldKey = MEASURE_METRIC_FIGURES[key];
  const label = figure in FIGURE_INFO ? FIGURE_INFO[figure as FigureKey].label : FIELD_BY_KEY[figure as NumericFieldKey].label;
  return { key, label, unit: entryField(figure).unit, better: METRIC_INFO[figure].better, restDaysOnly: false, countsClosedDays: false };
}

export const MEASURE_METRICS: Readonly<Record<MeasureMetricKey, MeasureMetricDef>> = {
  ...(Object.fromEntries((Object.keys(MEASURE_METRIC_FIGURES) as FigureMetricKey[]).map((k) => [k, fromFigure(k)])) as Record<FigureMetricKey, MeasureMetricDef>),
  restDayCoverage: { key: 'restDayCoverage', label: '休息日开放率', unit: '%', better: 'higher', restDaysOnly: true, countsClosedDays: true },
};

/**
 * A metric's value for one day, in its display unit, from the stored integers of that day. A total
 * adds the parts that were entered (kpi.figureValue): clerks leave imports blank on export-only days.
 * Rest-day coverage is 100 on an open rest day and 0 on a closed one, so its mean over a period is
 * the 5+2 coverage percentage of docs/DOMAIN.md; it has no value on working days.
 */
export function measureMetricValue(metric: MeasureMetricKey, values: DayValues, dayType: DayType): number | null {
  if (metric === 'restDayCoverage') {
    if (!isRestDay(dayType) || values.portOpen === null) return null;
    return values.portOpen ? 100 : 0;
  }
  const figure: FigureKey | AveragedFieldKey = MEASURE_METRIC_FIGURES[metric];
  const stored = figure in FIGURE_INFO ? figureValue(values, figure as FigureKey) : values[figure as AveragedFieldKey];
  if (stored === null || !Number.isFinite(stored)) return null;
  return stored / 10 ** entryField(figure).scale;
}

// ---------------------------------------------------------------------------------------------
// Targets

export type TargetComparator = '<=' | '>=';

/** A goal on one metric, e.g. 进口整体通关时间 ≤ 10 小时; `value` is in the metric's display unit. */
export interface MeasureTarget {
  metric: MeasureMetricKey;
  comparator: TargetComparator;
  value: number;
}

export const COMPARATOR_SYMBOLS: Record<TargetComparator, string> = { '<=': '≤', '>=': '≥' };

/** Whether an observed figure meets the target; null when there is no figure to judge. */
export function targetMet(target: MeasureTarget, actual: number | null): boolean | null {
  if (actual === null || !Number.isFinite(actual)) return null;
  return target.comparator === '<=' ? actual <= target.value : actual >= target.value;
}

/** "进口整体通关时间 ≤ 10 小时", "休息日开放率 ≥ 95%" */
export function describeTarget(target: MeasureTarget): string {
  const m = MEASURE_METRICS[target.metric];
  const unit = m.unit === '%' ? '%' : ` ${m.unit}`;
  return `${m.label} ${COMPARATOR_SYMBOLS[target.comparator]} ${target.value}${unit}`;
}
