import type { CoreDeps, Handlers } from '../../types';
import type { importExportContract } from '../../../../shared/contract/importExport';
import { createImportHandlers } from './import/importHandlers';
import { createExportHandlers } from './export/exportHandlers';
import { createDemoHandlers } from './demo/demoHandlers';

/** Handlers of this domain's contract methods (shared/contract/importExport.ts). */
export function createImportExportHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof importExportContract> {
  return {
    ...createImportHandlers(deps),
    ...createExportHandlers(deps),
    ...createDemoHandlers(deps),
  };
}
