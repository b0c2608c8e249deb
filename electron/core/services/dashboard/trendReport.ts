import { MAX_SPAN_YEARS, type TrendMarker, type TrendPoint, type TrendReport, type TrendSeries } from '../../../../shared/contract/dashboard';
import { addDays, daysBetween, todayInShanghai, weekdayOf } from '../../../../shared/domain/dates';
import type { DayType } from '../../../../shared/domain/dayType';
import { lttbIndices, MAX_SERIES_POINTS } from '../../../../shared/domain/downsample';
import { METRIC_INFO, metricValue, sumAggregates, type Aggregate, type MetricKey } from '../../../../shared/domain/metrics';
import { COMBINED_FIGURE_PARTS, type CombinedFigureKey } from '../../../../shared/domain/kpi';
import type { NumericFieldKey } from '../../../../shared/domain/dailyFields';
import {
  bucketOf,
  bucketsBetween,
  chooseGranularity,
  rangePeriod,
  samePeriodLastYear,
  weekContaining,
  type Granularity,
  type SeriesBucket,
} from '../../../../shared/domain/periods';
import type { CoreDeps } from '../../types';
import { dayFiguresOf } from '../../dayFigures';
import { aggregateDays, aggregateDaysOfTwoSpans, closedDates } from './aggregateDays';
import { requirePorts } from '../../data/ports';
import { comparedDaysOf } from './comparedDays';
import { datedMarkers } from './measureMarkers';
import { dataExtent } from './dataExtent';
import { AppError } from '../../../../shared/contract/result';

type Deps = Pick<CoreDeps, 'store' | 'now' | 'dayTypes' | 'days'>;

export interface TrendInput {
  portIds: number[];
  from: string;
  to: string;
  granularity?: Granularity | null | undefined;
  metrics: MetricKey[];
  lastYear: boolean;
  fromFirstRecord?: boolean | undefined;
}

/** Per bucket key, per port. */
type Grid = Map<string, Map<number, Aggregate>>;

function addToGrid(grid: Grid, key: string, portId: number, agg: Aggregate): void {
  let row = grid.get(key);
  if (!row) grid.set(key, (row = new Map()));
  row.set(portId, row.has(portId) ? sumAggregates([row.get(portId), agg]) : agg);
}

/** Monday = 0 … Sunday = 6: where a date sits in its ISO week. */
function offsetInWeek(date: string): number {
  return (weekdayOf(date) + 6) % 7;
}

/**
 * The span a year earlier whose buckets line up with from–to, and how a bucket key of that span
 * maps to this one's. Weeks pair by ISO number (week 24 with last year's week 24, as the KPIs'
 * 同比 does), so a week keeps its weekdays; everything else pairs by date, 29 February having no
 * counterpart.
 */
function lastYearSpan(from: string, to: string, granularity: Granularity): { from: string; to: string } {
  if (granularity === 'week') {
    return {
      from: addDays(samePeriodLastYear(weekContaining(from)).from, offsetInWeek(from)),
      to: addDays(samePeriodLastYear(weekContaining(to)).from, offsetInWeek(to)),
    };
  }
  const p = samePeriodLastYear(rangePeriod(from, to));
  return { from: p.from, to: p.to };
}

/** '2024-W24' → '2025-W24', '2024-06' → '2025-06', '2024-02-29' → '2025-02-29' (which matches no bucket). */
function keyOneYearLater(key: string): string {
  return key.replace(/^\d{4}/, (y) => String(Number(y) + 1));
}

/** The fields a metric is made of (openDays: none beyond the days counted anyway). */
function fieldsOfMetric(key: MetricKey): readonly NumericFieldKey[] {
  if (key === 'openDays') return [];
  if (key in COMBINED_FIGURE_PARTS) return COMBINED_FIGURE_PARTS[key as CombinedFigureKey];
  return [key as NumericFieldKey];
}

async function aggregatesByBucket(
  deps: Deps,
  portIds: readonly number[],
  from: string,
  to: string,
  g: Granularity,
  fields: readonly NumericFieldKey[],
  rekey: (k: string) => string = (k) => k,
): Promise<Grid> {
  const grid: Grid = new Map();
  for (const row of await aggregateDays(dayFiguresOf(deps), { portIds, from, to, by: g, fields })) {
    addToGrid(grid, rekey(bucketOf(row.bucketStart, g).key), row.portId, row.agg);
  }
  return grid;
}

/** Closed days per bucket and their reasons (each reason once). */
async function closuresByBucket(deps: Deps, portIds: readonly number[], from: string, to: string, g: Granularity): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const c of await closedDates(dayFiguresOf(deps), { portIds, from, to })) {
    const key = bucketOf(c.date, g).key;
    const reasons = out.get(key) ?? [];
    const reason = c.reason?.trim() || '未填原因';
    if (!reasons.includes(reason) && reasons.length < 5) reasons.push(reason);
    out.set(key, reasons);
  }
  return out;
}

function daysUpTo(b: SeriesBucket, today: string): number {
  if (b.from > today) return 0;
  return daysBetween(b.from, b.to < today ? b.to : today) + 1;
}

/** `from`, or the ports' first recorded day if earlier, within the longest span a trend may have. */
async function firstRecordedFrom(deps: Deps, portIds: number[], from: string, to: string): Promise<string> {
  const first = (await dataExtent(deps, portIds)).first;
  if (first === null || first >= from) return from;
  if (daysBetween(first, to) >= MAX_SPAN_YEARS * 366) {
    throw new AppError('INVALID_INPUT', `时间范围最长 ${MAX_SPAN_YEARS} 年，最早的记录（${first}）超出了范围，请选择较短的时段`, { to: `时间范围最长 ${MAX_SPAN_YEARS} 年` });
  }
  return first;
}

/**
 * Trend series of several metrics over from–to, one point per bucket (day … year, chosen from the
 * range unless given), each with a value per port and their total, the same bucket a year earlier,
 * and how complete and how closed the bucket was. A series longer than MAX_SERIES_POINTS (ten
 * years by day) is thinned with LTTB on its total, keeping real points.
 */
export async function buildTrendReport(deps: Deps, input: TrendInput): Promise<TrendReport> {
  const ports = requirePorts(deps.store.sqlite, input.portIds);
  const portIds = ports.map((p) => p.id);
  const today = todayInShanghai(deps.now());
  // A span still running ends, as the cards' figures do, on its last recorded day: the days after it
  // are not drawn as a fall to nothing, and its last bucket is then partial.
  const to = input.from <= today ? (await comparedDaysOf(deps, portIds, rangePeriod(input.from, input.to))).current.to : input.to;
  const from = input.fromFirstRecord ? await firstRecordedFrom(deps, portIds, input.from, to) : input.from;
  const autoGranularity = chooseGranularity(from, to);
  const g = input.granularity ?? autoGranularity;
  const buckets = bucketsBetween(from, to, g);
  // Only the chosen figures' fields are summed.
  const fields = [...new Set(input.metrics.flatMap(fieldsOfMetric))];

  let current: Grid;
  let lastYear: Grid | null = null;
  const ly = input.lastYear ? lastYearSpan(from, to, g) : null;
  if (ly && ly.to >= from && ly.from < from) {
    // A span longer than a year overlaps its year-earlier span: both from one pass over the days.
    current = new Map();
    lastYear = new Map();
    for (const row of await aggregateDaysOfTwoSpans(dayFiguresOf(deps), { portIds, current: { from, to }, lastYear: ly, by: g, fields })) {
      const key = bucketOf(row.bucketStart, g).key;
      if (row.inCurrent) addToGrid(current, key, row.portId, row.agg);
      if (row.inLastYear) addToGrid(lastYear, keyOneYearLater(key), row.portId, row.agg);
    }
  } else {
    current = await aggregatesByBucket(deps, portIds, from, to, g, fields);
    if (ly) lastYear = await aggregatesByBucket(deps, portIds, ly.from, ly.to, g, fields, keyOneYearLater);
  }
  const closures = await closuresByBucket(deps, portIds, from, to, g);
  const dayTypes = new Map<string, DayType>();
  if (g === 'day' && ports[0]) for (const d of deps.dayTypes.range(ports[0].id, from, to)) dayTypes.set(d.date, d.type);

  const bucketTotals = buckets.map((b) => {
    const row = current.get(b.key);
    const lyRow = lastYear?.get(b.key);
    return {
      row,
      lyRow,
      total: sumAggregates(row?.values() ?? []),
      lyTotal: lyRow ? sumAggregates(lyRow.values()) : undefined,
    };
  });

  const series: TrendSeries[] = input.metrics.map((key) => {
    const info = METRIC_INFO[key];
    let points: TrendPoint[] = buckets.map((b, i) => {
      const t = bucketTotals[i]!;
      return {
        key: b.key,
        label: b.label,
        shortLabel: b.shortLabel,
        from: b.from,
        to: b.to,
        partial: b.partial,
        values: portIds.map((id) => metricValue(t.row?.get(id), key)),
        total: metricValue(t.total, key),
        lastYearValues: lastYear ? portIds.map((id) => metricValue(t.lyRow?.get(id), key)) : null,
        lastYearTotal: lastYear ? metricValue(t.lyTotal, key) : null,
        missingDays: Math.max(0, daysUpTo(b, today) * portIds.length - t.total.recordedDays),
        closedDays: t.total.closedDays,
        closureReasons: closures.get(b.key) ?? [],
        dayType: g === 'day' ? (dayTypes.get(b.key) ?? null) : null,
      };
    });
    let downsampledFrom: number | null = null;
    if (points.length > MAX_SERIES_POINTS) {
      downsampledFrom = points.length;
      const all = points;
      points = lttbIndices(
        all.map((p) => p.total),
        MAX_SERIES_POINTS,
      ).map((i) => all[i]!);
    }
    return { key, label: info.label, kind: info.kind, better: info.better, points, downsampledFrom };
  });

  const markers: TrendMarker[] = datedMarkers(deps.store.sqlite, { portIds, from, to }).map((m) => ({ ...m, bucketKey: bucketOf(m.date, g).key }));

  return { from, to, granularity: g, autoGranularity, ports, series, markers };
}
