import type { CoreDeps, Handlers } from '../../types';
import type { TrustRuntime } from '../../trustRuntime';
import { checkIntegrity } from '../../store/openStore';
import { verifyAuditChain } from '../../audit/auditLog';
import { checkAuditTail, recordedAuditHeads } from '../../audit/auditAnchor';
import { replayAuditLog } from '../../audit/replayCheck';
import { knownBackupFolders } from '../../backup/lostStore';

/**
 * `clearance check`: the store's integrity, the audit log's hash chain, its tail against the heads
 * kept outside the store (backups and their sidecar), and the audited tables against the log's
 * after-images (an edit made behind the program's back). The check is itself recorded in the log,
 * with its outcome, after everything it read.
 */
export function createStoreCheckHandler({ store }: CoreDeps, trust: TrustRuntime): Pick<Handlers, 'checkStore'> {
  return {
    async checkStore(_input, ctx) {
      const integrity = checkIntegrity(store.sqlite);
      const chain = verifyAuditChain(store.sqlite);
      const tail = checkAuditTail(store.sqlite, recordedAuditHeads(knownBackupFolders(trust.dataDir)));
      const edits = replayAuditLog(store.sqlite);
      const result = {
        ok: integrity.ok && chain.ok && tail.length === 0 && edits.length === 0,
        auditEntries: chain.entries,
        integrityProblems: integrity.ok ? [] : integrity.problems,
        auditChainProblems: chain.ok ? [] : chain.problems.map((p) => p.message),
        mismatches: [...tail, ...edits],
      };
      const found = result.integrityProblems.length + result.auditChainProblems.length + result.mismatches.length;
      ctx.audit?.note(result.ok ? `检查数据文件与审计日志：完好（审计日志 ${chain.entries} 条）` : `检查数据文件与审计日志：发现 ${found} 个问题`);
      return result;
    },
  };
}
