import { sql, type Kysely } from 'kysely';

/**
 * A port can be taken out of use without losing its history. Frozen: once landed this file never
 * changes.
 *
 * ports.disabled_at: when an administrator disabled the port (NULL while it is in use). A disabled
 * port keeps every day it holds for the dashboard, briefings and exports, but takes no new figures.
 * Its name stays unique among all ports, disabled or not, so a file naming it is never ambiguous.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE ports ADD COLUMN disabled_at TEXT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE ports DROP COLUMN disabled_at`.execute(db);
}
