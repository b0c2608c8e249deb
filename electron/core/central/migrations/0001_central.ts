import { sql, type Kysely } from 'kysely';

/**
 * The central PostgreSQL database the offices sync to. Frozen: once landed this file never changes;
 * a later change is a new migration in this list.
 *
 * Who may do what is PostgreSQL's own business, not the program's: every office signs in as a login
 * role of its own, a member of `clearance_office`; officials as members of `clearance_official`.
 * Row-level security lets an office write only the days of the ports registered to it (ports.office
 * = current_user) and only its own measures, calendar entries and audit entries; everyone reads every
 * port's days. Officials read everything and write nothing. The owner (the IT office's role that ran
 * the migrations) registers offices and ports.
 *
 * Dates are ISO texts as in the office stores; figures are integers in the same small units (kg, 元,
 * 1/100 hour), BIGINT because a year of 元 outgrows 32 bits. Texts that are hashed (revision changes,
 * audit input and changes) are kept as TEXT, byte for byte, so a hash computed on the server matches
 * the office's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Roles belong to the whole cluster, not to this database: create them only once.
  for (const role of ['clearance_office', 'clearance_official']) {
    await sql
      .raw(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`)
      .execute(db);
  }

  await sql`
    CREATE TABLE offices (
      name TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE ports (
      code TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      office TEXT NOT NULL REFERENCES offices(name) ON DELETE RESTRICT
    )`.execute(db);

  const isoDate = (name: string) => sql.raw(`${name} TEXT NOT NULL CHECK (${name} ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$')`);
  const quantity = (name: string) => sql.raw(`${name} BIGINT CHECK (${name} IS NULL OR ${name} >= 0)`);
  await sql`
    CREATE TABLE days (
      port_code TEXT NOT NULL REFERENCES ports(code) ON DELETE RESTRICT,
      ${isoDate('date')},
      ${quantity('import_freight_kg')},
      ${quantity('export_freight_kg')},
      ${quantity('import_value_yuan')},
      ${quantity('export_value_yuan')},
      ${quantity('border_trade_yuan')},
      ${quantity('import_declarations')},
      ${quantity('export_declarations')},
      ${quantity('vehicles_in')},
      ${quantity('vehicles_out')},
      ${quantity('persons_in')},
      ${quantity('persons_out')},
      ${quantity('import_clearance_centihours')},
      ${quantity('export_clearance_centihours')},
      open_centihours BIGINT CHECK (open_centihours IS NULL OR open_centihours BETWEEN 0 AND 2400),
      port_open SMALLINT CHECK (port_open IS NULL OR port_open IN (0, 1)),
      closure_reason TEXT,
      note TEXT,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      revision_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (port_code, date)
    )`.execute(db);

  await sql`
    CREATE TABLE day_revisions (
      port_code TEXT NOT NULL,
      date TEXT NOT NULL,
      revision INTEGER NOT NULL,
      changed_at TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      source TEXT NOT NULL,
      changes TEXT NOT NULL,
      PRIMARY KEY (port_code, date, revision),
      FOREIGN KEY (port_code, date) REFERENCES days(port_code, date) ON DELETE CASCADE
    )`.execute(db);

  // Measures and calendar entries: one JSON document per entry, keyed within its office.
  await sql`
    CREATE TABLE office_documents (
      office TEXT NOT NULL REFERENCES offices(name) ON DELETE RESTRICT,
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      body TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (office, kind, key)
    )`.execute(db);

  await sql`
    CREATE TABLE audit_entries (
      office TEXT NOT NULL REFERENCES offices(name) ON DELETE RESTRICT,
      id INTEGER NOT NULL,
      at TEXT NOT NULL,
      user_id INTEGER,
      user_name TEXT NOT NULL,
      username TEXT,
      role TEXT,
      host TEXT NOT NULL,
      action TEXT NOT NULL,
      input TEXT NOT NULL,
      changes TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (office, id)
    )`.execute(db);

  // Everyone signed in may read the register, the days and the schema version (a client checks it).
  for (const table of ['offices', 'ports', 'days', 'day_revisions', 'kysely_migration']) {
    await sql.raw(`GRANT SELECT ON ${table} TO clearance_office, clearance_official`).execute(db);
  }
  await sql`GRANT SELECT ON office_documents, audit_entries TO clearance_official`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE ON days, day_revisions TO clearance_office`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON office_documents TO clearance_office`.execute(db);
  // The audit is append-only, for the offices too.
  await sql`GRANT SELECT, INSERT ON audit_entries TO clearance_office`.execute(db);

  const ownPort = sql.raw(`port_code IN (SELECT code FROM ports WHERE office = current_user)`);
  for (const table of ['days', 'day_revisions']) {
    const t = sql.raw(table);
    await sql`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY read_all ON ${t} FOR SELECT USING (true)`.execute(db);
    await sql`CREATE POLICY office_inserts_own ON ${t} FOR INSERT TO clearance_office WITH CHECK (${ownPort})`.execute(db);
    await sql`CREATE POLICY office_updates_own ON ${t} FOR UPDATE TO clearance_office USING (${ownPort}) WITH CHECK (${ownPort})`.execute(db);
  }
  for (const table of ['office_documents', 'audit_entries']) {
    const t = sql.raw(table);
    await sql`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY official_reads ON ${t} FOR SELECT TO clearance_official USING (true)`.execute(db);
    await sql`CREATE POLICY office_owns ON ${t} FOR ALL TO clearance_office USING (office = current_user) WITH CHECK (office = current_user)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_entries', 'office_documents', 'day_revisions', 'days', 'ports', 'offices']) {
    await sql.raw(`DROP TABLE ${table}`).execute(db);
  }
}
