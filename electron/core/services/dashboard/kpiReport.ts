import type { Coverage, KpiFigure, KpiReport, PeriodInfo } from '../../../../shared/contract/dashboard';
import { AppError } from '../../../../shared/contract/result';
import { comparedPeriodLabel, comparedPeriods, PeriodNotStartedError, type ComparedPeriods } from '../../../../shared/domain/comparedPeriods';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { isRestDay } from '../../../../shared/domain/dayType';
import { compareValues } from '../../../../shared/domain/kpi';
import { METRIC_INFO, METRIC_KEYS, metricCoversSpan, metricValue, sumAggregates, type Aggregate } from '../../../../shared/domain/metrics';
import { bucketOf, bucketsBetween, chooseGranularity, periodDays, periodLabel, type Period } from '../../../../shared/domain/periods';
import type { CoreDeps } from '../../types';
import { aggregateDays, openDates } from './aggregateDays';
import { chosenPorts, type PortRef } from './chosenPorts';

type Deps = Pick<CoreDeps, 'store' | 'now' | 'dayTypes'>;

function periodInfo(p: Period, label = periodLabel(p)): PeriodInfo {
  return { kind: p.kind, from: p.from, to: p.to, label, days: periodDays(p) };
}

function comparedOrRefused(period: Period, today: string): ComparedPeriods {
  try {
    return comparedPeriods(period, today);
  } catch (e) {
    if (e instanceof PeriodNotStartedError) {
      throw new AppError('INVALID_INPUT', `所选时段（${periodLabel(period)}）尚未开始，还没有数据`, { 'period.from': '时段尚未开始' });
    }
    throw e;
  }
}

/** One span's sums per port. */
function perPortSums(deps: Deps, ports: readonly PortRef[], p: Period): Map<number, Aggregate> {
  const rows = aggregateDays(deps.store.sqlite, { portIds: ports.map((x) => x.id), from: p.from, to: p.to, by: 'whole' });
  return new Map(rows.map((r) => [r.portId, r.agg]));
}

/** How complete a span's records are, and how many of its rest days the ports were open. */
function coverageOf(deps: Deps, ports: readonly PortRef[], p: Period, byPort: Map<number, Aggregate>): Coverage {
  const calendarDays = periodDays(p);
  const opened = new Set(openDates(deps.store.sqlite, { portIds: ports.map((x) => x.id), from: p.from, to: p.to }).map((r) => `${r.portId}:${r.date}`));
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

/**
 * The KPI report of a period: every metric this period, the period before and the same period
 * last year, with 环比 and 同比 (kpi.compareValues: null on a missing or zero base), how complete
 * each span's records are, and a sparkline of the period by its natural bucket size.
 */
export function buildKpiReport(deps: Deps, input: { portIds: number[]; period: Period }): KpiReport {
  const ports = chosenPorts(deps.store.sqlite, input.portIds);
  const today = todayInShanghai(deps.now());
  const cmp = comparedOrRefused(input.period, today);

  const current = perPortSums(deps, ports, cmp.current);
  const previous = perPortSums(deps, ports, cmp.previous);
  const lastYear = perPortSums(deps, ports, cmp.lastYear);
  const totals = { current: sumAggregates(current.values()), previous: sumAggregates(previous.values()), lastYear: sumAggregates(lastYear.values()) };

  const granularity = chooseGranularity(cmp.current.from, cmp.current.to);
  const buckets = bucketsBetween(cmp.current.from, cmp.current.to, granularity);
  const perBucket = new Map<string, Aggregate>();
  for (const row of aggregateDays(deps.store.sqlite, { portIds: input.portIds, from: cmp.current.from, to: cmp.current.to, by: granularity })) {
    const key = bucketOf(row.bucketStart, granularity).key;
    perBucket.set(key, sumAggregates([perBucket.get(key), row.agg]));
  }

  const figures: KpiFigure[] = METRIC_KEYS.map((key) => {
    const info = METRIC_INFO[key];
    const c = compareValues(metricValue(totals.current, key), metricValue(totals.previous, key), metricValue(totals.lastYear, key));
    // A figure blank on part of either span (not yet handled) gives no change: "—", not +223%.
    const comparable = (base: Aggregate) => metricCoversSpan(totals.current, key) && metricCoversSpan(base, key);
    return {
      key,
      label: info.label,
      kind: info.kind,
      better: info.better,
      current: c.current,
      previous: c.previous,
      lastYear: c.samePeriodLastYear,
      momPct: comparable(totals.previous) ? c.momPct : null,
      yoyPct: comparable(totals.lastYear) ? c.yoyPct : null,
      spark: buckets.map((b) => metricValue(perBucket.get(b.key), key)),
    };
  });

  return {
    asOf: today,
    ports,
    chosen: periodInfo(cmp.chosen, comparedPeriodLabel(cmp)),
    current: periodInfo(cmp.current),
    previous: periodInfo(cmp.previous),
    lastYear: periodInfo(cmp.lastYear),
    futureDays: cmp.futureDays,
    coverage: {
      current: coverageOf(deps, ports, cmp.current, current),
      previous: coverageOf(deps, ports, cmp.previous, previous),
      lastYear: coverageOf(deps, ports, cmp.lastYear, lastYear),
    },
    figures,
    spark: { granularity, buckets: buckets.map((b) => ({ key: b.key, label: b.label, from: b.from, to: b.to })) },
  };
}
