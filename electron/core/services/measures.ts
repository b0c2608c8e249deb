import type { CoreDeps, Handlers } from '../types';
import type { measuresContract } from '../../../shared/contract/measures';
import { createRegisterHandlers } from './measures/register';
import { createTemplateHandlers } from './measures/templateHandlers';
import { createEffectHandler } from './measures/effectHandler';
import { createOverviewHandler } from './measures/overviewHandler';
import { createExportHandler } from './measures/exportXlsx';

export { seedMeasureTemplate, type SeedMeasureTemplateOptions } from './measures/seedMeasureTemplate';

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
