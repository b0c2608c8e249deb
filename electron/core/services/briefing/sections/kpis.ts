import type { BriefingKpiRow, BriefingKpis } from '../../../../../shared/contract/briefing';
import type { KpiFigure } from '../../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../../shared/domain/metrics';
import type { CallContext, Handlers } from '../../../types';
import type { BriefingHeading } from '../scope';

type KpiHandler = Handlers['getDashboardKpis'];

/** The rows of the briefing's table, in bulletin order; "其中" rows are parts of the row above. */
const ROWS: readonly { key: MetricKey; part?: boolean; always?: boolean }[] = [
  { key: 'tradeValueYuan', always: true },
  { key: 'importValueYuan', part: true },
  { key: 'exportValueYuan', part: true },
  { key: 'freightKg', always: true },
  { key: 'importFreightKg', part: true },
  { key: 'exportFreightKg', part: true },
  { key: 'borderTradeYuan' },
  { key: 'persons', always: true },
  { key: 'vehicles', always: true },
  { key: 'declarations' },
  { key: 'importClearanceCentihours' },
  { key: 'exportClearanceCentihours' },
  { key: 'openDays', always: true },
];

function row(f: KpiFigure, part: boolean): BriefingKpiRow {
  return { key: f.key, label: f.label, kind: f.kind, part, current: f.current, previous: f.previous, lastYear: f.lastYear, yoyPct: f.yoyPct, momPct: f.momPct };
}

/**
 * The KPI table from the dashboard's KPI report of the same ports and period: this period, the one
 * before, the same period last year, 同比 and 环比, exactly as the dashboard shows them. A figure
 * nobody has ever entered in any of the three spans (边民互市 at a port without it) is left out.
 */
export async function kpisSection(getKpis: KpiHandler, heading: BriefingHeading, ctx: CallContext): Promise<BriefingKpis> {
  const { kind, from, to } = heading.period;
  const report = await getKpis({ portIds: heading.ports.map((p) => p.id), period: { kind, from, to } }, ctx);
  const byKey = new Map(report.figures.map((f) => [f.key, f]));
  const rows: BriefingKpiRow[] = [];
  for (const r of ROWS) {
    const f = byKey.get(r.key);
    if (!f) continue;
    if (!r.always && f.current === null && f.previous === null && f.lastYear === null) continue;
    rows.push(row(f, r.part ?? false));
  }
  const c = report.coverage.current;
  return {
    columns: { current: report.current.label, previous: report.previous.label, lastYear: report.lastYear.label },
    rows,
    portDays: c.portDays,
    recordedDays: c.recordedDays,
    missingDays: c.missingDays,
    openDays: c.openDays,
    closedDays: c.closedDays,
  };
}
