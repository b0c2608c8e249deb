import type { Kysely, Selectable } from 'kysely';
import type { MeasureDetail, MeasureSummary, ProgressEntry } from '../../../../shared/contract/measures';
import { daysBetween } from '../../../../shared/domain/dates';
import {
  MEASURE_STATUS_LABELS,
  NEXT_STATUSES,
  isOverdue,
  isStalled,
  type MeasureCategory,
  type MeasureStatus,
  type MeasureTarget,
  type MeasureMetricKey,
  type TargetComparator,
} from '../../../../shared/domain/measures/measureTypes';
import type { Database } from '../../store/schema';
import type { MeasureProgressTable, MeasuresTable } from '../../store/tables/measures';

/** A measure with everything that hangs off it, as read from the store. */
export interface LoadedMeasure {
  row: Selectable<MeasuresTable>;
  portIds: number[];
  metrics: MeasureMetricKey[];
  targets: MeasureTarget[];
  /** newest first (by date, then by the order of recording) */
  progress: ProgressEntry[];
}

type ProgressRow = Selectable<MeasureProgressTable>;

export function progressRowToEntry(r: ProgressRow): ProgressEntry {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind === 'status' ? 'status' : 'note',
    fromStatus: r.from_status as MeasureStatus | null,
    toStatus: r.to_status as MeasureStatus | null,
    note: r.note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  };
}

/** Newest first; on the same day the later-recorded entry first. */
export function compareProgressDesc(a: ProgressEntry, b: ProgressEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.id - a.id;
}

/**
 * Loads measures (all, or the given ids) with their ports, figures, targets and progress log, in
 * four queries whatever the number of measures: the register is a few dozen rows.
 */
export async function loadMeasures(db: Kysely<Database>, ids?: readonly number[]): Promise<LoadedMeasure[]> {
  if (ids && ids.length === 0) return [];
  let rowsQuery = db.selectFrom('measures').selectAll();
  if (ids) rowsQuery = rowsQuery.where('id', 'in', ids as number[]);
  const rows = await rowsQuery.orderBy('id').execute();
  if (rows.length === 0) return [];
  const idList = rows.map((r) => r.id);
  const [ports, metrics, progress] = await Promise.all([
    db.selectFrom('measure_ports').selectAll().where('measure_id', 'in', idList).orderBy('port_id').execute(),
    db.selectFrom('measure_metrics').selectAll().where('measure_id', 'in', idList).orderBy('position').execute(),
    db.selectFrom('measure_progress').selectAll().where('measure_id', 'in', idList).execute(),
  ]);
  const byId = new Map<number, LoadedMeasure>(
    rows.map((row) => [row.id, { row, portIds: [], metrics: [], targets: [], progress: [] }]),
  );
  for (const p of ports) byId.get(p.measure_id)?.portIds.push(p.port_id);
  for (const m of metrics) {
    const loaded = byId.get(m.measure_id);
    if (!loaded) continue;
    const metric = m.metric as MeasureMetricKey;
    loaded.metrics.push(metric);
    if (m.target_comparator !== null && m.target_value !== null) {
      loaded.targets.push({ metric, comparator: m.target_comparator as TargetComparator, value: m.target_value });
    }
  }
  for (const p of progress) byId.get(p.measure_id)?.progress.push(progressRowToEntry(p));
  for (const m of byId.values()) m.progress.sort(compareProgressDesc);
  return [...byId.values()];
}

export async function loadMeasure(db: Kysely<Database>, id: number): Promise<LoadedMeasure | null> {
  return (await loadMeasures(db, [id]))[0] ?? null;
}

/** The latest progress entry on or before a day (the whole log when `asOf` is omitted). */
export function lastProgressOf(m: LoadedMeasure, asOf?: string): ProgressEntry | null {
  return m.progress.find((p) => asOf === undefined || p.date <= asOf) ?? null;
}

export function toSummary(m: LoadedMeasure, today: string): MeasureSummary {
  const { row } = m;
  const status = row.status as MeasureStatus;
  const last = lastProgressOf(m);
  const lastDate = last?.date ?? null;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category as MeasureCategory,
    description: row.description,
    leadUnit: row.lead_unit,
    partnerUnits: JSON.parse(row.partner_units) as string[],
    portIds: m.portIds,
    startDate: row.start_date,
    endDate: row.end_date,
    status,
    metrics: m.metrics,
    targets: m.targets,
    lastProgress: last ? { date: last.date, note: progressText(last) } : null,
    progressCount: m.progress.length,
    stalled: isStalled(status, lastDate, today),
    daysSinceProgress: lastDate === null ? null : Math.max(0, daysBetween(lastDate, today)),
    overdue: isOverdue(status, row.start_date, today),
    revision: row.revision,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toDetail(m: LoadedMeasure, today: string): MeasureDetail {
  const summary = toSummary(m, today);
  return { ...summary, progress: m.progress, nextStatuses: [...NEXT_STATUSES[summary.status]] };
}

/** What an entry says in one line: its note, or for a status change without a note, the change. */
export function progressText(p: ProgressEntry): string {
  if (p.note) return p.note;
  if (p.kind === 'status' && p.toStatus) return statusChangeText(p.fromStatus, p.toStatus);
  return '';
}

export function statusChangeText(from: MeasureStatus | null, to: MeasureStatus): string {
  return from === null
    ? `登记为“${MEASURE_STATUS_LABELS[to]}”`
    : `状态由“${MEASURE_STATUS_LABELS[from]}”改为“${MEASURE_STATUS_LABELS[to]}”`;
}
