import crypto from 'node:crypto';
import type { Store } from '../store/openStore';

/** A measure or calendar entry of the office, as one JSON text keyed within the office. */
export interface OfficeDocument {
  kind: 'measure' | 'regionalDay' | 'dutyRule' | 'dutyException' | 'portCalendar';
  key: string;
  body: string;
  hash: string;
}

function doc(kind: OfficeDocument['kind'], key: string, value: unknown): OfficeDocument {
  const body = JSON.stringify(value);
  return { kind, key, body, hash: crypto.createHash('sha256').update(body).digest('hex') };
}

type Row = Record<string, unknown>;

/** A row with its store-local ids taken out and its port named by code (ids differ from store to store). */
function portable(row: Row, portCode: (id: number | null) => string | null, drop: string[] = []): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'id' || drop.includes(k)) continue;
    if (k === 'port_id') out.port_code = portCode(v as number | null);
    else out[k] = v;
  }
  return out;
}

/**
 * The office's own measures (demo ones stay at home, other offices' pulled ones are not its) and its calendar entries for the ports it owns:
 * regional days entered in the program (the shipped defaults are the same everywhere), rest-day duty
 * rules and exceptions, and when "5+2" began at each port.
 */
export function readOfficeDocuments(store: Store, ownPortIds: ReadonlySet<number>): OfficeDocument[] {
  const { sqlite } = store;
  const codes = new Map((sqlite.prepare('SELECT id, code FROM ports').all() as { id: number; code: string }[]).map((p) => [p.id, p.code]));
  const portCode = (id: number | null) => (id === null ? null : codes.get(id)!);
  const own = (r: Row) => ownPortIds.has(r.port_id as number);
  const all = (table: string) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all() as Row[];
  const docs: OfficeDocument[] = [];

  // other offices' measures (pulled, read-only) are theirs to send
  const measures = sqlite
    .prepare('SELECT * FROM measures WHERE is_demo = 0 AND id NOT IN (SELECT measure_id FROM central_measures) ORDER BY code')
    .all() as Row[];
  const portsOf = sqlite.prepare('SELECT port_id FROM measure_ports WHERE measure_id = ? ORDER BY port_id');
  const metricsOf = sqlite.prepare('SELECT metric, position, target_comparator, target_value FROM measure_metrics WHERE measure_id = ? ORDER BY position');
  const progressOf = sqlite.prepare('SELECT date, kind, from_status, to_status, note, recorded_at, recorded_by FROM measure_progress WHERE measure_id = ? AND is_demo = 0 ORDER BY id');
  for (const m of measures) {
    docs.push(
      doc('measure', m.code as string, {
        ...portable(m, portCode, ['is_demo']),
        ports: (portsOf.all(m.id) as { port_id: number }[]).map((p) => portCode(p.port_id)),
        metrics: metricsOf.all(m.id),
        progress: progressOf.all(m.id),
      }),
    );
  }
  for (const r of all('regional_days')) {
    if (r.shipped === 1 || (r.port_id !== null && !own(r))) continue;
    docs.push(doc('regionalDay', `${portCode(r.port_id as number | null) ?? '*'}|${r.date}`, portable(r, portCode)));
  }
  for (const r of all('duty_rules')) if (own(r)) docs.push(doc('dutyRule', `${portCode(r.port_id as number)}|${r.id}`, portable(r, portCode)));
  for (const r of all('duty_exceptions')) if (own(r)) docs.push(doc('dutyException', `${portCode(r.port_id as number)}|${r.date}`, portable(r, portCode)));
  for (const r of all('port_calendar_settings')) if (own(r)) docs.push(doc('portCalendar', portCode(r.port_id as number)!, portable(r, portCode)));
  return docs;
}
