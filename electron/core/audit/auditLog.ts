import crypto from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { AuditChainStatus, AuditChanges, AuditEntry, AuditFilter } from '../../../shared/contract/trust';
import { formatTimestamp } from '../../../shared/domain/format';
import type { AuditLogTable } from '../store/tables/trust';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface NewAuditEntry {
  at: string;
  userId: number | null;
  userName: string;
  username: string | null;
  role: string | null;
  host: string;
  action: string;
  input: unknown;
  changes: AuditChanges;
}

/** The account fields of an entry, from the account that acted, else only the name that was typed. */
export function auditWho(
  user: { id: number; displayName: string; username: string; role: string } | null,
  typedName: string,
): Pick<NewAuditEntry, 'userId' | 'userName' | 'username' | 'role'> {
  return { userId: user?.id ?? null, userName: user?.displayName ?? typedName, username: user?.username ?? typedName, role: user?.role ?? null };
}

/** The account fields of an entry no account made (the start-up recovery, the central sync): a name only. */
export function systemWho(name: string): Pick<NewAuditEntry, 'userId' | 'userName' | 'username' | 'role'> {
  return { userId: null, userName: name, username: null, role: null };
}

/** The changes of an entry that records an event, not rows (a sign-in, a recovery): its notes alone. */
export function notesOnly(notes: string[]): AuditChanges {
  return { rows: [], counts: {}, truncated: false, notes };
}

type Row = AuditLogTable;

/**
 * The hash of an entry covers every stored column but the hash itself, as stored (the JSON texts
 * byte for byte), and the previous entry's hash: changing any entry, or taking one out, breaks the
 * chain from there on.
 */
export function entryHash(row: Omit<Row, 'hash'>): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.user_id,
    row.user_name,
    row.username,
    row.role,
    row.host,
    row.action,
    row.input,
    row.changes,
    row.prev_hash,
  ]);
  return crypto.createHash('sha256').update(content).digest('hex');
}

/** Appends one entry at the end of the chain and moves the head; one transaction (or a savepoint inside the caller's). */
export function appendAuditEntry(sqlite: BetterSqlite3.Database, entry: NewAuditEntry): number {
  const append = sqlite.transaction(() => {
    const last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    const row: Omit<Row, 'hash'> = {
      id: (last?.id ?? 0) + 1,
      at: entry.at,
      user_id: entry.userId,
      user_name: entry.userName,
      username: entry.username,
      role: entry.role,
      host: entry.host,
      action: entry.action,
      input: JSON.stringify(entry.input ?? null),
      changes: JSON.stringify(entry.changes),
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    const hash = entryHash(row);
    sqlite
      .prepare(
        `INSERT INTO audit_log (id, at, user_id, user_name, username, role, host, action, input, changes, prev_hash, hash)
         VALUES (@id, @at, @user_id, @user_name, @username, @role, @host, @action, @input, @changes, @prev_hash, @hash)`,
      )
      .run({ ...row, hash });
    sqlite
      .prepare(
        `INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`,
      )
      .run(row.id, hash);
    return row.id;
  });
  return append();
}

const MAX_PROBLEMS = 100;

/**
 * Walks a chain of entries in id order: each entry's hash must match its content, each must name
 * the previous entry's hash, and ids must follow without gaps. The office store's check and the
 * central database's (each office's chain there) both walk through here.
 */
export function walkAuditChain(rows: Iterable<Row>): { problems: AuditChainStatus['problems']; count: number; lastId: number; lastHash: string } {
  const problems: AuditChainStatus['problems'] = [];
  const add = (p: AuditChainStatus['problems'][number]) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const where = (r: Row) => `第 ${r.id} 条（${formatTimestamp(r.at)}，${r.user_name}，${r.action}）`;
  let prevId = 0;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (const r of rows) {
    count++;
    const meta = { id: r.id, at: r.at, action: r.action };
    if (r.id !== prevId + 1) {
      const range = r.id - 1 === prevId + 1 ? `第 ${prevId + 1} 条` : `第 ${prevId + 1}–${r.id - 1} 条`;
      add({ ...meta, kind: 'gap', message: `${range}不见了（在${where(r)}之前被删除）` });
    } else if (r.prev_hash !== prevHash) {
      add({ ...meta, kind: 'unlinked', message: `${where(r)}与前一条接不上：前一条被改动后重算了哈希，或有条目被插入` });
    }
    if (entryHash(r) !== r.hash) add({ ...meta, kind: 'altered', message: `${where(r)}的内容被改动过` });
    prevId = r.id;
    prevHash = r.hash;
  }
  return { problems, count, lastId: prevId, lastHash: prevHash };
}

/** The store's whole chain, and the head: the last entry must be the one audit_head names. Says where. */
export function verifyAuditChain(sqlite: BetterSqlite3.Database): AuditChainStatus {
  const walked = walkAuditChain(sqlite.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<Row>);
  const { problems, count } = walked;
  const add = (p: AuditChainStatus['problems'][number]) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const prevId = walked.lastId;
  const prevHash = walked.lastHash;
  const head = sqlite.prepare('SELECT last_id, last_hash FROM audit_head WHERE id = 1').get() as { last_id: number; last_hash: string } | undefined;
  if (head && (head.last_id !== prevId || head.last_hash !== prevHash)) {
    add({
      id: head.last_id,
      at: null,
      action: null,
      kind: 'truncated',
      message:
        head.last_id > prevId
          ? `日志末尾的第 ${prevId + 1}–${head.last_id} 条被删除（记录的最后一条是第 ${head.last_id} 条）`
          : `日志末尾与记录的最后一条（第 ${head.last_id} 条）不符：末尾的条目被改动或添加`,
    });
  } else if (!head && count > 0) {
    add({ id: null, at: null, action: null, kind: 'truncated', message: '日志的结尾记录不见了（被删除）' });
  }
  return { ok: problems.length === 0, entries: count, problems };
}

/** A date at the port (Asia/Shanghai) → the UTC instant its day starts, as stored in `at`. */
function startOfShanghaiDay(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function whereClause(filter: AuditFilter | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter?.from) {
    parts.push('at >= ?');
    params.push(startOfShanghaiDay(filter.from));
  }
  if (filter?.to) {
    parts.push('at < ?');
    params.push(startOfShanghaiDay(nextDay(filter.to)));
  }
  if (filter?.userName) {
    parts.push('user_name = ?');
    params.push(filter.userName);
  }
  if (filter?.action) {
    parts.push('action = ?');
    params.push(filter.action);
  }
  if (filter?.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    parts.push(`(user_name LIKE ? ESCAPE '\\' OR username LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR input LIKE ? ESCAPE '\\' OR changes LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like, like);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const EMPTY_CHANGES: AuditChanges = { rows: [], counts: {}, truncated: false, notes: [] };

export function toAuditEntry(r: Row): AuditEntry {
  const changes = parseJson<AuditChanges>(r.changes, EMPTY_CHANGES);
  return {
    id: r.id,
    at: r.at,
    userName: r.user_name,
    username: r.username,
    role: r.role,
    host: r.host,
    action: r.action,
    input: parseJson<unknown>(r.input, r.input),
    changes: { ...EMPTY_CHANGES, ...(changes && typeof changes === 'object' ? changes : {}) },
    hash: r.hash,
    prevHash: r.prev_hash,
  };
}

export function queryAuditLog(
  sqlite: BetterSqlite3.Database,
  filter: AuditFilter | undefined,
  page: number,
  pageSize: number,
): { total: number; entries: AuditEntry[] } {
  const { sql, params } = whereClause(filter);
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${sql}`).get(...params) as { n: number }).n;
  const rows = sqlite
    .prepare(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, pageSize, (page - 1) * pageSize) as Row[];
  return { total, entries: rows.map(toAuditEntry) };
}

export function distinctAuditValues(sqlite: BetterSqlite3.Database): { userNames: string[]; actions: string[] } {
  const col = (c: 'user_name' | 'action') =>
    (sqlite.prepare(`SELECT DISTINCT ${c} AS v FROM audit_log ORDER BY ${c} LIMIT 500`).all() as { v: string }[]).map((r) => r.v);
  return { userNames: col('user_name'), actions: col('action') };
}

export const MAX_EXPORT_ROWS = 200_000;

export function iterateAuditRows(sqlite: BetterSqlite3.Database, filter: AuditFilter | undefined): IterableIterator<Row> {
  const { sql, params } = whereClause(filter);
  return sqlite.prepare(`SELECT * FROM audit_log ${sql} ORDER BY id LIMIT ${MAX_EXPORT_ROWS}`).iterate(...params) as IterableIterator<Row>;
}
