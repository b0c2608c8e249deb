import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import { appendAuditEntry, systemWho } from '../audit/auditLog';
import type { CentralDatabase } from './centralSchema';
import type { SyncReport } from './syncReport';

/** The measure's own columns as officeDocuments sends them (store migration 0004). */
const MEASURE_COLUMNS = ['code', 'title', 'category', 'description', 'lead_unit', 'partner_units', 'start_date', 'end_date', 'status', 'revision', 'created_at', 'created_by', 'updated_at', 'updated_by'] as const;
const METRIC_COLUMNS = ['metric', 'position', 'target_comparator', 'target_value'] as const;
const PROGRESS_COLUMNS = ['date', 'kind', 'from_status', 'to_status', 'note', 'recorded_at', 'recorded_by'] as const;

interface MeasureBody {
  ports: (string | null)[];
  metrics: Record<(typeof METRIC_COLUMNS)[number], unknown>[];
  progress: Record<(typeof PROGRESS_COLUMNS)[number], unknown>[];
  [column: string]: unknown;
}

interface ServerMeasure {
  office: string;
  key: string;
  body: string;
  hash: string;
}

interface LocalMeasure {
  id: number;
  code: string;
  /** null: the office's own measure */
  office: string | null;
  hash: string | null;
}

function insertMeasure(store: Store, m: ServerMeasure): void {
  const { sqlite } = store;
  const body = JSON.parse(m.body) as MeasureBody;
  const { lastInsertRowid } = sqlite
    .prepare(`INSERT INTO measures (${MEASURE_COLUMNS.join(', ')}, is_demo) VALUES (${MEASURE_COLUMNS.map(() => '?').join(', ')}, 0)`)
    .run(...MEASURE_COLUMNS.map((c) => body[c] ?? null));
  const id = Number(lastInsertRowid);
  // a port this store does not know (registered after its last pull of ports) is left out, not invented
  const portIds = sqlite.prepare('SELECT id FROM ports WHERE code = ?');
  const addPort = sqlite.prepare('INSERT INTO measure_ports (measure_id, port_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const code of body.ports) {
    const port = code === null ? undefined : (portIds.get(code) as { id: number } | undefined);
    if (port) addPort.run(id, port.id);
  }
  const addMetric = sqlite.prepare(`INSERT INTO measure_metrics (measure_id, ${METRIC_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
  for (const x of body.metrics) addMetric.run(id, ...METRIC_COLUMNS.map((c) => x[c] ?? null));
  const addProgress = sqlite.prepare(`INSERT INTO measure_progress (measure_id, ${PROGRESS_COLUMNS.join(', ')}, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`);
  for (const p of body.progress) addProgress.run(id, ...PROGRESS_COLUMNS.map((c) => p[c] ?? null));
  sqlite.prepare('INSERT INTO central_measures (measure_id, office, hash) VALUES (?, ?, ?)').run(id, m.office, m.hash);
}

/**
 * Brings the other offices' measures home, read-only (central_measures; the register refuses to
 * change them, and officeDocuments never sends them back as this office's). A measure whose server
 * copy changed is replaced whole; one the other office deleted goes here too. A code this office
 * uses for a measure of its own is a conflict: reported, and the own measure is left as it is.
 * Everything is written in one transaction with its audit entry, so a killed run leaves the store as
 * it was and the next run pulls the same again.
 */
export async function pullMeasures(store: Store, central: Kysely<CentralDatabase>, office: string, now: string, report: SyncReport): Promise<void> {
  const { sqlite } = store;
  const server = await central
    .selectFrom('office_documents')
    .select(['office', 'key', 'body', 'hash'])
    .where('kind', '=', 'measure')
    .where('office', '<>', office)
    .orderBy('key')
    .orderBy('office')
    .execute();
  const local = new Map(
    (
      sqlite
        .prepare('SELECT m.id, m.code, c.office, c.hash FROM measures m LEFT JOIN central_measures c ON c.measure_id = m.id')
        .all() as LocalMeasure[]
    ).map((m) => [m.code, m]),
  );

  const fresh: ServerMeasure[] = [];
  const seen = new Set<string>();
  for (const m of server) {
    if (seen.has(m.key)) {
      report.conflicts.push({ kind: 'document', message: `通关措施 ${m.key}：${m.office} 与另一办事处的措施编号相同，只取回了另一办事处的；请两处商定后改用不同的编号` });
      continue;
    }
    seen.add(m.key);
    const here = local.get(m.key);
    if (here && here.office === null) {
      report.conflicts.push({ kind: 'document', message: `通关措施 ${m.key}：${m.office} 的措施与本办事处的一项措施编号相同，未取回；请两处商定后改用不同的编号` });
      continue;
    }
    if (here?.hash !== m.hash || here?.office !== m.office) fresh.push(m);
  }
  const gone = [...local.values()].filter((m) => m.office !== null && !seen.has(m.code));
  if (fresh.length === 0 && gone.length === 0) return;

  sqlite.transaction(() => {
    const remove = sqlite.prepare('DELETE FROM measures WHERE id = ?');
    for (const m of gone) remove.run(m.id);
    for (const m of fresh) {
      const here = local.get(m.key);
      if (here) remove.run(here.id);
      insertMeasure(store, m);
    }
    // Counted, not listed row by row: these are other offices' measures, already in their own audit.
    appendAuditEntry(sqlite, {
      at: now,
      ...systemWho('中心数据库同步'),
      host: 'cli',
      action: 'central.pullMeasures',
      input: { measures: fresh.map((m) => m.key), removed: gone.map((m) => m.code) },
      changes: {
        rows: [],
        counts: { measures: { insert: fresh.length, update: 0, delete: gone.length } },
        truncated: true,
        notes: [`从中心数据库取回其他办事处的 ${fresh.length} 项通关措施（只读），移除其已删除的 ${gone.length} 项`],
      },
    });
  })();
  report.pulledMeasures += fresh.length + gone.length;
}
