import type { Kysely } from 'kysely';
import type { AuditChainStatus } from '../../../shared/contract/trust';
import { walkAuditChain } from '../audit/auditLog';
import type { Store } from '../store/openStore';
import type { AuditLogTable } from '../store/tables/trust';
import { chunks } from '../services/days/dayWriter';
import type { CentralDatabase } from './centralSchema';
import type { SyncReport } from './syncReport';

const AUDIT_COLUMNS = ['id', 'at', 'user_id', 'user_name', 'username', 'role', 'host', 'action', 'input', 'changes', 'prev_hash', 'hash'] as const;

/**
 * Appends the office's audit entries the server does not have yet. The server's last entry must be
 * the same entry here (same id, same hash); otherwise this store's chain is not the one the server
 * holds (a store restored from an old backup, or a second PC syncing as the same office), and
 * nothing is appended: the chain on the server stays one unbroken, verifiable chain.
 */
export async function pushAuditEntries(store: Store, central: Kysely<CentralDatabase>, office: string, report: SyncReport): Promise<void> {
  const last = await central.selectFrom('audit_entries').select(['id', 'hash']).where('office', '=', office).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const lastId = last?.id ?? 0;
  if (last) {
    const here = store.sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(last.id) as { hash: string } | undefined;
    if (here?.hash !== last.hash) {
      report.conflicts.push({
        kind: 'audit',
        message: here
          ? `审计日志：本机第 ${last.id} 条与中心数据库上的不一致，本机的审计日志未上传（本机是否从旧备份恢复过，或另一台电脑以同一办事处账户同步？）`
          : `审计日志：中心数据库上已有 ${last.id} 条，比本机多，本机的审计日志未上传（本机是否从旧备份恢复过？）`,
      });
      return;
    }
  }
  const rows = store.sqlite.prepare(`SELECT ${AUDIT_COLUMNS.join(', ')} FROM audit_log WHERE id > ? ORDER BY id`).all(lastId) as AuditLogTable[];
  for (const batch of chunks(rows, 1000)) {
    await central.insertInto('audit_entries').values(batch.map((r) => ({ ...r, office }))).execute();
    report.sent.auditEntries += batch.length;
  }
}

/** Walks one office's chain as the server holds it: the same check as `clearance check` on the office's PC. */
export async function verifyCentralAudit(central: Kysely<CentralDatabase>, office: string): Promise<AuditChainStatus> {
  const rows = await central.selectFrom('audit_entries').select(AUDIT_COLUMNS).where('office', '=', office).orderBy('id').execute();
  const { problems, count } = walkAuditChain(rows);
  return { ok: problems.length === 0, entries: count, problems };
}
