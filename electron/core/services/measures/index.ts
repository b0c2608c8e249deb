import type { CoreDeps, Handlers } from '../../types';
import type { measuresContract } from '../../../../shared/contract/measures';
import { createRegisterHandlers } from './register';
import { createTemplateHandlers } from './templateHandlers';
import { createEffectHandler } from './effectHandler';
import { createOverviewHandler } from './overviewHandler';
import { createExportHandler } from './exportXlsx';

export { seedMeasureTemplate, type SeedMeasureTemplateOptions } from './seedMeasureTemplate';

/** Handlers of this domain's contract methods (shared/contract/measures.ts); each part in ./measures/. */
export function createMeasuresHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof measuresContract> {
  return {
    ...createRegisterHandlers(deps),
    ...createTemplateHandlers(deps),
    ...createEffectHandler(deps),
    ...createOverviewHandler(deps),
    ...createExportHandler(deps),
  };
}
