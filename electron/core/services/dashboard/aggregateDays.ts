import type BetterSqlite3 from 'better-sqlite3';
import { NUMERIC_FIELDS, TEXT_FIELD_KEYS, type NumericFieldKey } from '../../../../shared/domain/dailyFields';
import { ADDITIVE_FIELD_KEYS, AVERAGED_FIELD_KEYS } from '../../../../shared/domain/kpi';
import { emptyAggregate, type Aggregate } from '../../../../shared/domain/metrics';
import type { Granularity } from '../../../../shared/domain/periods';
import { CLEARANCE_VALUE_SQL } from '../trs/derivedClearance';

/**
 * Sums of daily records per port and per bucket of days, computed by SQLite (GROUP BY over the
 * (port_id, date) index), so a ten-year trend reads a few hundred rows instead of 10,000 days.
 *
 * The numbers are those of kpi.periodTotals on the same days (a test holds the two together):
 * blank records are left out entirely, sums of an all-blank column stay NULL, averaged fields keep
 * their sum and count so that means across ports and buckets are means over days.
 */

/** 'whole' puts every day of the span in one bucket. */
export type BucketBy = Granularity | 'whole';

export interface AggregateRow {
  portId: number;
  /** first day of the bucket as the calendar cuts it (a Monday, a 1st …; 'whole' for a whole span) */
  bucketStart: string;
  agg: Aggregate;
}

/** The first day of a date's bucket, as SQL. Weeks are ISO weeks (Monday first). */
const BUCKET_START_SQL: Record<BucketBy, string> = {
  day: 'date',
  week: "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')",
  month: "substr(date, 1, 8) || '01'",
  quarter: "substr(date, 1, 5) || printf('%02d', ((CAST(substr(date, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'",
  year: "substr(date, 1, 5) || '01-01'",
  whole: "'whole'",
};

/** What a day's figure is read as: its column, or for clearance times the figure derived from declarations where there are any. */
const COLUMN_OF = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, CLEARANCE_VALUE_SQL[f.key] ?? f.column])) as Record<string, string>;

const TEXT_COLUMN_OF: Record<(typeof TEXT_FIELD_KEYS)[number], string> = { portOpen: 'port_open', closureReason: 'closure_reason', note: 'note' };

/** Every value column, from the field registry: a row with all of them NULL is a blank day. */
const VALUE_COLUMNS = [...NUMERIC_FIELDS.map((f) => f.column), ...TEXT_FIELD_KEYS.map((k) => TEXT_COLUMN_OF[k])];

/**
 * `spans`: also says for each row whether its days are on or after `currentFrom` and on or before
 * `lastYearTo` (a bucket at either edge comes in two rows, one either side). `fields`: only these
 * fields are summed and counted (a trend of five figures needs a third of them); null: all.
 */
function selectSql(by: BucketBy, spans: boolean, fields: ReadonlySet<NumericFieldKey> | null): string {
  const wanted = (k: NumericFieldKey) => fields === null || fields.has(k);
  const sums = ADDITIVE_FIELD_KEYS.filter(wanted).map((k) => `SUM(${COLUMN_OF[k]}) AS "s:${k}"`);
  const averaged = AVERAGED_FIELD_KEYS.filter(wanted).map((k) => `TOTAL(${COLUMN_OF[k]}) AS "t:${k}"`);
  const counts = NUMERIC_FIELDS.filter((f) => wanted(f.key)).map((f) => `COUNT(${COLUMN_OF[f.key]}) AS "n:${f.key}"`);
  return `
    SELECT port_id AS portId, ${BUCKET_START_SQL[by]} AS bucketStart,${spans ? '\n      date >= :currentFrom AS inCurrent, date <= :lastYearTo AS inLastYear,' : ''}
      COUNT(*) AS recordedDays,
      COUNT(CASE WHEN port_open = 1 THEN 1 END) AS openDays,
      COUNT(CASE WHEN port_open = 0 THEN 1 END) AS closedDays,
      COUNT(CASE WHEN port_open IS NULL THEN 1 END) AS openUnknownDays${[...sums, ...averaged, ...counts].map((c) => `,\n      ${c}`).join('')}
    FROM daily_records
    WHERE port_id IN (SELECT value FROM json_each(:portIds))
      AND date BETWEEN :from AND :to
      AND NOT (${VALUE_COLUMNS.map((c) => `${c} IS NULL`).join(' AND ')})
    GROUP BY port_id, bucketStart${spans ? ', inCurrent, inLastYear' : ''}`;
}

type RawRow = Record<string, number | string | null> & { portId: number; bucketStart: string };

/** The row's sums as an Aggregate; fields not read stay empty (no sum, no day reported). */
function toAggregate(raw: RawRow): Aggregate {
  const agg = emptyAggregate();
  agg.recordedDays = raw.recordedDays as number;
  agg.openDays = raw.openDays as number;
  agg.closedDays = raw.closedDays as number;
  agg.openUnknownDays = raw.openUnknownDays as number;
  for (const k of ADDITIVE_FIELD_KEYS) if (`s:${k}` in raw) agg.sums[k] = raw[`s:${k}`] as number | null;
  for (const k of AVERAGED_FIELD_KEYS) if (`t:${k}` in raw) agg.averagedSums[k] = raw[`t:${k}`] as number;
  for (const f of NUMERIC_FIELDS) if (`n:${f.key}` in raw) agg.reportedDays[f.key] = raw[`n:${f.key}`] as number;
  return agg;
}

// Prepared once per connection, bucket size and kind: the same few statements serve every request.
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function statementFor(sqlite: BetterSqlite3.Database, by: BucketBy, spans: boolean, fields: readonly NumericFieldKey[] | undefined): BetterSqlite3.Statement {
  let perDb = statements.get(sqlite);
  if (!perDb) statements.set(sqlite, (perDb = new Map()));
  const wanted = fields ? new Set(fields) : null;
  const key = `${by}|${spans}|${wanted ? [...wanted].sort().join(',') : '*'}`;
  let stmt = perDb.get(key);
  if (!stmt) perDb.set(key, (stmt = sqlite.prepare(selectSql(by, spans, wanted))));
  return stmt;
}

/**
 * The sums of `portIds`' records from `from` to `to` (both included), per port and bucket; of
 * `fields` only, when given (the days recorded, open and closed are always counted).
 */
export function aggregateDays(
  sqlite: BetterSqlite3.Database,
  args: { portIds: readonly number[]; from: string; to: string; by: BucketBy; fields?: readonly NumericFieldKey[] },
): AggregateRow[] {
  const rows = statementFor(sqlite, args.by, false, args.fields).all({ portIds: JSON.stringify(args.portIds), from: args.from, to: args.to }) as RawRow[];
  return rows.map((r) => ({ portId: r.portId, bucketStart: r.bucketStart, agg: toAggregate(r) }));
}

/**
 * The sums of two overlapping spans in one pass over their days (a trend of several years and the
 * same years a year earlier share all but one year): `lastYear.from`–`current.to` is read once, and
 * each row says which of the two spans its days belong to (both, in the shared years).
 */
export function aggregateDaysOfTwoSpans(
  sqlite: BetterSqlite3.Database,
  args: { portIds: readonly number[]; current: { from: string; to: string }; lastYear: { from: string; to: string }; by: BucketBy; fields?: readonly NumericFieldKey[] },
): (AggregateRow & { inCurrent: boolean; inLastYear: boolean })[] {
  const rows = statementFor(sqlite, args.by, true, args.fields).all({
    portIds: JSON.stringify(args.portIds),
    from: args.lastYear.from,
    to: args.current.to,
    currentFrom: args.current.from,
    lastYearTo: args.lastYear.to,
  }) as (RawRow & { inCurrent: number; inLastYear: number })[];
  return rows.map((r) => ({ portId: r.portId, bucketStart: r.bucketStart, agg: toAggregate(r), inCurrent: r.inCurrent === 1, inLastYear: r.inLastYear === 1 }));
}

/** Dates with a closed record, with why, for closure markers. */
export function closedDates(
  sqlite: BetterSqlite3.Database,
  args: { portIds: readonly number[]; from: string; to: string },
): { portId: number; date: string; reason: string | null }[] {
  return sqlite
    .prepare(
      `SELECT port_id AS portId, date, closure_reason AS reason FROM daily_records
       WHERE port_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ? AND port_open = 0
       ORDER BY date, port_id`,
    )
    .all(JSON.stringify(args.portIds), args.from, args.to) as { portId: number; date: string; reason: string | null }[];
}

/** Dates the port was recorded open, for counting open rest days against the day-type calendar. */
export function openDates(
  sqlite: BetterSqlite3.Database,
  args: { portIds: readonly number[]; from: string; to: string },
): { portId: number; date: string }[] {
  return sqlite
    .prepare(
      `SELECT port_id AS portId, date FROM daily_records
       WHERE port_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ? AND port_open = 1`,
    )
    .all(JSON.stringify(args.portIds), args.from, args.to) as { portId: number; date: string }[];
}

/**
 * The latest date from–to with a (non-blank) record at any of the ports, or null: where a running
 * period's compared days end (shared/domain/comparedPeriods.ts).
 */
export function lastRecordedDay(sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }): string | null {
  const row = sqlite
    .prepare(
      `SELECT MAX(date) AS last FROM daily_records
       WHERE port_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?
         AND NOT (${VALUE_COLUMNS.map((c) => `${c} IS NULL`).join(' AND ')})`,
    )
    .get(JSON.stringify(args.portIds), args.from, args.to) as { last: string | null } | undefined;
  return row?.last ?? null;
}
