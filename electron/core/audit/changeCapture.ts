import type BetterSqlite3 from 'better-sqlite3';
import type { AuditChanges } from '../../../shared/contract/trust';
import { redactRow } from './redact';

/**
 * Before/after of every row a write call changes, for any table, including those of methods added
 * later: temporary triggers (on this connection only, never stored in the file) count each inserted,
 * updated or deleted row in temp.audit_counts and copy the first MAX_DETAILED_ROWS of them into
 * temp.audit_changes; dispatch empties both before a write call and reads them after. Rows past the
 * limit are only counted: turning each of a 100,000-day import's rows into JSON nobody keeps would
 * cost more than writing them. The audit log's own tables and the migration bookkeeping are left out.
 */
const EXCLUDED = new Set(['audit_log', 'audit_head', 'kysely_migration', 'kysely_migration_lock']);
/** rows kept in detail per entry; beyond this only the counts per table are kept */
export const MAX_DETAILED_ROWS = 200;
/** json_object takes at most SQLite's function argument limit; columns are joined in groups below it */
const COLUMNS_PER_OBJECT = 50;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A column's value as the audit shows it: blobs as their size, very long texts shortened. */
function valueExpr(ref: string): string {
  return `CASE typeof(${ref}) WHEN 'blob' THEN '[二进制 ' || length(${ref}) || ' 字节]' WHEN 'text' THEN CASE WHEN length(${ref}) > 2000 THEN substr(${ref}, 1, 200) || '…[共 ' || length(${ref}) || ' 字]' ELSE ${ref} END ELSE ${ref} END`;
}

function rowJson(prefix: 'NEW' | 'OLD', columns: string[]): string {
  const groups: string[] = [];
  for (let i = 0; i < columns.length; i += COLUMNS_PER_OBJECT) {
    const pairs = columns.slice(i, i + COLUMNS_PER_OBJECT).map((c) => `${literal(c)}, ${valueExpr(`${prefix}.${ident(c)}`)}`);
    groups.push(`json_object(${pairs.join(', ')})`);
  }
  return groups.reduce((acc, g) => `json_patch(${acc}, ${g})`);
}

type Op = 'insert' | 'update' | 'delete';

/** The row's counter in temp.audit_counts, made once per table and operation. */
function counterId(sqlite: BetterSqlite3.Database, table: string, op: Op): number {
  sqlite.prepare('INSERT OR IGNORE INTO temp.audit_counts (tbl, op, n) VALUES (?, ?, 0)').run(table, op);
  return (sqlite.prepare('SELECT id FROM temp.audit_counts WHERE tbl = ? AND op = ?').get(table, op) as { id: number }).id;
}

/**
 * Two triggers per table and operation: one counts every row (an UPDATE of a row by its integer
 * key), one copies the row while fewer than the limit are kept. Past the limit the second one's WHEN
 * is false and its JSON is never built (max(seq) is a lookup on the rowid; count(*) would walk the
 * kept rows for every row written).
 */
function captureTriggers(sqlite: BetterSqlite3.Database, table: string, op: Op, columns: string[]): string[] {
  const id = counterId(sqlite, table, op);
  const on = `AFTER ${op.toUpperCase()} ON main.${ident(table)}`;
  // An UPDATE that sets every column to what it was is no change.
  const changed = op === 'update' ? columns.map((c) => `OLD.${ident(c)} IS NOT NEW.${ident(c)}`).join(' OR ') : '1';
  const before = op === 'insert' ? 'NULL' : rowJson('OLD', columns);
  const after = op === 'delete' ? 'NULL' : rowJson('NEW', columns);
  const name = (kind: string) => ident(`audit_${kind}_${op}_${table.replace(/[^A-Za-z0-9_]/g, '_')}_${id}`);
  return [
    `CREATE TEMP TRIGGER IF NOT EXISTS ${name('count')} ${on} WHEN ${changed} BEGIN
       UPDATE temp.audit_counts SET n = n + 1 WHERE id = ${id}; END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS ${name('capture')} ${on}
       WHEN (${changed}) AND coalesce((SELECT max(seq) FROM temp.audit_changes), 0) < ${MAX_DETAILED_ROWS} BEGIN
       INSERT INTO temp.audit_changes (tbl, op, before, after) VALUES (${literal(table)}, '${op}', ${before}, ${after}); END`,
  ];
}

export function installChangeCapture(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS audit_changes (
    seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, before TEXT, after TEXT)`);
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS audit_counts (
    id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, n INTEGER NOT NULL, UNIQUE (tbl, op))`);
  const tables = sqlite
    .prepare(`SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    if (EXCLUDED.has(name) || /^\s*CREATE\s+VIRTUAL/i.test(sql ?? '')) continue;
    const columns = (sqlite.pragma(`main.table_info(${ident(name)})`) as { name: string }[]).map((c) => c.name);
    if (columns.length === 0) continue;
    for (const op of ['insert', 'update', 'delete'] as const) {
      for (const statement of captureTriggers(sqlite, name, op, columns)) {
        try {
          sqlite.exec(statement);
        } catch {
          // A table SQLite will not put a trigger on (an internal shadow table) is left uncaptured.
        }
      }
    }
  }
}

export function resetCapturedChanges(sqlite: BetterSqlite3.Database): void {
  sqlite.exec('DELETE FROM temp.audit_changes; UPDATE temp.audit_counts SET n = 0 WHERE n > 0');
}

/** The changes since the last reset: detailed rows up to a limit, counts for all; then empties the table. */
export function takeCapturedChanges(sqlite: BetterSqlite3.Database): AuditChanges & { total: number } {
  const counts: AuditChanges['counts'] = {};
  const grouped = sqlite.prepare('SELECT tbl, op, n FROM temp.audit_counts WHERE n > 0').all() as { tbl: string; op: 'insert' | 'update' | 'delete'; n: number }[];
  let total = 0;
  for (const g of grouped) {
    counts[g.tbl] ??= { insert: 0, update: 0, delete: 0 };
    counts[g.tbl]![g.op] = g.n;
    total += g.n;
  }
  const rows = (
    sqlite.prepare('SELECT tbl, op, before, after FROM temp.audit_changes ORDER BY seq LIMIT ?').all(MAX_DETAILED_ROWS) as {
      tbl: string;
      op: 'insert' | 'update' | 'delete';
      before: string | null;
      after: string | null;
    }[]
  ).map((r) => ({
    table: r.tbl,
    op: r.op,
    before: redactRow(r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null),
    after: redactRow(r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null),
  }));
  resetCapturedChanges(sqlite);
  return { rows, counts, truncated: total > rows.length, notes: [], total };
}
