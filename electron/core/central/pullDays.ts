import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import { appendAuditEntry, systemWho } from '../audit/auditLog';
import type { CentralDatabase } from './centralSchema';
import { DAY_COLUMNS, type DayColumns, type RevisionColumns } from './dayHistory';
import type { SyncReport } from './syncReport';
import { pulledTally, sameTally, type DayTally } from './dayTallies';

export interface ForeignPort {
  code: string;
  name: string;
  office: string;
}

interface Pulled {
  port: ForeignPort;
  days: DayColumns[];
  revisions: (RevisionColumns & { date: string })[];
}

/**
 * Brings another office's port into the office store, read-only (central_ports; the day writer
 * refuses it): its days newer than the local copy, with their revisions. A local port of the same
 * code that holds figures of this office's own is not touched: that is a conflict the caller reports.
 */
async function fetchNewer(store: Store, central: Kysely<CentralDatabase>, port: ForeignPort, report: SyncReport): Promise<Pulled> {
  const localRevisions = new Map<string, number>();
  const local = store.sqlite
    .prepare('SELECT d.date, d.revision FROM daily_records d JOIN ports p ON p.id = d.port_id WHERE p.code = ?')
    .all(port.code) as { date: string; revision: number }[];
  for (const r of local) localRevisions.set(r.date, r.revision);
  const days = (await central
    .selectFrom('days')
    .select(['date', ...DAY_COLUMNS])
    .where('port_code', '=', port.code)
    .orderBy('date')
    .execute()) as DayColumns[];
  report.compared.otherDays += days.length;
  const newer = days.filter((d) => d.revision > (localRevisions.get(d.date) ?? 0));
  if (newer.length === 0) return { port, days: [], revisions: [] };
  const wanted = new Set(newer.map((d) => d.date));
  const revisions = (
    await central
      .selectFrom('day_revisions')
      .select(['date', 'revision', 'changed_at', 'changed_by', 'source', 'changes'])
      .where('port_code', '=', port.code)
      .orderBy('date')
      .orderBy('revision')
      .execute()
  ).filter((r) => wanted.has(r.date) && r.revision > (localRevisions.get(r.date) ?? 0));
  return { port, days: newer, revisions };
}

/** Writes what was fetched in one SQLite transaction per port, with its audit entry. */
function writePulled(store: Store, pulled: Pulled, now: string): void {
  const { sqlite } = store;
  const { port } = pulled;
  sqlite.transaction(() => {
    sqlite.prepare('INSERT INTO ports (code, name, created_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING').run(port.code, port.name, now);
    const portId = (sqlite.prepare('SELECT id FROM ports WHERE code = ?').get(port.code) as { id: number }).id;
    sqlite
      .prepare('INSERT INTO central_ports (port_id, office, pulled_at) VALUES (?, ?, ?) ON CONFLICT (port_id) DO UPDATE SET office = excluded.office, pulled_at = excluded.pulled_at')
      .run(portId, port.office, now);
    const columns = ['port_id', 'date', ...DAY_COLUMNS];
    const upsert = sqlite.prepare(
      `INSERT INTO daily_records (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (port_id, date) DO UPDATE SET ${DAY_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
    for (const d of pulled.days) upsert.run(portId, d.date, ...DAY_COLUMNS.map((c) => d[c]));
    const recordId = sqlite.prepare('SELECT id FROM daily_records WHERE port_id = ? AND date = ?');
    const insertRevision = sqlite.prepare(
      'INSERT INTO daily_record_revisions (record_id, revision, changed_at, changed_by, source, changes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_id, revision) DO NOTHING',
    );
    for (const r of pulled.revisions) {
      const { id } = recordId.get(portId, r.date) as { id: number };
      insertRevision.run(id, r.revision, r.changed_at, r.changed_by, r.source, r.changes);
    }
    // Counted, not listed row by row: these are another office's figures, already in its own audit.
    appendAuditEntry(sqlite, {
      at: now,
      ...systemWho('中心数据库同步'),
      host: 'cli',
      action: 'central.pull',
      input: { port: port.code, office: port.office },
      changes: {
        rows: [],
        counts: { daily_records: { insert: pulled.days.length, update: 0, delete: 0 }, daily_record_revisions: { insert: pulled.revisions.length, update: 0, delete: 0 } },
        truncated: true,
        notes: [`从中心数据库取回 ${port.name}（${port.office} 录入，只读）的 ${pulled.days.length} 天数据`],
      },
    });
  })();
}

/**
 * Pulls one other office's port when the server's tally of it differs from the local copy's: a port
 * nobody wrote to since the last pull costs no read of its days.
 */
export async function pullPortDays(
  store: Store,
  central: Kysely<CentralDatabase>,
  port: ForeignPort,
  serverTally: DayTally | undefined,
  now: string,
  report: SyncReport,
): Promise<Pulled | null> {
  const isNew = !store.sqlite.prepare('SELECT 1 FROM central_ports c JOIN ports p ON p.id = c.port_id WHERE p.code = ?').get(port.code);
  if (!isNew && sameTally(serverTally, pulledTally(store, port.code))) return null;
  const pulled = await fetchNewer(store, central, port, report);
  if (pulled.days.length === 0 && !isNew) return null;
  writePulled(store, pulled, now);
  report.pulled.ports++;
  report.pulled.days += pulled.days.length;
  report.pulled.revisions += pulled.revisions.length;
  return pulled;
}
