import type { BriefingKpis, BriefingKpiRow } from '../../../../../shared/contract/briefing';
import type { KpiReport } from '../../../../../shared/contract/dashboard';
import type { CombinedFigureKey } from '../../../../../shared/domain/kpi';
import { CLEARANCE_TIME_KEYS, figureWithParts, type MetricKey } from '../../../../../shared/domain/metrics';
import type { PeriodKind } from '../../../../../shared/domain/periods';
import type { Handlers } from '../../../types';
import type { SectionRequest } from '../sources';

/**
 * The briefing's KPI table, read through the dashboard's own KPI method so the paper shows exactly
 * the figures the officials saw on screen. Rows in the order a bulletin reads them; a part of a total
 * ("其中：进口货值") is printed indented under it. The headline rows are always there; any other
 * figure that nobody entered in any of the three spans (边民互市 at a port without it) is left out
 * rather than printed as a row of dashes.
 */
type Row = { key: MetricKey; part: boolean; headline?: boolean };
const headlineWithParts = (total: CombinedFigureKey): Row[] =>
  figureWithParts(total).map((key, i) => (i === 0 ? { key, part: false, headline: true } : { key, part: true }));

export const BRIEFING_KPI_ROWS: readonly Row[] = [
  ...headlineWithParts('tradeValueYuan'),
  ...headlineWithParts('freightKg'),
  ...headlineWithParts('persons'),
  { key: 'vehicles', part: false, headline: true },
  { key: 'borderTradeYuan', part: false },
  { key: 'declarations', part: false },
  ...CLEARANCE_TIME_KEYS.map((key) => ({ key, part: false })),
  { key: 'openDays', part: false, headline: true },
];

/**
 * A year's period before is last year, the same span as 上年同期: its 环比 would only repeat the
 * 同比, so a year's table has no 上期 column and no 环比.
 */
export function kpiTableFrom(report: KpiReport, periodKind: PeriodKind): BriefingKpis {
  const withPrevious = periodKind !== 'year';
  const rows: BriefingKpiRow[] = [];
  for (const { key, part, headline } of BRIEFING_KPI_ROWS) {
    const f = report.figures.find((x) => x.key === key);
    if (!f) continue;
    if (!headline && f.current === null && f.previous === null && f.lastYear === null) continue;
    rows.push({
      key,
      label: f.label,
      kind: f.kind,
      part,
      current: f.current,
      previous: withPrevious ? f.previous : null,
      lastYear: f.lastYear,
      yoyPct: f.yoyPct,
      momPct: withPrevious ? f.momPct : null,
    });
  }
  const c = report.coverage.current;
  return {
    columns: { current: report.current.label, previous: withPrevious ? (report.previous?.label ?? null) : null, lastYear: report.lastYear.label },
    withheld: report.withheld,
    rows,
    portDays: c.portDays,
    recordedDays: c.recordedDays,
    missingDays: c.missingDays,
    openDays: c.openDays,
    closedDays: c.closedDays,
  };
}

/** The table of the ports and period; null when the period has no record at all. */
export async function kpiSection(getKpis: Handlers['getDashboardKpis'], { heading, ctx }: SectionRequest): Promise<BriefingKpis | null> {
  const { kind, from, to } = heading.period;
  const report = await getKpis({ portIds: heading.ports.map((p) => p.id), period: { kind, from, to } }, ctx);
  return report.coverage.current.recordedDays > 0 ? kpiTableFrom(report, kind) : null;
}
