import type BetterSqlite3 from 'better-sqlite3';

/**
 * Dated events drawn on the trend charts. Today the only kind is a clearance measure's start date
 * from the measures register (migration 0004): read here, never written, for the measures that
 * apply to one of the chosen ports and have actually started (a 计划中 measure's date is a plan,
 * not an event). A further kind of marker is one more function in MARKER_SOURCES.
 */
export interface DatedMarker {
  date: string;
  kind: 'measure';
  label: string;
}

export type MarkerSource = (sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }) => DatedMarker[];

export const measureStartMarkers: MarkerSource = (sqlite, { portIds, from, to }) => {
  const rows = sqlite
    .prepare(
      `SELECT m.start_date AS date, m.code, m.title FROM measures m
       WHERE m.start_date BETWEEN ? AND ? AND m.status <> 'planned'
         AND EXISTS (SELECT 1 FROM measure_ports mp WHERE mp.measure_id = m.id AND mp.port_id IN (SELECT value FROM json_each(?)))
       ORDER BY m.start_date, m.code`,
    )
    .all(from, to, JSON.stringify(portIds)) as { date: string; code: string; title: string }[];
  return rows.map((r) => ({ date: r.date, kind: 'measure', label: `${r.code} ${r.title}` }));
};

export const MARKER_SOURCES: readonly MarkerSource[] = [measureStartMarkers];

export function datedMarkers(sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }): DatedMarker[] {
  return MARKER_SOURCES.flatMap((source) => source(sqlite, args)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
