import { sql, type Kysely } from 'kysely';
import { TIBET_REGIONAL_DEFAULTS } from '../../../../shared/domain/calendar/regionalDays';

/**
 * The "5+2" calendar: regional and local days, rest-day duty rules and their per-day exceptions, and
 * the date "5+2" took effect at each port. Frozen: once landed this file never changes.
 *
 * Regional days are seeded with the shipped Tibet defaults. A later addition to those defaults (next
 * year's 藏历新年) ships in a migration of its own with INSERT OR IGNORE on (port, date), so that a
 * store that already has the date (entered by hand) keeps its own entry.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const date = (name: string) => sql.raw(`${name} TEXT NOT NULL CHECK (${name} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`);
  const optionalDate = (name: string) =>
    sql.raw(`${name} TEXT CHECK (${name} IS NULL OR ${name} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`);
  const clock = (name: string) => sql.raw(`${name} TEXT CHECK (${name} IS NULL OR ${name} GLOB '[0-2][0-9]:[0-5][0-9]')`);
  const provenance = sql.raw('created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL');

  // port_id NULL = every port. SQLite treats NULLs as distinct in a UNIQUE constraint, so uniqueness
  // of (port, date) is an index on an expression that maps "every port" to 0 (port ids start at 1).
  await sql`
    CREATE TABLE regional_days (
      id INTEGER PRIMARY KEY,
      port_id INTEGER REFERENCES ports(id) ON DELETE CASCADE,
      ${date('date')},
      type TEXT NOT NULL CHECK (type IN ('regionalHoliday', 'workday', 'makeupWorkday', 'holiday')),
      name TEXT NOT NULL,
      source TEXT NOT NULL DEFAULT '',
      shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1)),
      ${provenance}
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX regional_days_port_date ON regional_days (ifnull(port_id, 0), date)`.execute(db);
  await sql`CREATE INDEX regional_days_date ON regional_days (date)`.execute(db);

  // A counter bumped by triggers on every change to regional_days: the day-type cache compares it
  // instead of trusting every writer (the CLI, a later import or restore) to tell the cache.
  await sql`CREATE TABLE calendar_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL) STRICT`.execute(db);
  await sql`INSERT INTO calendar_revision (id, revision) VALUES (1, 1)`.execute(db);
  for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER regional_days_${event.toLowerCase()} AFTER ${event} ON regional_days
         BEGIN UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1; END`,
      )
      .execute(db);
  }

  // scope: which rest days a rule plans ('restDays' = weekends and both kinds of holiday).
  await sql`
    CREATE TABLE duty_rules (
      id INTEGER PRIMARY KEY,
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE CASCADE,
      scope TEXT NOT NULL CHECK (scope IN ('restDays', 'weekends', 'holidays')),
      ${date('valid_from')},
      ${optionalDate('valid_to')},
      open INTEGER NOT NULL CHECK (open IN (0, 1)),
      ${clock('hours_from')},
      ${clock('hours_to')},
      units TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
      person_in_charge TEXT,
      note TEXT,
      ${provenance},
      CHECK (valid_to IS NULL OR valid_to >= valid_from),
      CHECK (hours_from IS NULL OR hours_to IS NULL OR hours_from < hours_to)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX duty_rules_port ON duty_rules (port_id, valid_from)`.execute(db);

  await sql`
    CREATE TABLE duty_exceptions (
      id INTEGER PRIMARY KEY,
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE CASCADE,
      ${date('date')},
      open INTEGER NOT NULL CHECK (open IN (0, 1)),
      ${clock('hours_from')},
      ${clock('hours_to')},
      units TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units) AND json_type(units) = 'array'),
      person_in_charge TEXT,
      note TEXT,
      ${provenance},
      UNIQUE (port_id, date),
      CHECK (hours_from IS NULL OR hours_to IS NULL OR hours_from < hours_to)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE port_calendar_settings (
      port_id INTEGER PRIMARY KEY REFERENCES ports(id) ON DELETE CASCADE,
      ${optionalDate('five_plus_two_from')},
      note TEXT,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`.execute(db);

  const now = new Date().toISOString();
  for (const e of TIBET_REGIONAL_DEFAULTS) {
    await sql`
      INSERT OR IGNORE INTO regional_days (port_id, date, type, name, source, shipped, created_at, created_by, updated_at, updated_by)
      VALUES (${e.portId}, ${e.date}, ${e.type}, ${e.name}, ${e.source}, 1, ${now}, '系统预置', ${now}, '系统预置')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE port_calendar_settings`.execute(db);
  await sql`DROP TABLE duty_exceptions`.execute(db);
  await sql`DROP TABLE duty_rules`.execute(db);
  await sql`DROP TABLE regional_days`.execute(db);
  await sql`DROP TABLE calendar_revision`.execute(db);
}
