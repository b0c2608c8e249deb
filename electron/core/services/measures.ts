import type { CoreDeps, Handlers } from '../types';
import type { measuresContract } from '../../../shared/contract/measures';

/** Handlers of this domain's contract methods (shared/contract/measures.ts). */
export function createMeasuresHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof measuresContract> {
  return {};
}
