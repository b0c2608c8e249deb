import type BetterSqlite3 from 'better-sqlite3';

/**
 * Dated events drawn on the trend charts. Today the only kind is a clearance measure's start date,
 * read from the measures register once it exists; a store without a `measures` table has no
 * markers. The register is the measures domain's: this reads whatever of its columns it finds
 * (a start date, a code, a title, a port) and never writes, so the two can change independently.
 * A further kind of marker is one more function in MARKER_SOURCES.
 */
export interface DatedMarker {
  date: string;
  kind: 'measure';
  label: string;
}

export type MarkerSource = (sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }) => DatedMarker[];

function columnsOf(sqlite: BetterSqlite3.Database, table: string): Set<string> {
  const rows = sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

const first = (cols: Set<string>, names: readonly string[]) => names.find((n) => cols.has(n)) ?? null;

/** Start dates of the measures in the register that fall in from–to (for the ports, when measures have one). */
export const measureStartMarkers: MarkerSource = (sqlite, { portIds, from, to }) => {
  const cols = columnsOf(sqlite, 'measures');
  if (cols.size === 0) return [];
  const start = first(cols, ['start_date', 'started_on', 'start_on']);
  const title = first(cols, ['title', 'name']);
  if (!start || !title) return [];
  const code = first(cols, ['code']);
  const port = first(cols, ['port_id']);
  const deleted = first(cols, ['deleted_at', 'archived_at']);
  const where = [`${start} BETWEEN ? AND ?`, `${start} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`];
  const params: unknown[] = [from, to];
  // A measure without a port is the whole port area's; one with a port shows on that port's charts.
  if (port) {
    where.push(`(${port} IS NULL OR ${port} IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(portIds));
  }
  if (deleted) where.push(`${deleted} IS NULL`);
  const rows = sqlite
    .prepare(`SELECT ${start} AS date, ${title} AS title${code ? `, ${code} AS code` : ''} FROM measures WHERE ${where.join(' AND ')} ORDER BY ${start}`)
    .all(...params) as { date: string; title: string; code?: string | null }[];
  return rows.map((r) => ({ date: r.date, kind: 'measure', label: r.code ? `${r.code} ${r.title}` : r.title }));
};

export const MARKER_SOURCES: readonly MarkerSource[] = [measureStartMarkers];

export function datedMarkers(sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }): DatedMarker[] {
  return MARKER_SOURCES.flatMap((source) => source(sqlite, args)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
