import type BetterSqlite3 from 'better-sqlite3';
import { INSPECTION_GROUPS, type InspectionGroup, type TrsReport } from '../../../../shared/contract/trs';
import { daysBetween } from '../../../../shared/domain/dates';
import { weekContaining } from '../../../../shared/domain/periods';
import type { Direction } from '../../../../shared/domain/trs/declarationRow';
import { mergeSorted, summariseDurations, summariseSorted, type DurationSummary } from '../../../../shared/domain/trs/percentiles';
import { TRS_STAGES, type TrsStage } from '../../../../shared/domain/trs/stages';

/** 整体通关时间 bins of the distribution, in hours; the last is open-ended (72 h and more). */
export const HISTOGRAM_EDGES_HOURS = [0, 1, 2, 4, 8, 12, 24, 48, 72];
export const SLOWEST_LISTED = 20;

const STAGE_COLUMN: Record<TrsStage, string> = {
  arrivalToDeclaration: 'arrival_to_declaration_min',
  declarationToRelease: 'declaration_to_release_min',
  inspection: 'inspection_min',
  releaseToExit: 'release_to_exit_min',
  whole: 'whole_min',
};
const STAGE_COLUMNS = TRS_STAGES.map((s) => STAGE_COLUMN[s]).join(', ');

type Bucket = TrsReport['trend']['by'];

/** Days for a short period, weeks up to a year, months beyond: a trend of a few dozen to a few hundred points. */
export function trendBucketFor(from: string, to: string): Bucket {
  const days = daysBetween(from, to) + 1;
  return days <= 62 ? 'day' : days <= 366 ? 'week' : 'month';
}

function bucketStart(date: string, by: Bucket): string {
  if (by === 'day') return date;
  if (by === 'week') return weekContaining(date).from;
  return `${date.slice(0, 8)}01`;
}

function binOf(minutes: number): number {
  const hours = minutes / 60;
  let i = HISTOGRAM_EDGES_HOURS.length - 1;
  while (i > 0 && hours < HISTOGRAM_EDGES_HOURS[i]!) i--;
  return i;
}

const where = (portId: number | null) => `declared_date BETWEEN ? AND ?${portId === null ? '' : ' AND port_id = ?'}`;

/**
 * The study of a period and port (all ports: null), from the stage durations stored with each
 * declaration: one pass over its rows gathers each stage's durations by direction and inspection,
 * then each list is sorted once for its percentiles. Counted by 申报 date.
 */
export function buildTrsReport(sqlite: BetterSqlite3.Database, args: { from: string; to: string; portId: number | null }): TrsReport {
  const params = args.portId === null ? [args.from, args.to] : [args.from, args.to, args.portId];
  const by = trendBucketFor(args.from, args.to);
  // values[direction][inspected 0/1][stage]
  const values: Record<Direction, [number[][], number[][]]> = {
    import: [TRS_STAGES.map(() => []), TRS_STAGES.map(() => [])],
    export: [TRS_STAGES.map(() => []), TRS_STAGES.map(() => [])],
  };
  const histogram = { import: HISTOGRAM_EDGES_HOURS.map(() => 0), export: HISTOGRAM_EDGES_HOURS.map(() => 0) };
  const trend = new Map<string, Record<Direction, number[]>>();
  const wholeIndex = TRS_STAGES.indexOf('whole');
  let total = 0;

  const rows = sqlite.prepare(`SELECT direction, inspected, declared_date, ${STAGE_COLUMNS} FROM trs_declarations WHERE ${where(args.portId)}`).raw();
  for (const row of rows.iterate(...params) as Iterable<unknown[]>) {
    total++;
    const direction = row[0] as Direction;
    const lists = values[direction][row[1] as 0 | 1];
    for (let s = 0; s < TRS_STAGES.length; s++) {
      const v = row[3 + s] as number | null;
      if (v !== null) lists[s]!.push(v);
    }
    const whole = row[3 + wholeIndex] as number | null;
    if (whole === null) continue;
    histogram[direction][binOf(whole)]!++;
    const key = bucketStart(row[2] as string, by);
    let point = trend.get(key);
    if (!point) trend.set(key, (point = { import: [], export: [] }));
    point[direction].push(whole);
  }

  // Each direction's inspected and not-inspected durations are sorted once; 'all' merges the two.
  const groups: TrsReport['groups'] = [];
  for (const direction of ['import', 'export'] as const) {
    const [notInspected, inspected] = values[direction].map((lists) => lists.map((l) => Float64Array.from(l).sort()));
    const byGroup: Record<InspectionGroup, DurationSummary[]> = { all: [], inspected: [], notInspected: [] };
    for (let s = 0; s < TRS_STAGES.length; s++) {
      byGroup.inspected.push(summariseSorted(inspected![s]!));
      byGroup.notInspected.push(summariseSorted(notInspected![s]!));
      byGroup.all.push(summariseSorted(mergeSorted(notInspected![s]!, inspected![s]!)));
    }
    for (const inspection of INSPECTION_GROUPS) {
      groups.push({ direction, inspection, stages: Object.fromEntries(TRS_STAGES.map((stage, s) => [stage, byGroup[inspection][s]!])) as TrsReport['groups'][number]['stages'] });
    }
  }

  const slowest = sqlite
    .prepare(
      `SELECT d.declaration_no AS declarationNo, p.name AS portName, d.direction, d.inspected, d.declared_date AS declaredDate, ${STAGE_COLUMNS}
       FROM trs_declarations d JOIN ports p ON p.id = d.port_id
       WHERE ${where(args.portId).replace(/declared_date|port_id/g, (c) => `d.${c}`)} AND d.whole_min IS NOT NULL
       ORDER BY d.whole_min DESC, d.declaration_no LIMIT ${SLOWEST_LISTED}`,
    )
    .all(...params) as Record<string, unknown>[];

  return {
    from: args.from,
    to: args.to,
    total,
    groups,
    histogram: { edgesHours: HISTOGRAM_EDGES_HOURS, ...histogram },
    trend: {
      by,
      points: [...trend.keys()].sort().map((bucket) => {
        const p = trend.get(bucket)!;
        return { bucketStart: bucket, import: summariseDurations(Float64Array.from(p.import)), export: summariseDurations(Float64Array.from(p.export)) };
      }),
    },
    slowest: slowest.map((r) => ({
      declarationNo: r.declarationNo as string,
      portName: r.portName as string,
      direction: r.direction as Direction,
      inspected: r.inspected === 1,
      declaredDate: r.declaredDate as string,
      stages: Object.fromEntries(TRS_STAGES.map((s) => [s, r[STAGE_COLUMN[s]] as number | null])) as TrsReport['slowest'][number]['stages'],
    })),
  };
}
