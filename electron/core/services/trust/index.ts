import type { CoreDeps, Handlers } from '../../types';
import type { trustContract } from '../../../../shared/contract/trust';
import type { TrustRuntime } from '../../trustRuntime';
import { createAccountHandlers } from './accounts';
import { createAuditHandlers } from './auditMethods';
import { createSettingsHandlers } from './settings';
import { createBackupHandlers } from './backups';
import { createStoreCheckHandler } from './storeCheck';

/** Handlers of this domain's contract methods (shared/contract/trust.ts). */
export function createTrustHandlers(deps: CoreDeps, trust: TrustRuntime): Pick<Handlers, keyof typeof trustContract> {
  return {
    ...createAccountHandlers(deps, trust),
    ...createAuditHandlers(deps),
    ...createSettingsHandlers(deps, trust),
    ...createBackupHandlers(deps, trust),
    ...createStoreCheckHandler(deps, trust),
  };
}
