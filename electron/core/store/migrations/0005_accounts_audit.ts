import { sql, type Kysely } from 'kysely';

/**
 * Accounts, the audit log and the settings of sign-in and backups. Frozen once landed.
 *
 * The audit log is a hash chain: each entry stores the hash of the one before it, and audit_head
 * keeps the last entry's id and hash, so an edited, removed or cut-off entry shows up on checking.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'viewer')),
      password TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_login_at TEXT
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER,
      user_name TEXT NOT NULL,
      username TEXT,
      role TEXT,
      host TEXT NOT NULL,
      action TEXT NOT NULL,
      input TEXT NOT NULL CHECK (json_valid(input)),
      changes TEXT NOT NULL CHECK (json_valid(changes)),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);

  await sql`
    CREATE TABLE audit_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_id INTEGER NOT NULL,
      last_hash TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE trust_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE trust_settings`.execute(db);
  await sql`DROP TABLE audit_head`.execute(db);
  await sql`DROP TABLE audit_log`.execute(db);
  await sql`DROP TABLE users`.execute(db);
}
