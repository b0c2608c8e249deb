import { resolveDataDir } from '../../core/store/dataDir';
import { withExistingCore } from '../existingStore';
import { checkIntegrity } from '../../core/store/openStore';
import { verifyAuditChain } from '../../core/audit/auditLog';
import { checkAuditTail, recordedAuditHeads } from '../../core/audit/auditAnchor';
import { replayAuditLog } from '../../core/audit/replayCheck';
import { knownBackupFolders } from '../../core/backup/lostStore';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../io';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查数据文件是否完好、审计日志是否被改动',
  usage: 'check [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {});
    const dataDir = resolveDataDir(values.data);
    return withExistingCore(dataDir, io, async (core) => {
      let failed = false;
      const result = checkIntegrity(core.store.sqlite);
      if (!result.ok) {
        io.err(`数据文件有问题：${result.problems.join('；')}`);
        failed = true;
      }
      const chain = verifyAuditChain(core.store.sqlite);
      if (!chain.ok) {
        io.err(`审计日志被改动过（共 ${chain.entries} 条）：`);
        for (const p of chain.problems) io.err(`  - ${p.message}`);
        failed = true;
      }
      // The log against what is kept outside the store (backups and their sidecar): a cut-off tail.
      const tail = checkAuditTail(core.store.sqlite, recordedAuditHeads(knownBackupFolders(dataDir)));
      // The log's after-images against the current rows: an edit made behind the program's back.
      const edits = replayAuditLog(core.store.sqlite);
      if (tail.length > 0 || edits.length > 0) {
        io.err('数据文件与审计日志对不上：');
        for (const p of [...tail, ...edits]) io.err(`  - ${p}`);
        failed = true;
      }
      if (failed) return 1;
      io.out('ok');
      io.out(`审计日志完好（${chain.entries} 条）`);
      return 0;
    });
  },
};
