import { sql, type Kysely } from 'kysely';

/**
 * The "5+2" calendar: regional and local days, rest-day duty rules and their per-day exceptions, and
 * the date "5+2" took effect at each port. Frozen: once landed this file never changes.
 *
 * Regional days are seeded with the shipped Tibet defaults. A later addition to those defaults (next
 * year's 藏历新年) ships in a migration of its own with INSERT OR IGNORE on (port, date), so that a
 * store that already has the date (entered by hand) keeps its own entry.
 */
/**
 * The Tibet defaults as this migration shipped them, copied here so that a later change to the live
 * defaults (shared/domain/calendar/regionalDays.ts) never changes what this migration writes.
 * [first date, last date, type, source]; every entry is 藏历新年 for all ports.
 */
const SHIPPED_REGIONAL_DAYS: readonly (readonly [string, string, 'makeupWorkday' | 'regionalHoliday', string])[] = [
  ['2023-02-18', '2023-02-19', 'makeupWorkday', '拉萨市人民政府办公室关于2023年藏历新年放假安排的通知（2023-02-14），中国西藏网转载 http://tibet.cn/cn/news/zx/202302/t20230215_7360466.html ；为拉萨市通知，日喀则市通知未查到，请核对'],
  ['2023-02-20', '2023-02-26', 'regionalHoliday', '拉萨市人民政府办公室关于2023年藏历新年放假安排的通知（2023-02-14），中国西藏网转载 http://tibet.cn/cn/news/zx/202302/t20230215_7360466.html ；为拉萨市通知，日喀则市通知未查到，请核对'],
  ['2025-02-27', '2025-03-04', 'regionalHoliday', '中新网 2025-02-24《2025年西藏各市地藏历新年放假安排出炉 共休6天》：各市地统一2月27日至3月4日放假，不调休；转载 https://www.cnenergynews.cn/article/4OAHsP4lTLi'],
  ['2026-02-24', '2026-02-26', 'regionalHoliday', '中新社拉萨 2026-01-28 电《西藏公布2026年春节、藏历新年放假12天》，据拉萨市人民政府办公室通知：2月15日至26日放假调休，2月14日、28日上班；日喀则市通知未查到，请核对'],
];

/** Every date from `from` to `to`, both included (calendar dates, no time zone involved). */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

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
  for (const [from, to, type, source] of SHIPPED_REGIONAL_DAYS) {
    for (const date of datesFrom(from, to)) {
      await sql`
        INSERT OR IGNORE INTO regional_days (port_id, date, type, name, source, shipped, created_at, created_by, updated_at, updated_by)
        VALUES (${null}, ${date}, ${type}, '藏历新年', ${source}, 1, ${now}, '系统预置', ${now}, '系统预置')`.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE port_calendar_settings`.execute(db);
  await sql`DROP TABLE duty_exceptions`.execute(db);
  await sql`DROP TABLE duty_rules`.execute(db);
  await sql`DROP TABLE regional_days`.execute(db);
  await sql`DROP TABLE calendar_revision`.execute(db);
}
