import { sql, type Kysely } from 'kysely';

/**
 * The remarks typed into a briefing, one text per port (or all ports, port_id NULL) and period, so
 * an export shows what the user typed and the next person to open the same briefing finds it.
 * Frozen: once landed this file never changes; a later change is a new migration.
 *
 * The period is kept as its kind and both dates: June as a month and 1–30 June as a range are two
 * briefings with different titles. NULL is not equal to NULL in a UNIQUE constraint, hence the
 * index on ifnull(port_id, 0) (port ids start at 1).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const date = (name: string) => sql.raw(`${name} TEXT NOT NULL CHECK (${name} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`);
  await sql`
    CREATE TABLE briefing_remarks (
      id INTEGER PRIMARY KEY,
      port_id INTEGER REFERENCES ports(id) ON DELETE RESTRICT,
      period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year', 'ytd', 'range')),
      ${date('period_from')},
      ${date('period_to')},
      text TEXT NOT NULL,
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      CHECK (period_from <= period_to)
    ) STRICT`.execute(db);
  await sql`
    CREATE UNIQUE INDEX briefing_remarks_scope
      ON briefing_remarks (ifnull(port_id, 0), period_kind, period_from, period_to)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE briefing_remarks`.execute(db);
}
