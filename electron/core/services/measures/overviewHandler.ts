import type { FigureStanding, MeasuresOverview, OverviewRow } from '../../../../shared/contract/measures';
import { addDays, addMonths, daysInMonth, todayInShanghai } from '../../../../shared/domain/dates';
import {
  MEASURE_STATUSES,
  MEASURE_METRICS,
  describeTarget,
  isOverdue,
  isStalled,
  targetMet,
  type MeasureCategory,
  type MeasureStatus,
  type MeasureMetricKey,
} from '../../../../shared/domain/measures/measureTypes';
import type { EffectPoint } from '../../../../shared/domain/measures/effect';
import { requirePort } from '../../data/ports';
import type { CoreDeps, Handlers } from '../../types';
import { lastProgressOf, loadMeasures, progressText, type LoadedMeasure } from './measureRows';
import { loadRecordedDays, metricSeries, spanMean } from './metricSeries';

type StatusCounts = Record<MeasureStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * A measure's status on a day, read back from its log (every status change is an entry); null when
 * it was not in the register yet. This lets the overview be drawn for a past date, as a briefing
 * for last month needs.
 */
export function statusOn(m: LoadedMeasure, day: string): MeasureStatus | null {
  const entry = m.progress.find((p) => p.kind === 'status' && p.date <= day);
  return entry?.toStatus ?? null;
}

export function createOverviewHandler(deps: CoreDeps): Pick<Handlers, 'measuresOverview'> {
  const { store, now } = deps;
  const { db } = store;
  return {
    async measuresOverview(input) {
      requirePort(store.sqlite, input.portId, 'portId');
      const asOf = input.asOf ?? todayInShanghai(now());
      const all = (await loadMeasures(db)).filter((m) => m.portIds.includes(input.portId));

      // Progress over time: month by month up to the overview date.
      const lastMonth = asOf.slice(0, 7);
      const months: MeasuresOverview['months'] = [];
      for (let i = input.months - 1; i >= 0; i--) {
        const month = addMonths(lastMonth, -i);
        const monthEnd = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
        const end = monthEnd < asOf ? monthEnd : asOf;
        const byStatus = zeroCounts();
        let notes = 0;
        let statusChanges = 0;
        let started = 0;
        for (const m of all) {
          const s = statusOn(m, end);
          if (s !== null) byStatus[s]++;
          for (const p of m.progress) {
            if (p.date.slice(0, 7) !== month || p.date > end) continue;
            if (p.kind === 'note') notes++;
            else if (p.fromStatus !== null) statusChanges++;
          }
          const start = m.row.start_date;
          if (start !== null && start.slice(0, 7) === month && start <= end && s !== null && s !== 'planned') started++;
        }
        months.push({ month, byStatus, notes, statusChanges, started });
      }

      // Where each figure stands: the recent window ends the day before the overview date, the
      // last day whose figures can be complete.
      const currentTo = addDays(asOf, -1);
      const currentFrom = addDays(currentTo, -(input.currentDays - 1));
      const inRegister = all
        .map((m) => ({ m, status: statusOn(m, asOf) }))
        .filter((x): x is { m: LoadedMeasure; status: MeasureStatus } => x.status !== null);
      const starts = inRegister.map((x) => x.m.row.start_date).filter((d): d is string => d !== null && d <= asOf);
      const earliest = [currentFrom, ...starts.map((d) => addDays(d, -input.currentDays))].sort()[0]!;
      const needsFigures = inRegister.some((x) => x.m.metrics.length > 0);
      const days = needsFigures ? await loadRecordedDays(deps, input.portId, earliest, currentTo) : [];

      // Many measures name the same figure (clearance time above all): one series per figure.
      const seriesCache = new Map<MeasureMetricKey, EffectPoint[]>();
      const seriesOf = (metric: MeasureMetricKey): EffectPoint[] => {
        let s = seriesCache.get(metric);
        if (!s) seriesCache.set(metric, (s = metricSeries(days, metric)));
        return s;
      };

      const counts = { ...zeroCounts(), total: 0, stalled: 0, overdue: 0 };
      const rows: OverviewRow[] = [];
      const collator = new Intl.Collator('zh-CN', { numeric: true });
      for (const { m, status } of inRegister.sort((a, b) => collator.compare(a.m.row.code, b.m.row.code))) {
        const last = lastProgressOf(m, asOf);
        const stalled = isStalled(status, last?.date ?? null, asOf);
        // The start date is one field, not kept per status: a past overview shows it as it is now.
        const start = m.row.start_date;
        const overdue = isOverdue(status, start, asOf);
        counts[status]++;
        counts.total++;
        if (stalled) counts.stalled++;
        if (overdue) counts.overdue++;
        const figures: FigureStanding[] = m.metrics.map((metric) => {
          const series = seriesOf(metric);
          const current = spanMean(series, metric, currentFrom, currentTo);
          const started = start !== null && status !== 'planned' && start <= asOf;
          const before = started ? spanMean(series, metric, addDays(start, -input.currentDays), addDays(start, -1)).mean : null;
          const target = m.targets.find((t) => t.metric === metric) ?? null;
          return {
            metric,
            label: MEASURE_METRICS[metric].label,
            unit: MEASURE_METRICS[metric].unit,
            target,
            targetText: target ? describeTarget(target) : null,
            current: current.mean,
            currentDataDays: current.dataDays,
            beforeStart: before,
            met: target ? targetMet(target, current.mean) : null,
          };
        });
        rows.push({
          id: m.row.id,
          code: m.row.code,
          title: m.row.title,
          category: m.row.category as MeasureCategory,
          status,
          leadUnit: m.row.lead_unit,
          startDate: start,
          stalled,
          overdue,
          lastProgress: last ? { date: last.date, note: progressText(last) } : null,
          figures,
        });
      }
      return { portId: input.portId, asOf, currentFrom, currentTo, counts, months, rows };
    },
  };
}
