import type { BriefingTrends } from '../../../../../shared/contract/briefing';
import type { MetricKey } from '../../../../../shared/domain/metrics';
import { GRANULARITY_LABELS } from '../../../../../shared/domain/periods';
import type { Handlers } from '../../../types';
import type { SectionRequest } from '../sources';

/** The charts a briefing carries: the four headline totals, over the period, with last year beside. */
const TREND_METRICS: MetricKey[] = ['tradeValueYuan', 'freightKg', 'persons', 'vehicles'];

export async function trendSection(
  getTrends: Handlers['getDashboardTrends'],
  { heading, ctx }: SectionRequest,
): Promise<BriefingTrends | null> {
  const report = await getTrends(
    { portIds: heading.ports.map((p) => p.id), from: heading.elapsed.from, to: heading.elapsed.to, granularity: null, metrics: TREND_METRICS, lastYear: true },
    ctx,
  );
  const series = report.series
    .map((s) => ({
      key: s.key,
      label: s.label,
      kind: s.kind,
      points: s.points.map((p) => ({ key: p.key, label: p.shortLabel, value: p.total, lastYear: p.lastYearTotal })),
    }))
    .filter((s) => s.points.some((p) => p.value !== null));
  return series.length > 0 ? { granularityLabel: GRANULARITY_LABELS[report.granularity], series } : null;
}
