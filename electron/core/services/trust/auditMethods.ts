import type { CoreDeps, Handlers } from '../../types';
import { distinctAuditValues, queryAuditLog, verifyAuditChain } from '../../audit/auditLog';
import { auditLogCsv } from '../../audit/auditCsv';
import { todayInShanghai } from '../../../../shared/domain/dates';

type AuditHandlers = Pick<Handlers, 'verifyAuditLog' | 'listAuditLog' | 'exportAuditLog'>;

/** The administrator's view of the audit log: whether the chain is intact, a filtered page, a CSV export. */
export function createAuditHandlers({ store, now }: CoreDeps): AuditHandlers {
  const { sqlite } = store;
  return {
    async verifyAuditLog() {
      return verifyAuditChain(sqlite);
    },
    async listAuditLog({ filter, page, pageSize }) {
      return { ...queryAuditLog(sqlite, filter, page, pageSize), ...distinctAuditValues(sqlite) };
    },
    async exportAuditLog({ filter }) {
      const { csv, rows } = auditLogCsv(sqlite, filter);
      return { fileName: `审计日志-${todayInShanghai(now())}.csv`, csv, rows };
    },
  };
}
