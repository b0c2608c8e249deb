import { sql, type Kysely } from 'kysely';

/**
 * Declarations of the Time Release Study: one row per 报关单 with its stamps (Beijing wall-clock
 * minutes since 1970-01-01) and the stage durations worked out from them at import by
 * shared/domain/trs/stages.ts, so that summaries and the daily derived 整体通关时间 are plain reads.
 * No names of people or firms are kept. Frozen: once landed this file never changes.
 *
 * declared_date is the Beijing date of 申报: the day a declaration counts for.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const minutes = (name: string) => sql.raw(`${name} INTEGER CHECK (${name} IS NULL OR ${name} >= 0)`);
  await sql`
    CREATE TABLE trs_declarations (
      id INTEGER PRIMARY KEY,
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE RESTRICT,
      declaration_no TEXT NOT NULL CHECK (length(declaration_no) BETWEEN 1 AND 40),
      direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
      inspected INTEGER NOT NULL CHECK (inspected IN (0, 1)),
      arrival_at INTEGER,
      declared_at INTEGER NOT NULL,
      inspection_start_at INTEGER,
      inspection_end_at INTEGER,
      released_at INTEGER,
      exit_at INTEGER,
      declared_date TEXT NOT NULL CHECK (declared_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      ${minutes('arrival_to_declaration_min')},
      ${minutes('declaration_to_release_min')},
      ${minutes('inspection_min')},
      ${minutes('release_to_exit_min')},
      ${minutes('whole_min')},
      is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL,
      UNIQUE (port_id, declaration_no)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX trs_declarations_port_date ON trs_declarations (port_id, declared_date)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE trs_declarations`.execute(db);
}
