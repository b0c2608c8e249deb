import type { TrendReport } from '../../../../../shared/contract/dashboard';
import { HEADLINE_TOTALS, type MetricKey } from '../../../../../shared/domain/metrics';
import type { Handlers } from '../../../types';
import type { SectionRequest } from '../sources';

/** The charts a briefing carries: the four headline totals, two by two on the page. */
export const BRIEFING_TREND_METRICS: readonly MetricKey[] = HEADLINE_TOTALS;

/**
 * The dashboard's trend report of those figures over the period's days so far, with last year's
 * line, bucketed as the dashboard would (days for a month, weeks for a quarter …): the page draws it
 * with the dashboard's own chart. Null when none of the figures has a value in the period.
 */
export async function trendSection(getTrends: Handlers['getDashboardTrends'], { heading, ctx }: SectionRequest): Promise<TrendReport | null> {
  const report = await getTrends(
    {
      portIds: heading.ports.map((p) => p.id),
      from: heading.elapsed.from,
      to: heading.elapsed.to,
      granularity: null,
      metrics: [...BRIEFING_TREND_METRICS],
      lastYear: true,
    },
    ctx,
  );
  return report.series.some((s) => s.points.some((p) => p.total !== null)) ? report : null;
}
