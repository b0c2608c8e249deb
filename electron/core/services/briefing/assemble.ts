import type { Briefing, BriefingKpis, BriefingPeriod } from '../../../../shared/contract/briefing';
import { briefingSummary, type SummaryFigure } from '../../../../shared/domain/briefing/summary';
import { formatDateLabel } from '../../../../shared/domain/format';
import { CLEARANCE_TIME_KEYS, HEADLINE_TOTALS, type MetricKey } from '../../../../shared/domain/metrics';
import type { CallContext, CoreDeps } from '../../types';
import { closedDaysIn, closureReasonCounts } from './closedDays';
import { readRemarks } from './remarks';
import { readIssue, readLetterhead } from './issues';
import { briefingHeading } from './scope';
import { DEMO_LABEL, periodHoldsDemo } from '../importExport/demo/demoInPeriod';
import { previousPeriod, samePeriodLastYear } from '../../../../shared/domain/periods';
import type { BriefingSources } from './sources';

/** The totals the summary paragraph names, in its order; then the clearance times. */
const SUMMARY_FIGURES: readonly MetricKey[] = [...HEADLINE_TOTALS, 'borderTradeYuan'];
const SUMMARY_TIMES = CLEARANCE_TIME_KEYS;

function summaryFigures(kpis: BriefingKpis | null, keys: readonly string[]): SummaryFigure[] | null {
  if (!kpis) return null;
  const out: SummaryFigure[] = [];
  for (const key of keys) {
    const row = kpis.rows.find((r) => r.key === key);
    if (!row || row.kind === 'days') continue;
    out.push({ label: row.label, kind: row.kind, current: row.current, yoyPct: row.yoyPct, momPct: row.momPct });
  }
  return out;
}

/**
 * The whole briefing of a port (or all ports) and a period: heading, each section from its
 * provider, the closed days, the remarks kept for it, and the summary written from all of these.
 */
export async function assembleBriefing(
  deps: CoreDeps,
  input: { portId: number | null; period: BriefingPeriod },
  ctx: CallContext,
  sources: BriefingSources,
): Promise<Briefing> {
  const heading = await briefingHeading(deps, input.portId, input.period);
  const req = { heading, ctx };
  const kpis = await sources.kpis(req);
  const trends = await sources.trends(req);
  const fivePlusTwo = await sources.fivePlusTwo(req);
  const measures = await sources.measures(req);
  const closedDays = await closedDaysIn(deps, heading.ports, heading.elapsed);
  const remarks = await readRemarks(deps.store.db, input.portId, input.period);
  const letterhead = await readLetterhead(deps.store.db);
  const issue = await readIssue(deps.store.db, input.portId, input.period, heading.today);

  // The bases (同比 a year earlier, 环比 the period before, the charts' last-year line) count too.
  const earliestBase = [samePeriodLastYear(heading.period).from, previousPeriod(heading.period).from].sort()[0]!;
  const includesDemo = periodHoldsDemo(deps.store.sqlite, { portIds: heading.ports.map((p) => p.id), from: earliestBase, to: heading.elapsed.to });

  const notices: string[] = [];
  if (includesDemo) notices.push(`本简报${DEMO_LABEL}，其中的数字不是口岸的真实数据。`);
  if (heading.elapsed.to < heading.period.to) notices.push(`所选时段尚未结束，数据截至${formatDateLabel(heading.elapsed.to)}。`);
  if (kpis && kpis.missingDays > 0) notices.push(`本期有 ${kpis.missingDays} 天（口岸·日）数据尚未录入，相关数字以补录后为准。`);
  if (fivePlusTwo?.notice) notices.push(fivePlusTwo.notice);

  const summary = briefingSummary({
    subject: heading.scopeLabel,
    period: heading.period,
    figures: summaryFigures(kpis, SUMMARY_FIGURES),
    times: summaryFigures(kpis, SUMMARY_TIMES) ?? [],
    // Open and closed days only say something when days were recorded at all.
    openDays: kpis && kpis.recordedDays > 0 ? kpis.openDays : null,
    closedDays: kpis && kpis.recordedDays > 0 ? kpis.closedDays : closedDays.length > 0 ? closedDays.length : null,
    closureReasons: closureReasonCounts(closedDays),
    restDays: fivePlusTwo?.restDays ?? null,
    restDaysOpen: fivePlusTwo?.restDaysOpen ?? null,
    missingDays: kpis?.missingDays ?? null,
  });

  return {
    portId: heading.portId,
    ports: heading.ports,
    scopeLabel: heading.scopeLabel,
    period: heading.period,
    title: heading.title,
    fileName: heading.fileName,
    producedOn: heading.producedOn,
    producedLabel: heading.producedLabel,
    summary,
    kpis,
    trends,
    fivePlusTwo,
    measures,
    closedDays,
    remarks,
    notices,
    letterhead,
    issue,
    includesDemo,
  };
}
