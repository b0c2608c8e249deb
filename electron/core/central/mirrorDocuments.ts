import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { openStore } from '../store/openStore';
import type { CentralDatabase } from './centralSchema';
import type { OfficeDocument } from './officeDocuments';

type Row = Record<string, unknown>;

/** The synced documents with the office that sent them, oldest office first (a stable order for clashes). */
async function centralDocuments(central: Kysely<CentralDatabase>): Promise<{ office: string; title: string; kind: OfficeDocument['kind']; body: Row }[]> {
  const { rows } = await sql<{ office: string; title: string; kind: OfficeDocument['kind']; body: string }>`
    SELECT d.office, o.title, d.kind, d.body FROM office_documents d JOIN offices o ON o.name = d.office
    ORDER BY o.created_at, d.office, d.kind, d.key`.execute(central);
  return rows.map((r) => ({ ...r, body: JSON.parse(r.body) as Row }));
}

/** Inserts the document's fields that are columns of `table` (a document from a newer office program may carry more). */
function inserter(sqlite: BetterSqlite3.Database, table: string): (row: Row) => number {
  const columns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name));
  return (row) => {
    const keys = Object.keys(row).filter((k) => columns.has(k));
    const values = keys.map((k) => row[k]);
    const info = sqlite.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(...(values as never[]));
    return Number(info.lastInsertRowid);
  };
}

/**
 * Copies the measures and calendar entries the offices synced (office_documents) into the central
 * host's own folder, replacing what an earlier start copied, so the core's measure list, effect
 * analysis and day types (5+2) read them from the store as an office's core does, while the figures
 * themselves come from PostgreSQL. Each port gets the calendar its office gave it: an office's
 * region-wide entries (no port) become entries of the ports registered to that office, since another
 * office's calendar says nothing about them; a port's own entry for a date stands over them, as in the
 * office. Two offices may number measures alike: the later one's code gets its office's title.
 */
export async function mirrorCentralDocuments(central: Kysely<CentralDatabase>, dataDir: string): Promise<{ measures: number; calendarEntries: number }> {
  const docs = await centralDocuments(central);
  const { rows: ports } = await sql<{ id: number; code: string; office: string }>`SELECT id, code, office FROM ports`.execute(central);
  const portId = new Map(ports.map((p) => [p.code, p.id]));
  const officePorts = (office: string) => ports.filter((p) => p.office === office).map((p) => p.id);
  /** The document's row with its port code turned into the host's port number; null for a port not registered. */
  const withPort = (body: Row): Row | null => {
    const { port_code, ...rest } = body;
    if (port_code === null || port_code === undefined) return { ...rest, port_id: null };
    const id = portId.get(port_code as string);
    return id === undefined ? null : { ...rest, port_id: id };
  };

  const store = await openStore({ dataDir });
  try {
    const { sqlite } = store;
    let measures = 0;
    let calendarEntries = 0;
    sqlite.transaction(() => {
      sqlite.exec(`DELETE FROM measures; DELETE FROM regional_days WHERE shipped = 0; DELETE FROM duty_rules; DELETE FROM duty_exceptions; DELETE FROM port_calendar_settings;`);
      const insert = {
        measure: inserter(sqlite, 'measures'),
        measurePort: inserter(sqlite, 'measure_ports'),
        metric: inserter(sqlite, 'measure_metrics'),
        progress: inserter(sqlite, 'measure_progress'),
        regionalDay: inserter(sqlite, 'regional_days'),
        dutyRule: inserter(sqlite, 'duty_rules'),
        dutyException: inserter(sqlite, 'duty_exceptions'),
        portCalendar: inserter(sqlite, 'port_calendar_settings'),
      };
      const codeTaken = sqlite.prepare('SELECT 1 FROM measures WHERE code = ?');
      const portDayTaken = sqlite.prepare('SELECT 1 FROM regional_days WHERE port_id = ? AND date = ? AND shipped = 0');
      const regionWide: { office: string; body: Row }[] = [];

      for (const { office, title, kind, body } of docs) {
        if (kind === 'measure') {
          const { ports: codes, metrics, progress, ...row } = body as Row & { ports: string[]; metrics: Row[]; progress: Row[] };
          const code = codeTaken.get(row.code) ? `${String(row.code)}（${title}）` : row.code;
          const id = insert.measure({ ...row, code });
          for (const c of codes) if (portId.has(c)) insert.measurePort({ measure_id: id, port_id: portId.get(c) });
          for (const m of metrics) insert.metric({ ...m, measure_id: id });
          for (const p of progress) insert.progress({ ...p, measure_id: id });
          measures++;
          continue;
        }
        const row = withPort(body);
        if (row === null) continue;
        if (kind === 'regionalDay' && row.port_id === null) {
          regionWide.push({ office, body: row });
          continue;
        }
        insert[kind](row);
        calendarEntries++;
      }
      for (const { office, body } of regionWide) {
        for (const id of officePorts(office)) {
          if (portDayTaken.get(id, body.date)) continue;
          insert.regionalDay({ ...body, port_id: id });
          calendarEntries++;
        }
      }
    })();
    return { measures, calendarEntries };
  } finally {
    await store.close();
  }
}
