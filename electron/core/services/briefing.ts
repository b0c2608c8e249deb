import type { CoreDeps, Handlers } from '../types';
import type { briefingContract } from '../../../shared/contract/briefing';

/** Handlers of this domain's contract methods (shared/contract/briefing.ts). */
export function createBriefingHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof briefingContract> {
  return {};
}
