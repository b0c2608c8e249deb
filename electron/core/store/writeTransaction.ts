import type BetterSqlite3 from 'better-sqlite3';

/**
 * Runs `fn` inside the store's one write transaction. Dispatch opens it around every write call, so
 * the change and its audit entry commit together, or neither; a writer run that way joins it. A
 * writer run outside dispatch (a scheduled job, a seed, a test) gets one of its own here, so it is
 * all-or-nothing either way. There is no nesting: one call, one transaction, on the one connection
 * that both Kysely and the prepared statements use.
 */
export async function inWriteTransaction<T>(sqlite: BetterSqlite3.Database, fn: () => Promise<T>): Promise<T> {
  if (sqlite.inTransaction) return fn();
  // IMMEDIATE: take the write lock now, not at the first write, so another process's writer waits
  // (busy_timeout) instead of this transaction failing halfway.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const value = await fn();
    sqlite.exec('COMMIT');
    return value;
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw e;
  }
}
