import type BetterSqlite3 from 'better-sqlite3';
import type { AuditFilter } from '../../../shared/contract/trust';
import { ROLE_LABELS, type Role } from '../../../shared/contract/access';
import { auditActionLabel, summarizeAuditChanges } from '../../../shared/domain/auditLabels';
import { formatTimestamp } from '../../../shared/domain/format';
import { csvDocument, type CsvValue } from '../csvDocument';
import { iterateAuditRows, toAuditEntry } from './auditLog';

const HEADER = ['序号', '时间（北京时间）', '用户', '账号', '角色', '途径', '操作', '方法', '变更摘要', '输入', '变更明细', '哈希', '前一条哈希'];
const HOST_LABELS: Record<string, string> = { ipc: '桌面程序', http: '浏览器', cli: '命令行', test: '测试' };

/** The log (or its filtered part) as CSV for Excel: UTF-8 with BOM, CRLF. */
export function auditLogCsv(sqlite: BetterSqlite3.Database, filter: AuditFilter | undefined): { csv: string; rows: number } {
  // The log holds whatever people typed: csvDocument guards every text cell against formulas.
  const lines: CsvValue[][] = [HEADER];
  let rows = 0;
  for (const row of iterateAuditRows(sqlite, filter)) {
    const e = toAuditEntry(row);
    lines.push(
      [
        e.id,
        formatTimestamp(e.at),
        e.userName,
        e.username ?? '',
        e.role ? (ROLE_LABELS[e.role as Role] ?? e.role) : '',
        HOST_LABELS[e.host] ?? e.host,
        auditActionLabel(e.action),
        e.action,
        summarizeAuditChanges(e.changes),
        row.input,
        row.changes,
        e.hash,
        e.prevHash,
      ],
    );
    rows++;
  }
  return { csv: csvDocument(lines), rows };
}
