import type { BriefingFivePlusTwo, BriefingKpis, BriefingMeasures, BriefingTrends } from '../../../../shared/contract/briefing';
import type { CallContext, CoreDeps } from '../../types';
import { createCalendarHandlers } from '../calendar';
import { createMeasuresHandlers } from '../measures';
import { createDashboardHandlers } from '../dashboard';
import type { BriefingHeading } from './scope';
import { fivePlusTwoSection } from './sections/fivePlusTwo';
import { measuresSection } from './sections/measures';
import { kpiSection } from './sections/kpis';
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
  trends(req: SectionRequest): Promise<BriefingTrends | null>;
  fivePlusTwo(req: SectionRequest): Promise<BriefingFivePlusTwo | null>;
  measures(req: SectionRequest): Promise<BriefingMeasures | null>;
}

export function createBriefingSources(deps: CoreDeps): BriefingSources {
  const calendar = createCalendarHandlers(deps);
  const measures = createMeasuresHandlers(deps);
  const dashboard = createDashboardHandlers(deps);
  return {
    // The KPI table and the trend charts: the dashboard's KPI and trend methods.
    kpis: (req) => kpiSection(dashboard.getDashboardKpis.bind(dashboard), req),
    trends: (req) => trendSection(dashboard.getDashboardTrends.bind(dashboard), req),
    fivePlusTwo: ({ heading, ctx }) => fivePlusTwoSection(calendar.getFivePlusTwo.bind(calendar), heading, ctx),
    measures: ({ heading, ctx }) => measuresSection(measures.measuresOverview.bind(measures), heading, ctx),
  };
}
