import type BetterSqlite3 from 'better-sqlite3';
import type { AuditChanges } from '../../../shared/contract/trust';
import { REDACTED } from './redact';

/**
 * Replays the audit log's after-images and compares them with the current rows of the audited
 * tables: a row edited, added or removed behind the program's back (with a SQLite tool) is named,
 * even though the log itself is intact. Roles are the users table's `role` column.
 */
const AUDITED: Record<string, string> = {
  daily_records: '每日数据',
  users: '账户（含角色）',
  measures: '通关措施',
  regional_days: '节假日日历',
};

/**
 * Changed outside audited calls on purpose: a sign-in (recorded as its own entry) sets last_login_at;
 * migration 0013 flagged demo days a person had written over in part as holding demo values again
 * (is_demo follows value_sources, whose every later change is logged).
 */
const UNLOGGED_COLUMNS: Record<string, ReadonlySet<string>> = { users: new Set(['last_login_at']), daily_records: new Set(['is_demo']) };

const MAX_PROBLEMS = 30;

type Row = Record<string, unknown>;

interface TableState {
  rows: Map<number, Row | null>;
  /** every row of the table came through the log (so one the log never saw was added by hand) */
  complete: boolean;
}

/** What the log cannot show exactly: masked secrets, blobs and long texts it shortened. */
function comparable(value: unknown): boolean {
  if (value === REDACTED) return false;
  return !(typeof value === 'string' && (value.startsWith('[二进制 ') || /…\[共 \d+ 字\]$/.test(value)));
}

/**
 * Whether every audited table started empty with the log: migrations 0001 and 0005 (which began the
 * log) applied in one run. A store older than the log had rows the log never saw.
 */
function startedWithLog(sqlite: BetterSqlite3.Database): boolean {
  const rows = sqlite.prepare(`SELECT name, timestamp FROM kysely_migration WHERE name LIKE '0001%' OR name LIKE '0005%'`).all() as { name: string; timestamp: string }[];
  if (rows.length !== 2) return false;
  const [a, b] = rows.map((r) => Date.parse(r.timestamp));
  return Math.abs(a! - b!) < 60_000;
}

function describeRow(table: string, id: number, row: Row | null | undefined): string {
  const date = row && typeof row.date === 'string' ? `，${row.date}` : '';
  const name = row && typeof row.username === 'string' ? `，${row.username}` : row && typeof row.code === 'string' ? `，${row.code}` : '';
  return `${AUDITED[table]}第 ${id} 行（${table}${date}${name}）`;
}

export function replayAuditLog(sqlite: BetterSqlite3.Database): string[] {
  const fresh = startedWithLog(sqlite);
  const state = new Map<string, TableState>(
    Object.keys(AUDITED).map((t) => [t, { rows: new Map(), complete: fresh && t !== 'regional_days' }]),
  );
  for (const entry of sqlite.prepare('SELECT changes FROM audit_log ORDER BY id').iterate() as IterableIterator<{ changes: string }>) {
    let changes: AuditChanges;
    try {
      changes = JSON.parse(entry.changes) as AuditChanges;
    } catch {
      continue; // an unreadable entry is the chain check's to report
    }
    for (const [table, s] of state) {
      // Past the detail limit only counts are kept: what that call did to the table is unknown.
      if (changes.truncated && changes.counts?.[table]) {
        s.rows.clear();
        s.complete = false;
      }
    }
    for (const change of changes.rows ?? []) {
      const s = state.get(change.table);
      if (!s || (changes.truncated && changes.counts?.[change.table])) continue;
      const image = change.after ?? change.before;
      const id = image?.id;
      if (typeof id !== 'number') continue;
      s.rows.set(id, change.after);
    }
  }

  const problems: string[] = [];
  const add = (p: string) => problems.length < MAX_PROBLEMS && problems.push(p);
  for (const [table, s] of state) {
    const ignored = UNLOGGED_COLUMNS[table] ?? new Set<string>();
    const select = sqlite.prepare(`SELECT * FROM "${table}" WHERE id = ?`);
    for (const [id, logged] of s.rows) {
      const current = select.get(id) as Row | undefined;
      if (!logged) {
        if (current) add(`${describeRow(table, id, current)}在日志中已删除，数据文件中却还在：被直接改动过数据文件`);
        continue;
      }
      if (!current) {
        add(`${describeRow(table, id, logged)}不见了，日志中没有删除它：被直接改动过数据文件`);
        continue;
      }
      const differing = Object.keys(logged).filter((c) => !ignored.has(c) && c in current && comparable(logged[c]) && logged[c] !== current[c]);
      if (differing.length > 0) {
        const detail = differing.slice(0, 3).map((c) => `${c}：日志中为 ${JSON.stringify(logged[c])}，文件中为 ${JSON.stringify(current[c])}`).join('；');
        add(`${describeRow(table, id, current)}与审计日志不符（${detail}）：被绕过程序直接改动过`);
      }
    }
    if (s.complete) {
      const extra = (sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as Row[]).filter((r) => !s.rows.has(r.id as number));
      for (const r of extra.slice(0, 5)) add(`${describeRow(table, r.id as number, r)}不在审计日志中：被绕过程序直接添加`);
      if (extra.length > 5) add(`${AUDITED[table]}另有 ${extra.length - 5} 行不在审计日志中`);
    }
  }
  return problems;
}
