import type { CoreDeps, Handlers } from '../types';
import type { trustContract } from '../../../shared/contract/trust';
import type { TrustRuntime } from '../trustRuntime';
import { createAccountHandlers } from './trust/accounts';
import { createAuditHandlers } from './trust/auditMethods';
import { createSettingsHandlers } from './trust/settings';
import { createBackupHandlers } from './trust/backups';

/** Handlers of this domain's contract methods (shared/contract/trust.ts). */
export function createTrustHandlers(deps: CoreDeps, trust: TrustRuntime): Pick<Handlers, keyof typeof trustContract> {
  return {
    ...createAccountHandlers(deps, trust),
    ...createAuditHandlers(deps),
    ...createSettingsHandlers(deps, trust),
    ...createBackupHandlers(deps, trust),
  };
}
