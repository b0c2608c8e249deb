import type { CoreDeps, Handlers } from '../../types';
import type { dashboardContract } from '../../../../shared/contract/dashboard';
import { buildKpiReport } from './kpiReport';
import { buildTrendReport } from './trendReport';
import { dataExtent } from './dataExtent';

/** Handlers of this domain's contract methods (shared/contract/dashboard.ts). */
export function createDashboardHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof dashboardContract> {
  return {
    async getDashboardKpis(input) {
      return buildKpiReport(deps, input);
    },
    async getDashboardTrends(input) {
      return buildTrendReport(deps, input);
    },
    async getDataExtent({ portIds }) {
      return dataExtent(deps, portIds);
    },
  };
}
