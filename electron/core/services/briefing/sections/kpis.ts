import type { BriefingKpis, BriefingKpiRow } from '../../../../../shared/contract/briefing';
import type { KpiReport } from '../../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../../shared/domain/metrics';
import type { Handlers } from '../../../types';
import type { SectionRequest } from '../sources';

/**
 * The briefing's KPI table, read through the dashboard's own KPI method so the paper shows exactly
 * the figures the officials saw on screen. Rows in the order a bulletin reads them; a part of a total
 * ("其中：进口货值") is printed indented under it.
 */
const ROWS: readonly { key: MetricKey; part: boolean }[] = [
  { key: 'tradeValueYuan', part: false },
  { key: 'importValueYuan', part: true },
  { key: 'exportValueYuan', part: true },
  { key: 'freightKg', part: false },
  { key: 'importFreightKg', part: true },
  { key: 'exportFreightKg', part: true },
  { key: 'persons', part: false },
  { key: 'personsIn', part: true },
  { key: 'personsOut', part: true },
  { key: 'vehicles', part: false },
  { key: 'borderTradeYuan', part: false },
  { key: 'importClearanceCentihours', part: false },
  { key: 'exportClearanceCentihours', part: false },
  { key: 'openDays', part: false },
];

export function kpiTableFrom(report: KpiReport): BriefingKpis {
  const rows: BriefingKpiRow[] = [];
  for (const { key, part } of ROWS) {
    const f = report.figures.find((x) => x.key === key);
    if (!f) continue;
    rows.push({
      key,
      label: f.label,
      kind: f.kind,
      part,
      current: f.current,
      previous: f.previous,
      lastYear: f.lastYear,
      yoyPct: f.yoyPct,
      momPct: f.momPct,
    });
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

export async function kpiSection(
  getKpis: Handlers['getDashboardKpis'],
  { heading, ctx }: SectionRequest,
): Promise<BriefingKpis | null> {
  const { kind, from, to } = heading.period;
  const report = await getKpis({ portIds: heading.ports.map((p) => p.id), period: { kind, from, to } }, ctx);
  return report.coverage.current.recordedDays > 0 ? kpiTableFrom(report) : null;
}
