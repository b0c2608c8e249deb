import type { CoreDeps, Handlers } from '../types';
import type { trustContract } from '../../../shared/contract/trust';

/** Handlers of this domain's contract methods (shared/contract/trust.ts). */
export function createTrustHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof trustContract> {
  return {};
}
