import type { BriefingFivePlusTwo, BriefingKpis, BriefingMeasures } from '../../../../shared/contract/briefing';
import type { TrendReport } from '../../../../shared/contract/dashboard';
import type { CallContext, CoreDeps } from '../../types';
import { createCalendarHandlers } from '../calendar';
import { createDashboardHandlers } from '../dashboard';
import { createMeasuresHandlers } from '../measures';
import type { BriefingHeading } from './scope';
import { fivePlusTwoSection } from './sections/fivePlusTwo';
import { kpiSection } from './sections/kpis';
import { measuresSection } from './sections/measures';
import { trendSection } from './sections/trends';

/** What a section provider is asked for. */
export interface SectionRequest {
  heading: BriefingHeading;
  ctx: CallContext;
}

/**
 * Where each section of the briefing comes from. Every section is another feature's figures, read
 * through that feature's own handlers so the briefing prints exactly what its screen shows; a
 * provider answers null when it has nothing (and the section is then left out of the document).
 */
export interface BriefingSources {
  kpis(req: SectionRequest): Promise<BriefingKpis | null>;
  trends(req: SectionRequest): Promise<TrendReport | null>;
  fivePlusTwo(req: SectionRequest): Promise<BriefingFivePlusTwo | null>;
  measures(req: SectionRequest): Promise<BriefingMeasures | null>;
}

export function createBriefingSources(deps: CoreDeps): BriefingSources {
  const dashboard = createDashboardHandlers(deps);
  const calendar = createCalendarHandlers(deps);
  const measures = createMeasuresHandlers(deps);
  return {
    // The KPI table and the trend charts: the dashboard's KPI and trend methods.
    kpis: (req) => kpiSection(dashboard.getDashboardKpis.bind(dashboard), req),
    trends: (req) => trendSection(dashboard.getDashboardTrends.bind(dashboard), req),
    // The "5+2" figures: the calendar's report.
    fivePlusTwo: ({ heading, ctx }) => fivePlusTwoSection(calendar.getFivePlusTwo.bind(calendar), heading, ctx),
    // The measures and their progress: the measures overview.
    measures: ({ heading, ctx }) => measuresSection(measures.measuresOverview.bind(measures), heading, ctx),
  };
}
