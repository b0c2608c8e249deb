import { sql, type RawBuilder } from 'kysely';
import { NUMERIC_FIELDS, TEXT_FIELD_KEYS, type NumericFieldKey } from '../../../../shared/domain/dailyFields';
import { ADDITIVE_FIELD_KEYS, AVERAGED_FIELD_KEYS } from '../../../../shared/domain/kpi';
import { emptyAggregate, type Aggregate } from '../../../../shared/domain/metrics';
import type { Granularity } from '../../../../shared/domain/periods';
import { bucketStartSql, portIdIn, readNumber, totalSql, type DayFigureSource } from '../../store/dialect';
import { CLEARANCE_VALUE_SQL } from '../trs/derivedClearance';

/**
 * Sums of daily records per port and per bucket of days, computed by the database (GROUP BY over the
 * (port_id, date) index), so a ten-year trend reads a few hundred rows instead of 10,000 days. The
 * same queries run on an office's SQLite store and on the central PostgreSQL database
 * (store/dialect.ts holds what differs).
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

/** What a day's figure is read as: its column, or for clearance times the figure derived from declarations where the store has them. */
function columnOf(source: DayFigureSource, key: NumericFieldKey): string {
  const column = NUMERIC_FIELDS.find((f) => f.key === key)!.column;
  return (source.derivedClearance ? CLEARANCE_VALUE_SQL[key] : undefined) ?? column;
}

const TEXT_COLUMN_OF: Record<(typeof TEXT_FIELD_KEYS)[number], string> = { portOpen: 'port_open', closureReason: 'closure_reason', note: 'note' };

/** Every value column, from the field registry: a row with all of them NULL is a blank day. */
const VALUE_COLUMNS = [...NUMERIC_FIELDS.map((f) => f.column), ...TEXT_FIELD_KEYS.map((k) => TEXT_COLUMN_OF[k])];
const NOT_BLANK = sql.raw(`NOT (${VALUE_COLUMNS.map((c) => `${c} IS NULL`).join(' AND ')})`);

interface Span {
  from: string;
  to: string;
}

/**
 * `spans`: also says for each row whether its days are on or after `current.from` and on or before
 * `lastYear.to` (a bucket at either edge comes in two rows, one either side). `fields`: only these
 * fields are summed and counted (a trend of five figures needs a third of them); null: all.
 */
function selectQuery(
  source: DayFigureSource,
  args: { portIds: readonly number[]; from: string; to: string; by: BucketBy; spans: { current: Span; lastYear: Span } | null; fields: ReadonlySet<NumericFieldKey> | null },
): RawBuilder<RawRow> {
  const { dialect } = source;
  const wanted = (k: NumericFieldKey) => args.fields === null || args.fields.has(k);
  const sums = ADDITIVE_FIELD_KEYS.filter(wanted).map((k) => `SUM(${columnOf(source, k)}) AS "s:${k}"`);
  const averaged = AVERAGED_FIELD_KEYS.filter(wanted).map((k) => `${totalSql(dialect, columnOf(source, k))} AS "t:${k}"`);
  const counts = NUMERIC_FIELDS.filter((f) => wanted(f.key)).map((f) => `COUNT(${columnOf(source, f.key)}) AS "n:${f.key}"`);
  const bucket = bucketStartSql(dialect, args.by);
  // 0/1 rather than a comparison's own type (an integer in SQLite, a boolean in PostgreSQL).
  const inCurrent = args.spans && sql`CASE WHEN date >= ${args.spans.current.from} THEN 1 ELSE 0 END`;
  const inLastYear = args.spans && sql`CASE WHEN date <= ${args.spans.lastYear.to} THEN 1 ELSE 0 END`;
  // Grouped by the columns' positions, which both dialects take: PostgreSQL neither matches a SELECT
  // expression holding parameters with its copy in GROUP BY nor groups by a constant ('whole').
  const groupBy = ['1', ...(args.by === 'whole' ? [] : ['2']), ...(inCurrent && inLastYear ? ['3', '4'] : [])];
  return sql<RawRow>`
    SELECT port_id AS "portId", ${sql.raw(bucket)} AS "bucketStart",${inCurrent && inLastYear ? sql` ${inCurrent} AS "inCurrent", ${inLastYear} AS "inLastYear",` : sql``}
      COUNT(*) AS "recordedDays",
      COUNT(CASE WHEN port_open = 1 THEN 1 END) AS "openDays",
      COUNT(CASE WHEN port_open = 0 THEN 1 END) AS "closedDays",
      COUNT(CASE WHEN port_open IS NULL THEN 1 END) AS "openUnknownDays"${sql.raw([...sums, ...averaged, ...counts].map((c) => `,\n      ${c}`).join(''))}
    FROM daily_records
    WHERE ${portIdIn(dialect, args.portIds)}
      AND date BETWEEN ${args.from} AND ${args.to}
      AND ${NOT_BLANK}
    GROUP BY ${sql.raw(groupBy.join(', '))}`;
}

type RawRow = Record<string, unknown> & { portId: number; bucketStart: string };

/** The row's sums as an Aggregate; fields not read stay empty (no sum, no day reported). */
function toAggregate(raw: RawRow): Aggregate {
  const agg = emptyAggregate();
  agg.recordedDays = readNumber(raw.recordedDays)!;
  agg.openDays = readNumber(raw.openDays)!;
  agg.closedDays = readNumber(raw.closedDays)!;
  agg.openUnknownDays = readNumber(raw.openUnknownDays)!;
  for (const k of ADDITIVE_FIELD_KEYS) if (`s:${k}` in raw) agg.sums[k] = readNumber(raw[`s:${k}`]);
  for (const k of AVERAGED_FIELD_KEYS) if (`t:${k}` in raw) agg.averagedSums[k] = readNumber(raw[`t:${k}`])!;
  for (const f of NUMERIC_FIELDS) if (`n:${f.key}` in raw) agg.reportedDays[f.key] = readNumber(raw[`n:${f.key}`])!;
  return agg;
}

/**
 * The sums of `portIds`' records from `from` to `to` (both included), per port and bucket; of
 * `fields` only, when given (the days recorded, open and closed are always counted).
 */
export async function aggregateDays(
  source: DayFigureSource,
  args: { portIds: readonly number[]; from: string; to: string; by: BucketBy; fields?: readonly NumericFieldKey[] },
): Promise<AggregateRow[]> {
  const query = selectQuery(source, { ...args, spans: null, fields: args.fields ? new Set(args.fields) : null });
  const { rows } = await query.execute(source.db);
  return rows.map((r) => ({ portId: readNumber(r.portId)!, bucketStart: r.bucketStart, agg: toAggregate(r) }));
}

/**
 * The sums of two overlapping spans in one pass over their days (a trend of several years and the
 * same years a year earlier share all but one year): `lastYear.from`–`current.to` is read once, and
 * each row says which of the two spans its days belong to (both, in the shared years).
 */
export async function aggregateDaysOfTwoSpans(
  source: DayFigureSource,
  args: { portIds: readonly number[]; current: Span; lastYear: Span; by: BucketBy; fields?: readonly NumericFieldKey[] },
): Promise<(AggregateRow & { inCurrent: boolean; inLastYear: boolean })[]> {
  const query = selectQuery(source, {
    portIds: args.portIds,
    from: args.lastYear.from,
    to: args.current.to,
    by: args.by,
    spans: { current: args.current, lastYear: args.lastYear },
    fields: args.fields ? new Set(args.fields) : null,
  });
  const { rows } = await query.execute(source.db);
  return rows.map((r) => ({
    portId: readNumber(r.portId)!,
    bucketStart: r.bucketStart,
    agg: toAggregate(r),
    inCurrent: readNumber(r.inCurrent) === 1,
    inLastYear: readNumber(r.inLastYear) === 1,
  }));
}

/** Dates with a closed record, with why, for closure markers. */
export async function closedDates(source: DayFigureSource, args: { portIds: readonly number[]; from: string; to: string }): Promise<{ portId: number; date: string; reason: string | null }[]> {
  const { rows } = await sql<{ portId: number; date: string; reason: string | null }>`
    SELECT port_id AS "portId", date, closure_reason AS reason FROM daily_records
    WHERE ${portIdIn(source.dialect, args.portIds)} AND date BETWEEN ${args.from} AND ${args.to} AND port_open = 0
    ORDER BY date, port_id`.execute(source.db);
  return rows.map((r) => ({ ...r, portId: readNumber(r.portId)! }));
}

/** Dates the port was recorded open, for counting open rest days against the day-type calendar. */
export async function openDates(source: DayFigureSource, args: { portIds: readonly number[]; from: string; to: string }): Promise<{ portId: number; date: string }[]> {
  const { rows } = await sql<{ portId: number; date: string }>`
    SELECT port_id AS "portId", date FROM daily_records
    WHERE ${portIdIn(source.dialect, args.portIds)} AND date BETWEEN ${args.from} AND ${args.to} AND port_open = 1`.execute(source.db);
  return rows.map((r) => ({ ...r, portId: readNumber(r.portId)! }));
}

/**
 * The latest date from–to with a (non-blank) record at any of the ports, or null: where a running
 * period's compared days end (shared/domain/comparedPeriods.ts).
 */
export async function lastRecordedDay(source: DayFigureSource, args: { portIds: readonly number[]; from: string; to: string }): Promise<string | null> {
  const { rows } = await sql<{ last: string | null }>`
    SELECT MAX(date) AS last FROM daily_records
    WHERE ${portIdIn(source.dialect, args.portIds)} AND date BETWEEN ${args.from} AND ${args.to} AND ${NOT_BLANK}`.execute(source.db);
  return rows[0]?.last ?? null;
}

/**
 * The first and last recorded day of the ports and how many days are recorded. Blank records (a day
 * cleared back to nothing) do not count: they hold no figure to show.
 */
export async function recordedExtent(source: DayFigureSource, portIds: readonly number[]): Promise<{ first: string | null; last: string | null; recordedDays: number }> {
  const { rows } = await sql<{ first: string | null; last: string | null; recordedDays: unknown }>`
    SELECT min(date) AS first, max(date) AS last, count(*) AS "recordedDays" FROM daily_records
    WHERE ${portIdIn(source.dialect, portIds)} AND ${NOT_BLANK}`.execute(source.db);
  const row = rows[0];
  return { first: row?.first ?? null, last: row?.last ?? null, recordedDays: readNumber(row?.recordedDays) ?? 0 };
}
