import { sql, type Kysely } from 'kysely';

/**
 * Declarations of the Time Release Study: one row per 报关单 with its stamps (Beijing wall-clock
 * minutes since 1970-01-01) and the stage durations worked out from them at import by
 * shared/domain/trs/stages.ts, so that summaries and the daily derived 整体通关时间 are plain reads.
 * No names of people or firms are kept. Frozen: once landed this file never changes.
 *
 * declared_date is the Beijing date of 申报: the day a declaration counts for.
 *
 * trs_daily keeps, per port, day and direction, the count and sum of the declarations' whole times,
 * kept by triggers on every insert, update and delete (an import, the demo, a removal alike): the
 * dashboard reads a day's derived 整体通关时间 with one key lookup instead of averaging its declarations.
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
  await sql`
    CREATE TABLE trs_daily (
      port_id INTEGER NOT NULL REFERENCES ports(id) ON DELETE RESTRICT,
      date TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
      declarations INTEGER NOT NULL CHECK (declarations >= 0),
      whole_count INTEGER NOT NULL CHECK (whole_count >= 0),
      whole_sum_min INTEGER NOT NULL CHECK (whole_sum_min >= 0),
      PRIMARY KEY (port_id, date, direction)
    ) STRICT`.execute(db);
  const add = (row: 'NEW' | 'OLD', sign: '+' | '-') => `
      UPDATE trs_daily SET declarations = declarations ${sign} 1,
        whole_count = whole_count ${sign} (${row}.whole_min IS NOT NULL),
        whole_sum_min = whole_sum_min ${sign} coalesce(${row}.whole_min, 0)
      WHERE port_id = ${row}.port_id AND date = ${row}.declared_date AND direction = ${row}.direction;`;
  const open = `
      INSERT OR IGNORE INTO trs_daily (port_id, date, direction, declarations, whole_count, whole_sum_min)
      VALUES (NEW.port_id, NEW.declared_date, NEW.direction, 0, 0, 0);`;
  const prune = `
      DELETE FROM trs_daily WHERE port_id = OLD.port_id AND date = OLD.declared_date AND direction = OLD.direction AND declarations = 0;`;
  await sql.raw(`CREATE TRIGGER trs_daily_insert AFTER INSERT ON trs_declarations BEGIN ${open} ${add('NEW', '+')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER trs_daily_delete AFTER DELETE ON trs_declarations BEGIN ${add('OLD', '-')} ${prune} END`).execute(db);
  await sql.raw(`CREATE TRIGGER trs_daily_update AFTER UPDATE ON trs_declarations BEGIN ${add('OLD', '-')} ${prune} ${open} ${add('NEW', '+')} END`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE trs_declarations`.execute(db);
  await sql`DROP TABLE trs_daily`.execute(db);
}
