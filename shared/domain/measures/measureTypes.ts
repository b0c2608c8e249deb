/**
 * The vocabulary of the clearance-measure register (docs/DOMAIN.md, "The clearance measures"): statuses and
 * how a measure may move between them, categories, the figures a measure is meant to move and the
 * targets set on them. Pure: no store, no clock.
 */

import { daysBetween } from '../dates';
import type { DayValues, NumericFieldKey } from '../dailyFields';
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

export const METRIC_KEYS = [
  'importClearanceHours',
  'exportClearanceHours',
  'freightTonnes',
  'importFreightTonnes',
  'exportFreightTonnes',
  'tradeValueWanYuan',
  'borderTradeWanYuan',
  'persons',
  'vehicles',
  'declarations',
  'openHours',
  'restDayCoverage',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricDef {
  key: MetricKey;
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

export const METRICS: Readonly<Record<MetricKey, MetricDef>> = {
  importClearanceHours: { key: 'importClearanceHours', label: '进口整体通关时间', unit: '小时', better: 'lower', restDaysOnly: false, countsClosedDays: false },
  exportClearanceHours: { key: 'exportClearanceHours', label: '出口整体通关时间', unit: '小时', better: 'lower', restDaysOnly: false, countsClosedDays: false },
  freightTonnes: { key: 'freightTonnes', label: '进出口货运量', unit: '吨', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  importFreightTonnes: { key: 'importFreightTonnes', label: '进口货运量', unit: '吨', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  exportFreightTonnes: { key: 'exportFreightTonnes', label: '出口货运量', unit: '吨', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  tradeValueWanYuan: { key: 'tradeValueWanYuan', label: '进出口货值', unit: '万元', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  borderTradeWanYuan: { key: 'borderTradeWanYuan', label: '边民互市贸易额', unit: '万元', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  persons: { key: 'persons', label: '出入境人员', unit: '人次', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  vehicles: { key: 'vehicles', label: '出入境车辆', unit: '辆次', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  declarations: { key: 'declarations', label: '进出口报关单', unit: '份', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  openHours: { key: 'openHours', label: '开放时长', unit: '小时', better: 'higher', restDaysOnly: false, countsClosedDays: false },
  restDayCoverage: { key: 'restDayCoverage', label: '休息日开放率', unit: '%', better: 'higher', restDaysOnly: true, countsClosedDays: true },
};

/**
 * Sum of the parts that were entered; null only when every part is blank. A blank part is read as
 * "none of that kind" because clerks leave, say, imports empty on export-only days (cargo ran
 * export-only from 2019 to 2023); treating that as unknown would blank the whole total.
 */
function sumKnown(values: DayValues, keys: readonly NumericFieldKey[]): number | null {
  let total = 0;
  let any = false;
  for (const k of keys) {
    const v = values[k];
    if (v !== null && Number.isFinite(v)) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

function scaled(v: number | null, divisor: number): number | null {
  return v === null || !Number.isFinite(v) ? null : v / divisor;
}

/**
 * A metric's value for one day, in its display unit, from the stored integers of that day.
 * Rest-day coverage is 100 on an open rest day and 0 on a closed one, so its mean over a period is
 * the 5+2 coverage percentage of docs/DOMAIN.md; it has no value on working days.
 */
export function metricValue(metric: MetricKey, values: DayValues, dayType: DayType): number | null {
  switch (metric) {
    case 'importClearanceHours':
      return scaled(values.importClearanceCentihours, 100);
    case 'exportClearanceHours':
      return scaled(values.exportClearanceCentihours, 100);
    case 'freightTonnes':
      return scaled(sumKnown(values, ['importFreightKg', 'exportFreightKg']), 1000);
    case 'importFreightTonnes':
      return scaled(values.importFreightKg, 1000);
    case 'exportFreightTonnes':
      return scaled(values.exportFreightKg, 1000);
    case 'tradeValueWanYuan':
      return scaled(sumKnown(values, ['importValueYuan', 'exportValueYuan']), 10_000);
    case 'borderTradeWanYuan':
      return scaled(values.borderTradeYuan, 10_000);
    case 'persons':
      return sumKnown(values, ['personsIn', 'personsOut']);
    case 'vehicles':
      return sumKnown(values, ['vehiclesIn', 'vehiclesOut']);
    case 'declarations':
      return sumKnown(values, ['importDeclarations', 'exportDeclarations']);
    case 'openHours':
      return scaled(values.openCentihours, 100);
    case 'restDayCoverage':
      if (!isRestDay(dayType) || values.portOpen === null) return null;
      return values.portOpen ? 100 : 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Targets

export type TargetComparator = '<=' | '>=';

/** A goal on one metric, e.g. 进口整体通关时间 ≤ 10 小时; `value` is in the metric's display unit. */
export interface MeasureTarget {
  metric: MetricKey;
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
  const m = METRICS[target.metric];
  const unit = m.unit === '%' ? '%' : ` ${m.unit}`;
  return `${m.label} ${COMPARATOR_SYMBOLS[target.comparator]} ${target.value}${unit}`;
}
