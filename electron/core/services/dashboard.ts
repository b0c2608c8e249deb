import type { CoreDeps, Handlers } from '../types';
import type { dashboardContract } from '../../../shared/contract/dashboard';

/** Handlers of this domain's contract methods (shared/contract/dashboard.ts). */
export function createDashboardHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof dashboardContract> {
  return {};
}
