import type { BriefingMeasures } from '../../../../../shared/contract/briefing';
import type { OverviewRow } from '../../../../../shared/contract/measures';
import { addDays, daysBetween } from '../../../../../shared/domain/dates';
import { formatNumber } from '../../../../../shared/domain/format';
import { MEASURE_STATUS_LABELS } from '../../../../../shared/domain/measures/measureTypes';
import type { CallContext, Handlers } from '../../../types';
import type { BriefingHeading } from '../scope';

type MeasuresOverviewHandler = Handlers['measuresOverview'];

/** "进口整体通关时间 ≤ 10 小时：统计期日均 9.5 小时，已达成". */
function standingLines(row: OverviewRow, portPrefix: string): string[] {
  return row.figures
    .filter((f) => f.targetText !== null)
    .map((f) => {
      const unit = f.unit === '%' ? '%' : ` ${f.unit}`;
      const current = f.current === null ? '统计期内无数据' : `统计期日均 ${formatNumber(f.current, 2)}${unit}`;
      const verdict = f.met === null ? '' : f.met ? '，已达成' : '，未达成';
      return `${portPrefix}${f.targetText}：${current}${verdict}`;
    });
}

/**
 * The measures of the briefing's ports from the measures overview, as they stood at the end of the
 * period: status, latest progress, and where each target stands over the period's own days (the
 * overview averages over a window ending the day before its date). A measure of several ports is
 * listed once. Null when the register holds no measure for these ports.
 */
export async function measuresSection(overview: MeasuresOverviewHandler, heading: BriefingHeading, ctx: CallContext): Promise<BriefingMeasures | null> {
  const asOf = addDays(heading.untilToday.to, 1);
  const currentDays = Math.min(365, Math.max(7, daysBetween(heading.untilToday.from, heading.untilToday.to) + 1));
  const byId = new Map<number, { row: OverviewRow; standing: string[] }>();
  for (const port of heading.ports) {
    const o = await overview({ portId: port.id, asOf, months: 1, currentDays }, ctx);
    const prefix = heading.ports.length > 1 ? `${port.name}：` : '';
    for (const row of o.rows) {
      const seen = byId.get(row.id);
      if (seen) seen.standing.push(...standingLines(row, prefix));
      else byId.set(row.id, { row, standing: standingLines(row, prefix) });
    }
  }
  if (byId.size === 0) return null;

  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const measures = [...byId.values()].sort((a, b) => collator.compare(a.row.code, b.row.code));
  const count = (s: OverviewRow['status']) => measures.filter((m) => m.row.status === s).length;
  const inForce = count('inForce');
  const inProgress = count('inProgress');
  const planned = count('planned');
  return {
    counts: { total: measures.length, inForce, inProgress, planned, other: measures.length - inForce - inProgress - planned },
    rows: measures.map(({ row, standing }) => ({
      code: row.code,
      title: row.title,
      statusLabel: MEASURE_STATUS_LABELS[row.status],
      leadUnit: row.leadUnit,
      startDate: row.startDate,
      lastProgress: row.lastProgress,
      standing,
    })),
  };
}
