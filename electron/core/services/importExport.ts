import type { CoreDeps, Handlers } from '../types';
import type { importExportContract } from '../../../shared/contract/importExport';

/** Handlers of this domain's contract methods (shared/contract/importExport.ts). */
export function createImportExportHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof importExportContract> {
  return {};
}
