import type { BriefingFivePlusTwo, BriefingKpis, BriefingMeasures } from '../../../../shared/contract/briefing';
import type { TrendReport } from '../../../../shared/contract/dashboard';
import type { CallContext, CoreDeps } from '../../types';
import { createCalendarHandlers } from '../calendar';
import { createDashboardHandlers } from '../dashboard';
import { createMeasuresHandlers } from '../measures';
import type { BriefingHeading } from './scope';
import { fivePlusTwoSection } from './sections/fivePlusTwo';
import { kpisSection } from './sections/kpis';
import { trendsSection } from './sections/trends';
import { measuresSection } from './sections/measures';

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
    kpis: ({ heading, ctx }) => kpisSection(dashboard.getDashboardKpis.bind(dashboard), heading, ctx),
    trends: ({ heading, ctx }) => trendsSection(dashboard.getDashboardTrends.bind(dashboard), heading, ctx),
    fivePlusTwo: ({ heading, ctx }) => fivePlusTwoSection(calendar.getFivePlusTwo.bind(calendar), heading, ctx),
    measures: ({ heading, ctx }) => measuresSection(measures.measuresOverview.bind(measures), heading, ctx),
  };
}
