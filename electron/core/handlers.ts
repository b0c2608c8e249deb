import type { CoreDeps, Handlers } from './types';
import { standaloneTrustRuntime, type TrustRuntime } from './trustRuntime';
import { createAppHandlers } from './services/app';
import { createPortHandlers } from './services/ports';
import { createDayHandlers } from './services/days';
import { createImportExportHandlers } from './services/importExport';
import { createCalendarHandlers } from './services/calendar';
import { createDashboardHandlers } from './services/dashboard';
import { createMeasuresHandlers } from './services/measures';
import { createBriefingHandlers } from './services/briefing';
import { createTrustHandlers } from './services/trust';
import { createTrsHandlers } from './services/trs';
import { createCentralSettingHandlers } from './services/centralSetting';

/** One handler per contract method; the type makes a missing one a compile error. */
export function createHandlers(deps: CoreDeps, trust: TrustRuntime = standaloneTrustRuntime(deps)): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createPortHandlers(deps),
    ...createDayHandlers(deps),
    ...createImportExportHandlers(deps),
    ...createCalendarHandlers(deps),
    ...createDashboardHandlers(deps),
    ...createMeasuresHandlers(deps),
    ...createBriefingHandlers(deps),
    ...createTrustHandlers(deps, trust),
    ...createTrsHandlers(deps),
    ...createCentralSettingHandlers(deps),
  };
}
