import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import { appendAuditEntry, systemWho } from '../audit/auditLog';
import type { CentralDatabase } from './centralSchema';
import type { OfficeDocument } from './officeDocuments';
import type { SyncReport } from './syncReport';

/** Where each kind of calendar document lives in the office store (officeDocuments sends them from there). */
const TABLES: Partial<Record<OfficeDocument['kind'], string>> = {
  regionalDay: 'regional_days',
  dutyRule: 'duty_rules',
  dutyException: 'duty_exceptions',
  portCalendar: 'port_calendar_settings',
};

interface PulledPort {
  port_id: number;
  code: string;
  office: string;
  calendar_hash: string | null;
}

interface CalendarDocument {
  kind: string;
  key: string;
  hash: string;
  row: Record<string, unknown>;
}

/** One hash over a port's documents: equal when none was added, changed or removed; null for none (as before any pull). */
function hashOf(docs: readonly CalendarDocument[]): string | null {
  if (docs.length === 0) return null;
  return crypto.createHash('sha256').update(JSON.stringify(docs.map((d) => [d.kind, d.key, d.hash]))).digest('hex');
}

/**
 * Brings the calendar of every pulled port home, read-only (the calendar handlers refuse a pulled
 * port, refusePulledPortCalendar): the regional days, duty rules and exceptions and "5+2" start its
 * own office entered, so its days are typed as that office types them. A port's entries are replaced
 * whole when their hash changed, in one transaction with the new hash and an audit entry, so a killed
 * run leaves the old entries and the next run pulls again. Entries for all ports ("*") of another
 * office are not pulled: they would change this office's own calendar.
 */
export async function pullCalendars(store: Store, central: Kysely<CentralDatabase>, office: string, now: string, report: SyncReport): Promise<void> {
  const { sqlite } = store;
  const ports = sqlite.prepare('SELECT c.port_id, p.code, c.office, c.calendar_hash FROM central_ports c JOIN ports p ON p.id = c.port_id ORDER BY p.code').all() as PulledPort[];
  if (ports.length === 0) return;
  const server = await central
    .selectFrom('office_documents')
    .select(['office', 'kind', 'key', 'body', 'hash'])
    .where('office', '<>', office)
    .where('kind', 'in', Object.keys(TABLES))
    .orderBy('kind')
    .orderBy('key')
    .execute();
  const byPort = new Map<string, CalendarDocument[]>(ports.map((p) => [p.code, []]));
  const ownerOf = new Map(ports.map((p) => [p.code, p.office]));
  for (const d of server) {
    const row = JSON.parse(d.body) as Record<string, unknown>;
    const code = row.port_code as string | null;
    if (code === null || ownerOf.get(code) !== d.office) continue;
    byPort.get(code)!.push({ kind: d.kind, key: d.key, hash: d.hash, row });
  }
  const changed = ports.map((p) => ({ port: p, docs: byPort.get(p.code)!, hash: hashOf(byPort.get(p.code)!) })).filter((c) => c.hash !== c.port.calendar_hash);
  if (changed.length === 0) return;

  const columnsOf = new Map(
    Object.values(TABLES).map((t) => [t, (sqlite.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id' && c !== 'port_id')]),
  );
  sqlite.transaction(() => {
    for (const { port, docs, hash } of changed) {
      for (const table of Object.values(TABLES)) sqlite.prepare(`DELETE FROM ${table} WHERE port_id = ?`).run(port.port_id);
      for (const d of docs) {
        const table = TABLES[d.kind as OfficeDocument['kind']]!;
        const columns = columnsOf.get(table)!.filter((c) => c in d.row);
        sqlite
          .prepare(`INSERT INTO ${table} (port_id, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`)
          .run(port.port_id, ...columns.map((c) => d.row[c] as string | number | null));
      }
      sqlite.prepare('UPDATE central_ports SET calendar_hash = ? WHERE port_id = ?').run(hash, port.port_id);
    }
    // Counted, not listed row by row: other offices' entries, already in their own audit.
    appendAuditEntry(sqlite, {
      at: now,
      ...systemWho('中心数据库同步'),
      host: 'cli',
      action: 'central.pullCalendars',
      input: { ports: changed.map((c) => c.port.code) },
      changes: {
        rows: [],
        counts: { calendar_entries: { insert: changed.reduce((n, c) => n + c.docs.length, 0), update: 0, delete: 0 } },
        truncated: true,
        notes: [`从中心数据库取回 ${changed.map((c) => c.port.code).join('、')} 的日历设置（只读）`],
      },
    });
  })();
  report.pulledCalendars += changed.length;
}
