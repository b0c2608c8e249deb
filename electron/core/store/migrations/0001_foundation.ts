import { sql, type Kysely } from 'kysely';

/**
 * Ports, daily records and their revisions. Frozen: once landed this file never changes; a later
 * change to these tables is a new migration.
 *
 * STRICT tables make SQLite refuse a string in an INTEGER column instead of storing it. Quantities
 * are integers in small units (kg, 元, 1/100 hour), so sums never drift.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE ports (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  const quantity = (name: string) => sql.raw(`${name} INTEGER CHECK (${name} IS NULL OR ${name} >= 0)`);
  await sql`
    CREATE TABLE daily_records (
      id INTEGER PRIMARY KEY,
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE RESTRICT,
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
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
      open_centihours INTEGER CHECK (open_centihours IS NULL OR open_centihours BETWEEN 0 AND 2400),
      port_open INTEGER CHECK (port_open IS NULL OR port_open IN (0, 1)),
      closure_reason TEXT,
      note TEXT,
      revision INTEGER NOT NULL DEFAULT 1,
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      UNIQUE (port_id, date)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE daily_record_revisions (
      id INTEGER PRIMARY KEY,
      record_id INTEGER NOT NULL REFERENCES daily_records(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      changed_at TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      source TEXT NOT NULL,
      changes TEXT NOT NULL CHECK (json_valid(changes)),
      UNIQUE (record_id, revision)
    ) STRICT`.execute(db);

  await sql`INSERT INTO ports (code, name, created_at) VALUES ('ZHANGMU', '樟木口岸', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE daily_record_revisions`.execute(db);
  await sql`DROP TABLE daily_records`.execute(db);
  await sql`DROP TABLE ports`.execute(db);
}
