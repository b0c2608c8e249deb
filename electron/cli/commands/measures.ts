import type { MeasureSummary } from '../../../shared/contract/measures';
import { MEASURE_STATUS_LABELS } from '../../../shared/domain/measures/measureTypes';
import { resolveDataDir } from '../../core/store/dataDir';
import { withExistingCore } from '../existingStore';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../io';
import { callCore } from '../callCore';

/** "ZM-01<TAB>"5+2" 全年无休通关<TAB>已实施": tab-separated, so a title with spaces stays one column. */
export function measureLine(m: MeasureSummary): string {
  return [m.code, m.title, MEASURE_STATUS_LABELS[m.status]].join('\t');
}

export const measuresCommand: CliCommand = {
  name: 'measures',
  summary: '列出通关措施：每行一项（编号、名称、状态）',
  usage: 'measures [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {});
    const dataDir = resolveDataDir(values.data);
    return withExistingCore(dataDir, io, async (core) => {
      const { items } = await callCore(core, 'listMeasures', { sort: { by: 'code', order: 'asc' } });
      // The note goes to stderr so that stdout holds only measure lines, even when there are none.
      if (items.length === 0) io.err('措施登记册中还没有措施。');
      for (const m of items) io.out(measureLine(m));
      return 0;
    });
  },
};
