import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * Runs `fn` in a transaction: the caller's own when it passes one (several writers making one
 * all-or-nothing change, like an import over several ports or the demo data set), else a new one.
 * Kysely has no nested transactions, so writers that may be called either way go through here.
 */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}
