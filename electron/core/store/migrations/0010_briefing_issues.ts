import { sql, type Kysely } from 'kysely';

/**
 * A briefing as an issued 简报: the letterhead an administrator sets (the publication's name, the
 * issuing body, 报送 and 抄送, the next issue number) and the register of issued briefings, so
 * that "第 N 期" continues from one briefing to the next and an issued period keeps its number.
 * Frozen: once landed this file never changes; a later change is a new migration.
 *
 * The letterhead is one row (id 1). Issue numbers count within the year of issue, as 简报 are
 * numbered; one period (port or all ports, kind and dates, as in briefing_remarks) is issued once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const date = (name: string) => sql.raw(`${name} TEXT NOT NULL CHECK (${name} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`);
  await sql`
    CREATE TABLE briefing_letterhead (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      publication TEXT NOT NULL CHECK (length(publication) BETWEEN 1 AND 30),
      issuing_body TEXT NOT NULL CHECK (length(issuing_body) BETWEEN 1 AND 60),
      report_to TEXT NOT NULL CHECK (length(report_to) <= 200),
      copy_to TEXT NOT NULL CHECK (length(copy_to) <= 200),
      next_number INTEGER NOT NULL CHECK (next_number BETWEEN 1 AND 9999),
      next_number_year INTEGER NOT NULL CHECK (next_number_year BETWEEN 2000 AND 2999),
      updated_at TEXT,
      updated_by TEXT
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO briefing_letterhead (id, publication, issuing_body, report_to, copy_to, next_number, next_number_year)
    VALUES (1, '口岸通关工作简报', '聂拉木县口岸管理委员会办公室', '', '', 1, CAST(strftime('%Y', 'now', '+8 hours') AS INTEGER))`.execute(db);
  await sql`
    CREATE TABLE briefing_issues (
      id INTEGER PRIMARY KEY,
      port_id INTEGER REFERENCES ports(id) ON DELETE RESTRICT,
      period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year', 'ytd', 'range')),
      ${date('period_from')},
      ${date('period_to')},
      issue_year INTEGER NOT NULL CHECK (issue_year BETWEEN 2000 AND 2999),
      issue_number INTEGER NOT NULL CHECK (issue_number BETWEEN 1 AND 9999),
      ${date('issued_on')},
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      CHECK (period_from <= period_to),
      CHECK (CAST(substr(issued_on, 1, 4) AS INTEGER) = issue_year),
      UNIQUE (issue_year, issue_number)
    ) STRICT`.execute(db);
  await sql`
    CREATE UNIQUE INDEX briefing_issues_scope
      ON briefing_issues (ifnull(port_id, 0), period_kind, period_from, period_to)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE briefing_issues`.execute(db);
  await sql`DROP TABLE briefing_letterhead`.execute(db);
}
