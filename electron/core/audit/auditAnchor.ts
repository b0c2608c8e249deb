import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { formatTimestamp } from '../../../shared/domain/format';
import { listBackupFolder } from '../backup/backupFiles';

/**
 * The audit log's head (last entry's number and hash) kept outside the store: cutting entries off
 * the end and copying an earlier hash into the head row passes the chain check inside the file, but
 * not a comparison with a head recorded elsewhere. Every backup carries the head (its own
 * `audit_head` row, copied with the store), and each backup also writes it to `audit-head.json` in
 * the backup folder, a small file a person can read. `clearance check` compares the log with both.
 */
export const AUDIT_HEAD_FILE = 'audit-head.json';

export interface AuditHead {
  lastId: number;
  lastHash: string;
  /** when it was recorded (the backup's time) */
  at: string;
  /** where it was read from, for the message */
  source: string;
}

export function readAuditHead(sqlite: BetterSqlite3.Database): { lastId: number; lastHash: string } | null {
  const row = sqlite.prepare('SELECT last_id, last_hash FROM audit_head WHERE id = 1').get() as { last_id: number; last_hash: string } | undefined;
  return row ? { lastId: row.last_id, lastHash: row.last_hash } : null;
}

function headOfFile(file: string): { lastId: number; lastHash: string } | null {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    return readAuditHead(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** After a backup: its head into the folder's sidecar. A failure only loses the hint, never the backup. */
export function writeAuditHeadSidecar(backupFile: string, at: string): void {
  const head = headOfFile(backupFile);
  if (!head) return;
  try {
    const record = { ...head, at, backup: path.basename(backupFile) };
    fs.writeFileSync(path.join(path.dirname(backupFile), AUDIT_HEAD_FILE), JSON.stringify(record, null, 2) + '\n');
  } catch {
    // the backup itself still carries the head
  }
}

function readSidecar(folder: string): AuditHead | null {
  const file = path.join(folder, AUDIT_HEAD_FILE);
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<{ lastId: number; lastHash: string; at: string }>;
    if (!Number.isInteger(parsed.lastId) || typeof parsed.lastHash !== 'string' || typeof parsed.at !== 'string') return null;
    return { lastId: parsed.lastId!, lastHash: parsed.lastHash, at: parsed.at, source: file };
  } catch {
    return null;
  }
}

/** The heads recorded outside the store: each folder's sidecar and its newest backup's own head. */
export function recordedAuditHeads(folders: string[]): AuditHead[] {
  const heads: AuditHead[] = [];
  for (const folder of folders) {
    const sidecar = readSidecar(folder);
    if (sidecar) heads.push(sidecar);
    const newest = listBackupFolder(folder)[0];
    const head = newest ? headOfFile(newest.path) : null;
    if (newest && head) heads.push({ ...head, at: newest.at, source: newest.path });
  }
  return heads;
}

/**
 * Whether the log still holds each recorded head: the entry of that number with that hash. A head
 * recorded before the store's last restore is passed over: a restore legitimately takes the log
 * back to the backup's, and the restore is itself in the log.
 */
export function checkAuditTail(sqlite: BetterSqlite3.Database, heads: AuditHead[]): string[] {
  const lastRestore = (sqlite.prepare(`SELECT max(at) AS at FROM audit_log WHERE action = 'restoreBackup'`).get() as { at: string | null }).at;
  const count = (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const problems: string[] = [];
  for (const head of heads) {
    if (lastRestore && head.at < lastRestore) continue;
    const entry = sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(head.lastId) as { hash: string } | undefined;
    const when = `${formatTimestamp(head.at)} 记录于 ${head.source}`;
    if (!entry) {
      problems.push(`审计日志末尾被截掉：${when}的日志已有 ${head.lastId} 条，现在只有 ${count} 条`);
    } else if (entry.hash !== head.lastHash) {
      problems.push(`审计日志第 ${head.lastId} 条与${when}的不一致：日志被截断后重写或被改动`);
    }
  }
  return [...new Set(problems)];
}
