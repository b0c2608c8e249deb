import { sql, type Kysely } from 'kysely';

/**
 * central_days: for each of the office's own days, the revision the central database is known to
 * hold (written after the server committed it). A sync then reads only the days whose revision moved
 * on since, instead of hashing every day's history against the server's on every run. Frozen: once
 * landed this file never changes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE central_days (
      record_id INTEGER PRIMARY KEY REFERENCES daily_records(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL CHECK (revision >= 1)
    ) STRICT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE central_days`.execute(db);
}
