import { resolveDataDir } from '../../core/store/dataDir';
import { withExistingCore } from '../existingStore';
import { callCore } from '../callCore';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../io';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查数据文件是否完好、审计日志是否被改动',
  usage: 'check [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {});
    const dataDir = resolveDataDir(values.data);
    // Without the folder's lock: a check runs beside the program; its one write is its audit entry.
    return withExistingCore(dataDir, io, async (core) => {
      const result = await callCore(core, 'checkStore', undefined);
      if (result.integrityProblems.length > 0) io.err(`数据文件有问题：${result.integrityProblems.join('；')}`);
      if (result.auditChainProblems.length > 0) {
        io.err(`审计日志被改动过（共 ${result.auditEntries} 条）：`);
        for (const p of result.auditChainProblems) io.err(`  - ${p}`);
      }
      if (result.mismatches.length > 0) {
        io.err('数据文件与审计日志对不上：');
        for (const p of result.mismatches) io.err(`  - ${p}`);
      }
      if (!result.ok) return 1;
      io.out('ok');
      io.out(`审计日志完好（${result.auditEntries} 条）`);
      return 0;
    });
  },
};
