import type { TrendReport } from '../../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../../shared/domain/metrics';
import type { CallContext, Handlers } from '../../../types';
import type { BriefingHeading } from '../scope';

type TrendHandler = Handlers['getDashboardTrends'];

/** The figures a briefing charts, two by two on the page. */
export const BRIEFING_TREND_METRICS: readonly MetricKey[] = ['tradeValueYuan', 'freightKg', 'persons', 'vehicles'];

/**
 * The trend charts' series from the dashboard's trend report over the period's days so far, with
 * last year's line, bucketed as the dashboard would (days for a month, weeks for a quarter …).
 * Null when none of the figures has a value in the period.
 */
export async function trendsSection(getTrends: TrendHandler, heading: BriefingHeading, ctx: CallContext): Promise<TrendReport | null> {
  const report = await getTrends(
    { portIds: heading.ports.map((p) => p.id), from: heading.elapsed.from, to: heading.elapsed.to, granularity: null, metrics: [...BRIEFING_TREND_METRICS], lastYear: true },
    ctx,
  );
  const hasData = report.series.some((s) => s.points.some((p) => p.total !== null));
  return hasData ? report : null;
}
