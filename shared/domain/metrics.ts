/**
 * The figures a dashboard card, a trend line or a briefing row shows ("metrics"), and the partial
 * sums they are computed from.
 *
 * A metric is one of three things: a summable figure of kpi.ts (freight, value, persons …), the
 * mean of an averaged field over the days that report it (clearance times, open hours), or the
 * number of days the port was recorded open. All three come out of the same `Aggregate`, which is
 * what the store's GROUP BY produces for a port and a bucket of days and what adds up across ports
 * and buckets; the numbers match kpi.periodTotals on the same days.
 */

import { NUMERIC_FIELD_KEYS, NUMERIC_FIELDS, FIELD_BY_KEY, type AveragedFieldKey, type NumericFieldKey } from './dailyFields';
import { EMPTY_MARK, formatNumber, formatQuantity, type CountOptions, type QuantityKind } from './format';
import {
  ADDITIVE_FIELD_KEYS,
  AVERAGED_FIELD_KEYS,
  COMBINED_FIGURE_PARTS,
  FIGURE_INFO,
  FIGURE_KEYS,
  figureValue,
  perDay,
  type CombinedFigureKey,
  type FieldSums,
  type FigureKey,
} from './kpi';

export type MetricKey = FigureKey | AveragedFieldKey | 'openDays';

/** How a metric's value reads: a stored quantity, or a number of days. */
export type MetricKind = QuantityKind | 'days';

export interface MetricInfo {
  label: string;
  kind: MetricKind;
  /** which way is good news: more freight is, a longer clearance time is not */
  better: 'higher' | 'lower';
  /** summed over days, averaged over the days that report it, or counted */
  aggregate: 'sum' | 'mean' | 'count';
}

export const METRIC_KEYS: readonly MetricKey[] = [...FIGURE_KEYS, ...AVERAGED_FIELD_KEYS, 'openDays'];

export const METRIC_INFO: Readonly<Record<MetricKey, MetricInfo>> = {
  ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, { ...FIGURE_INFO[k], better: 'higher', aggregate: 'sum' }])) as Record<FigureKey, MetricInfo>),
  importClearanceCentihours: { label: FIELD_BY_KEY.importClearanceCentihours.label, kind: 'centihours', better: 'lower', aggregate: 'mean' },
  exportClearanceCentihours: { label: FIELD_BY_KEY.exportClearanceCentihours.label, kind: 'centihours', better: 'lower', aggregate: 'mean' },
  openCentihours: { label: '日均开放时长', kind: 'centihours', better: 'higher', aggregate: 'mean' },
  openDays: { label: '开放天数', kind: 'days', better: 'higher', aggregate: 'count' },
};

/**
 * A headline total followed by its parts, the way bulletins, the dashboard and its charts list them
 * (进出口货值, 其中进口, 出口).
 */
export function figureWithParts(total: CombinedFigureKey): MetricKey[] {
  return [total, ...COMBINED_FIGURE_PARTS[total]];
}

/** The totals a bulletin leads with, in its order: value, freight, people, vehicles. */
export const HEADLINE_TOTALS: readonly CombinedFigureKey[] = ['tradeValueYuan', 'freightKg', 'persons', 'vehicles'];

/** The clearance times (the registry's efficiency group), import then export. */
export const CLEARANCE_TIME_KEYS: readonly AveragedFieldKey[] = NUMERIC_FIELDS.filter((f) => f.group === 'efficiency').map((f) => f.key as AveragedFieldKey);

// ---------------------------------------------------------------------------------------------
// Partial sums

/** What a set of days adds up to; blank days are not in it at all. */
export interface Aggregate {
  /** days with a non-blank record */
  recordedDays: number;
  openDays: number;
  closedDays: number;
  /** recorded days with 口岸开放 left blank */
  openUnknownDays: number;
  /** additive fields; null where no day had a value */
  sums: FieldSums;
  /** averaged fields: the sum of the daily figures over the days that have one */
  averagedSums: Record<AveragedFieldKey, number>;
  /** for every numeric field, on how many days it had a value */
  reportedDays: Record<NumericFieldKey, number>;
}

export function emptyAggregate(): Aggregate {
  return {
    recordedDays: 0,
    openDays: 0,
    closedDays: 0,
    openUnknownDays: 0,
    sums: Object.fromEntries(ADDITIVE_FIELD_KEYS.map((k) => [k, null])) as FieldSums,
    averagedSums: Object.fromEntries(AVERAGED_FIELD_KEYS.map((k) => [k, 0])) as Record<AveragedFieldKey, number>,
    reportedDays: Object.fromEntries(NUMERIC_FIELD_KEYS.map((k) => [k, 0])) as Record<NumericFieldKey, number>,
  };
}

/** Adds `part` into `into` (ports into a total, days into a bucket) and returns `into`. */
export function addAggregate(into: Aggregate, part: Aggregate): Aggregate {
  into.recordedDays += part.recordedDays;
  into.openDays += part.openDays;
  into.closedDays += part.closedDays;
  into.openUnknownDays += part.openUnknownDays;
  for (const k of ADDITIVE_FIELD_KEYS) {
    const v = part.sums[k];
    if (v !== null) into.sums[k] = (into.sums[k] ?? 0) + v;
  }
  for (const k of AVERAGED_FIELD_KEYS) into.averagedSums[k] += part.averagedSums[k];
  for (const k of NUMERIC_FIELD_KEYS) into.reportedDays[k] += part.reportedDays[k];
  return into;
}

export function sumAggregates(parts: Iterable<Aggregate | undefined>): Aggregate {
  const total = emptyAggregate();
  for (const p of parts) if (p) addAggregate(total, p);
  return total;
}

function isAveraged(key: MetricKey): key is AveragedFieldKey {
  return (AVERAGED_FIELD_KEYS as readonly string[]).includes(key);
}

/**
 * A metric's value over the days of an aggregate; null when nothing was entered for it (and, for
 * open days, when no day of the aggregate was recorded at all, so "0 days open" means a claim).
 */
export function metricValue(agg: Aggregate | undefined, key: MetricKey): number | null {
  if (!agg) return null;
  if (key === 'openDays') return agg.recordedDays > 0 ? agg.openDays : null;
  if (isAveraged(key)) return perDay(agg.averagedSums[key], agg.reportedDays[key]);
  return figureValue(agg.sums, key as FigureKey);
}

/**
 * Share of a span's open days a figure may be blank on and still stand for the whole span. Blank is
 * "not handled or not collected", never zero: persons before passenger clearance reopened on
 * 2023-09-01 make 2023's total a total of four months, and a 同比 against it (+223%) says nothing.
 */
export const MAX_BLANK_SHARE = 0.1;
/** Fewer blank open days than this are gaps in entry (said by the missing-days notice), not a figure left unhandled. */
export const MIN_UNHANDLED_DAYS = 7;

/**
 * Whether a metric was handled on (nearly) every open day of an aggregate, so that a 同比 or 环比
 * from or against it compares like with like. A headline total counts as reported on a day when
 * either of its parts was (export-only days leave imports blank). Counts of days always qualify.
 */
export function metricCoversSpan(agg: Aggregate | undefined, key: MetricKey): boolean {
  if (!agg || agg.openDays === 0 || key === 'openDays') return true;
  const fields: readonly NumericFieldKey[] = isAveraged(key)
    ? [key]
    : key in COMBINED_FIGURE_PARTS
      ? COMBINED_FIGURE_PARTS[key as keyof typeof COMBINED_FIGURE_PARTS]
      : [key as NumericFieldKey];
  const blank = agg.openDays - Math.max(...fields.map((f) => agg.reportedDays[f]));
  return blank < MIN_UNHANDLED_DAYS || blank <= agg.openDays * MAX_BLANK_SHARE;
}

/** Whether a change of `pct` is good news for the metric: true, false, or null for no change. */
export function isImprovement(key: MetricKey, pct: number | null): boolean | null {
  if (pct === null || !Number.isFinite(pct) || Math.abs(pct) < 0.05) return null;
  return METRIC_INFO[key].better === 'higher' ? pct > 0 : pct < 0;
}

// ---------------------------------------------------------------------------------------------
// Reading a metric

/** A metric's value with its unit: "9.60 万吨", "12.50 小时", "28 天", "—". */
export function formatMetric(key: MetricKey, value: number | null | undefined, options: CountOptions = {}): string {
  const kind = METRIC_INFO[key].kind;
  if (kind === 'days') {
    const text = formatNumber(value, 0);
    return text === EMPTY_MARK || options.withUnit === false ? text : `${text} 天`;
  }
  return formatQuantity(kind, value, options);
}
