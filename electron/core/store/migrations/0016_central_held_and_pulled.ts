import { sql, type Kysely } from 'kysely';

/**
 * More of what an office store keeps about its syncs with the central database. Frozen: once landed
 * this file never changes.
 *
 * central_days: for each of the office's own days, the revision the central database is known to
 * hold (written after the server committed it). A sync then reads only the days whose revision moved
 * on since, instead of hashing every day's history against the server's on every run.
 *
 * central_measures: measures that came from the central database (another office's). They are
 * read-only here, never sent back as this office's, and replaced whole when the server's copy (its
 * hash) changes.
 *
 * central_ports.calendar_hash: the hash of the other office's calendar entries for a pulled port as
 * last brought home (regional days, duty rules and exceptions, "5+2"), so unchanged ones are not
 * rewritten. NULL: none pulled yet.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE central_days (
      record_id INTEGER PRIMARY KEY REFERENCES daily_records(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL CHECK (revision >= 1)
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE central_measures (
      measure_id INTEGER PRIMARY KEY REFERENCES measures(id) ON DELETE CASCADE,
      office TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`ALTER TABLE central_ports ADD COLUMN calendar_hash TEXT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE central_ports DROP COLUMN calendar_hash`.execute(db);
  await sql`DROP TABLE central_measures`.execute(db);
  await sql`DROP TABLE central_days`.execute(db);
}
