import { sql, type Kysely } from 'kysely';

/**
 * What an office store keeps about its syncs with the central PostgreSQL database. Frozen: once
 * landed this file never changes.
 *
 * central_ports: ports whose days came from the central database (another office's ports). They are
 * read-only here: the day writer refuses them, so an office never edits figures it does not own.
 *
 * central_documents: for each measure or calendar entry, the hash both sides agreed on at the last
 * sync. A server copy that differs from it was changed by someone else since: a conflict to report,
 * not a document to overwrite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE central_ports (
      port_id INTEGER PRIMARY KEY REFERENCES ports(id) ON DELETE CASCADE,
      office TEXT NOT NULL,
      pulled_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE central_documents (
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (kind, key)
    ) STRICT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE central_documents`.execute(db);
  await sql`DROP TABLE central_ports`.execute(db);
}
