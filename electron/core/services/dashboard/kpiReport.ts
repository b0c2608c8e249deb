import type { Coverage, KpiFigure, KpiReport, PeriodInfo, PortFigures, Withheld } from '../../../../shared/contract/dashboard';
import { comparedPeriodLabel } from '../../../../shared/domain/comparedPeriods';
import { BASE_INCOMPLETE_LABEL, baseShortfall } from '../../../../shared/domain/baseCompleteness';
import { isRestDay } from '../../../../shared/domain/dayType';
import { pctChange } from '../../../../shared/domain/kpi';
import { METRIC_INFO, METRIC_KEYS, metricCoversSpan, metricValue, sumAggregates, type Aggregate } from '../../../../shared/domain/metrics';
import { bucketOf, bucketsBetween, chooseGranularity, periodDays, periodLabel, type Period } from '../../../../shared/domain/periods';
import type { CoreDeps } from '../../types';
import { dayFiguresOf } from '../../dayFigures';
import { aggregateDays, openDates } from './aggregateDays';
import { comparedDaysOf } from './comparedDays';
import { requirePorts, type PortRow } from '../../data/ports';

type Deps = Pick<CoreDeps, 'store' | 'now' | 'dayTypes' | 'days'>;

function periodInfo(p: Period, label = periodLabel(p)): PeriodInfo {
  return { kind: p.kind, from: p.from, to: p.to, label, days: periodDays(p) };
}

/** One span's sums per port. */
async function perPortSums(deps: Deps, ports: readonly PortRow[], p: Period): Promise<Map<number, Aggregate>> {
  const rows = await aggregateDays(dayFiguresOf(deps), { portIds: ports.map((x) => x.id), from: p.from, to: p.to, by: 'whole' });
  return new Map(rows.map((r) => [r.portId, r.agg]));
}

/** How complete a span's records are, and how many of its rest days the ports were open. */
async function coverageOf(deps: Deps, ports: readonly PortRow[], p: Period, byPort: Map<number, Aggregate>): Promise<Coverage> {
  const calendarDays = periodDays(p);
  const opened = new Set((await openDates(dayFiguresOf(deps), { portIds: ports.map((x) => x.id), from: p.from, to: p.to })).map((r) => `${r.portId}:${r.date}`));
  let restDays = 0;
  let restDaysOpen = 0;
  for (const port of ports) {
    for (const day of deps.dayTypes.range(port.id, p.from, p.to)) {
      if (!isRestDay(day.type)) continue;
      restDays++;
      if (opened.has(`${port.id}:${day.date}`)) restDaysOpen++;
    }
  }
  const perPort = ports.map((port) => {
    const a = byPort.get(port.id);
    const recordedDays = a?.recordedDays ?? 0;
    return { portId: port.id, recordedDays, missingDays: calendarDays - recordedDays, openDays: a?.openDays ?? 0, closedDays: a?.closedDays ?? 0 };
  });
  const total = sumAggregates(byPort.values());
  return {
    calendarDays,
    portDays: calendarDays * ports.length,
    recordedDays: total.recordedDays,
    missingDays: calendarDays * ports.length - total.recordedDays,
    openDays: total.openDays,
    closedDays: total.closedDays,
    openUnknownDays: total.openUnknownDays,
    restDays,
    restDaysOpen,
    byPort: perPort,
  };
}

function withheldOf(baseName: string, base: { portDays: number; recordedDays: number } | null, current: { recordedDays: number }): Withheld {
  const reason = base && baseShortfall(baseName, base, current);
  return reason ? { label: BASE_INCOMPLETE_LABEL, reason } : null;
}

/** A change, unless its base was found incomplete (or there is no base: 环比 of 1–N月累计). */
function changeOr(current: number | null, base: number | null, withheld: Withheld, hasBase: boolean): number | null {
  return hasBase && withheld === null ? pctChange(current, base) : null;
}

interface SpanSums {
  current: Aggregate | undefined;
  previous: Aggregate | undefined;
  lastYear: Aggregate | undefined;
}

/** One line of figures (all ports together, or one port) with its own withheld changes. */
function figuresOf(sums: SpanSums, withheld: { mom: Withheld; yoy: Withheld }, hasPrevious: boolean) {
  return METRIC_KEYS.map((key) => {
    const current = metricValue(sums.current, key);
    const previous = hasPrevious ? metricValue(sums.previous, key) : null;
    const lastYear = metricValue(sums.lastYear, key);
    // A figure blank on part of either span (not yet handled: persons before passenger clearance
    // reopened) gives no change: "—", not +223%.
    const comparable = (base: Aggregate | undefined) => metricCoversSpan(sums.current, key) && metricCoversSpan(base, key);
    return {
      key,
      current,
      previous,
      lastYear,
      momPct: comparable(sums.previous) ? changeOr(current, previous, withheld.mom, hasPrevious) : null,
      yoyPct: comparable(sums.lastYear) ? changeOr(current, lastYear, withheld.yoy, true) : null,
    };
  });
}

/**
 * The KPI report of a period: every metric over the days compared (comparedDays.ts), the period
 * before and the same period last year, with 环比 and 同比: null on a missing or zero base, and
 * withheld ("基期数据不全") when a base misses days or holds under 80 % of the current recorded days.
 * How complete each span's records are, a sparkline of the period by its natural bucket size, and
 * per port rows when several are compared (each port judged on its own bases: one without history
 * gets "基期数据不全", and makes the total's base incomplete too).
 */
export async function buildKpiReport(deps: Deps, input: { portIds: number[]; period: Period }): Promise<KpiReport> {
  const ports = requirePorts(deps.store.sqlite, input.portIds);
  const cmp = await comparedDaysOf(deps, input.portIds, input.period);

  const current = await perPortSums(deps, ports, cmp.current);
  const previous = cmp.previous ? await perPortSums(deps, ports, cmp.previous) : new Map<number, Aggregate>();
  const lastYear = await perPortSums(deps, ports, cmp.lastYear);
  const totals = { current: sumAggregates(current.values()), previous: sumAggregates(previous.values()), lastYear: sumAggregates(lastYear.values()) };

  const granularity = chooseGranularity(cmp.current.from, cmp.current.to);
  const buckets = bucketsBetween(cmp.current.from, cmp.current.to, granularity);
  const perBucket = new Map<string, Aggregate>();
  for (const row of await aggregateDays(dayFiguresOf(deps), { portIds: input.portIds, from: cmp.current.from, to: cmp.current.to, by: granularity })) {
    const key = bucketOf(row.bucketStart, granularity).key;
    perBucket.set(key, sumAggregates([perBucket.get(key), row.agg]));
  }

  const coverage = {
    current: await coverageOf(deps, ports, cmp.current, current),
    previous: cmp.previous ? await coverageOf(deps, ports, cmp.previous, previous) : null,
    lastYear: await coverageOf(deps, ports, cmp.lastYear, lastYear),
  };
  const withheld = { mom: withheldOf('上期', coverage.previous, coverage.current), yoy: withheldOf('上年同期', coverage.lastYear, coverage.current) };
  const hasPrevious = cmp.previous !== null;

  const figures: KpiFigure[] = figuresOf(totals, withheld, hasPrevious).map((f) => {
    const info = METRIC_INFO[f.key];
    return { ...f, label: info.label, kind: info.kind, better: info.better, spark: buckets.map((b) => metricValue(perBucket.get(b.key), f.key)) };
  });

  const byPort: PortFigures[] =
    ports.length < 2
      ? []
      : ports.map((port) => {
          const one = (c: Coverage | null) => c && { portDays: c.calendarDays, recordedDays: c.byPort.find((x) => x.portId === port.id)?.recordedDays ?? 0 };
          const own = one(coverage.current)!;
          const portWithheld = { mom: withheldOf('上期', one(coverage.previous), own), yoy: withheldOf('上年同期', one(coverage.lastYear), own) };
          const sums = { current: current.get(port.id), previous: previous.get(port.id), lastYear: lastYear.get(port.id) };
          return { portId: port.id, figures: figuresOf(sums, portWithheld, hasPrevious), withheld: portWithheld };
        });

  return {
    asOf: cmp.today,
    ports,
    chosen: periodInfo(cmp.chosen, comparedPeriodLabel(cmp)),
    current: periodInfo(cmp.current),
    previous: cmp.previous && periodInfo(cmp.previous),
    lastYear: periodInfo(cmp.lastYear),
    futureDays: cmp.futureDays,
    coverage,
    figures,
    withheld,
    byPort,
    spark: { granularity, buckets: buckets.map((b) => ({ key: b.key, label: b.label, from: b.from, to: b.to })) },
  };
}
