import { sql, type Kysely } from 'kysely';

/**
 * The register of clearance measures (DOMAIN.md, "The clearance measures"): the measures, the ports
 * each one applies to, the figures it is meant to move with an optional target, and its dated
 * progress log. Frozen: once landed this file never changes; a later change is a new migration.
 *
 * Status is checked here because the transition rules and the effect analysis depend on its
 * values; the category is checked by the contract only, so that adding a category later does not
 * need a table rebuild.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE measures (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      category TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      lead_unit TEXT NOT NULL,
      partner_units TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partner_units) AND json_type(partner_units) = 'array'),
      start_date TEXT CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      status TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'inForce', 'suspended', 'ended')),
      revision INTEGER NOT NULL DEFAULT 1,
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE measure_ports (
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE RESTRICT,
      PRIMARY KEY (measure_id, port_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX measure_ports_port ON measure_ports (port_id)`.execute(db);

  // A target is a goal in the metric's display unit (小时, 吨, 万元, %), compared with daily means and
  // never summed, so REAL is exact enough; stored figures stay integers in daily_records.
  await sql`
    CREATE TABLE measure_metrics (
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      metric TEXT NOT NULL,
      position INTEGER NOT NULL,
      target_comparator TEXT CHECK (target_comparator IS NULL OR target_comparator IN ('<=', '>=')),
      target_value REAL,
      PRIMARY KEY (measure_id, metric),
      CHECK ((target_comparator IS NULL) = (target_value IS NULL))
    ) STRICT`.execute(db);

  // The progress log: notes, and every status change (from_status → to_status) as an entry of its
  // own, so the log also tells when each status began (the stall check and "progress over time").
  await sql`
    CREATE TABLE measure_progress (
      id INTEGER PRIMARY KEY,
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      kind TEXT NOT NULL CHECK (kind IN ('note', 'status')),
      from_status TEXT CHECK (from_status IS NULL OR from_status IN ('planned', 'inProgress', 'inForce', 'suspended', 'ended')),
      to_status TEXT CHECK (to_status IS NULL OR to_status IN ('planned', 'inProgress', 'inForce', 'suspended', 'ended')),
      note TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      CHECK ((kind = 'status') = (to_status IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX measure_progress_measure_date ON measure_progress (measure_id, date)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE measure_progress`.execute(db);
  await sql`DROP TABLE measure_metrics`.execute(db);
  await sql`DROP TABLE measure_ports`.execute(db);
  await sql`DROP TABLE measures`.execute(db);
}
