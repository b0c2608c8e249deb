import { sql, type Kysely } from 'kysely';

/**
 * Where each value of a day came from, as the office store keeps it (store migration 0013): a JSON
 * object from field to "i<n>" (the office's import n) or "i" (an import from before imports were
 * kept); a typed or blank value has no entry. Demo values never leave the office, so "d" never
 * appears here. Frozen: once landed this file never changes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE days ADD COLUMN value_sources TEXT NOT NULL DEFAULT '{}'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE days DROP COLUMN value_sources`.execute(db);
}
