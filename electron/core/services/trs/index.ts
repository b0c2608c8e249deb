import type { trsContract } from '../../../../shared/contract/trs';
import type { CoreDeps, Handlers } from '../../types';
import { createTrsImportHandlers } from './importHandlers';
import { buildTrsReport } from './report';
import { clearanceSources } from './derivedClearance';
import { measureStageEffect } from './measureEffect';

/** Handlers of the Time Release Study's contract methods (shared/contract/trs.ts). */
export function createTrsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof trsContract> {
  return {
    ...createTrsImportHandlers(deps),
    async getTrsReport(input) {
      return buildTrsReport(deps.store.sqlite, input);
    },
    async getTrsMeasureEffect(input) {
      return measureStageEffect(deps, input);
    },
    async getClearanceSources(input) {
      return clearanceSources(deps.store.sqlite, input);
    },
  };
}
