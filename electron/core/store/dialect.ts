import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Where the day figures are read from, and every difference between SQLite and PostgreSQL that the
 * figures' queries meet, in one place. The queries themselves (services/dashboard/aggregateDays.ts,
 * the 5+2 report, the briefing's closed days) are written once against a `daily_records` table with
 * `port_id`: the office store's own table, or on the central database the view of migration
 * 0002_central_serve over its `days`.
 */
export type SqlDialectName = 'sqlite' | 'postgres';

export interface DayFigureSource {
  // Kysely<any>: the office store's schema and the central view share the columns the queries read.
  db: Kysely<any>;
  dialect: SqlDialectName;
  /**
   * Whether the store has the declarations (TRS) a day's clearance time is derived from. Only office
   * stores do; the central database holds the figure each office synced.
   */
  derivedClearance: boolean;
}

/** `port_id` is one of `ids`: SQLite takes the list as JSON, PostgreSQL as an integer array. */
export function portIdIn(dialect: SqlDialectName, ids: readonly number[], column = 'port_id'): RawBuilder<unknown> {
  const col = sql.raw(column);
  return dialect === 'sqlite' ? sql`${col} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))` : sql`${col} = ANY(${[...ids]}::int[])`;
}

/** The first day of a date's week (ISO, Monday first) and quarter, on an ISO date text column. */
const WEEK_START: Record<SqlDialectName, string> = {
  sqlite: "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')",
  postgres: "to_char(date::date - (extract(isodow FROM date::date)::int - 1), 'YYYY-MM-DD')",
};
const QUARTER_MONTH: Record<SqlDialectName, string> = {
  sqlite: "printf('%02d', ((CAST(substr(date, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1)",
  postgres: "lpad((((substr(date, 6, 2)::int - 1) / 3) * 3 + 1)::text, 2, '0')",
};

/** The first day of a date's bucket, as SQL (texts cut the same way in both). */
export function bucketStartSql(dialect: SqlDialectName, by: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'whole'): string {
  switch (by) {
    case 'day':
      return 'date';
    case 'week':
      return WEEK_START[dialect];
    case 'month':
      return "substr(date, 1, 8) || '01'";
    case 'quarter':
      return `substr(date, 1, 5) || ${QUARTER_MONTH[dialect]} || '-01'`;
    case 'year':
      return "substr(date, 1, 5) || '01-01'";
    case 'whole':
      return "'whole'";
  }
}

/** A sum that is 0, not NULL, over no values (SQLite's TOTAL). */
export function totalSql(dialect: SqlDialectName, expr: string): string {
  return dialect === 'sqlite' ? `TOTAL(${expr})` : `COALESCE(SUM(${expr}), 0)`;
}

/**
 * A count or sum as a number. SQLite gives numbers; PostgreSQL's BIGINT and NUMERIC arrive through
 * the central connection's parsers as exact integers (central/centralDatabase.ts), or as text where
 * a connection has none, which is read here and refused if it is not exact.
 */
export function readNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const n = Number(value);
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))) throw new Error(`数值超出可精确表示的范围：${String(value)}`);
  return n;
}
