import { AppError } from '../../../../shared/contract/result';
import { comparedDaysOf } from '../dashboard/comparedDays';
import type { BriefingPeriod } from '../../../../shared/contract/briefing';
import { formatDateLabel } from '../../../../shared/domain/format';
import { periodLabel, type Period } from '../../../../shared/domain/periods';
import { ALL_PORTS_LABEL, briefingFileName, briefingTitle } from '../../../../shared/domain/briefing/naming';
import type { CoreDeps } from '../../types';
import { listPortRows, requirePort } from '../../data/ports';

export interface PortRef {
  id: number;
  name: string;
}

/** Who and when a briefing is about, and the names it is printed and saved under. */
export interface BriefingHeading {
  portId: number | null;
  ports: PortRef[];
  scopeLabel: string;
  period: Period & { label: string };
  /** today at the port */
  today: string;
  /** the days compared (dashboard/comparedDays.ts): the period, or through its last recorded day while it runs */
  elapsed: { from: string; to: string };
  /**
   * the period up to today, for what is not a recorded figure: the measures as they stand at the
   * end of it (a measure registered today is in force today, whatever was entered yesterday)
   */
  untilToday: { from: string; to: string };
  title: string;
  fileName: string;
  producedOn: string;
  producedLabel: string;
}

async function portsOf(deps: Pick<CoreDeps, 'store'>, portId: number | null): Promise<PortRef[]> {
  const ports = portId === null ? listPortRows(deps.store.sqlite) : [requirePort(deps.store.sqlite, portId, 'portId')];
  if (ports.length === 0) throw new AppError('NOT_FOUND', '还没有口岸，请先添加口岸', { portId: '所选口岸不存在' });
  return ports.map(({ id, name }) => ({ id, name }));
}

/**
 * The heading of a briefing. A period that has not begun is refused (there is nothing to report);
 * one still running is reported through its ports' last recorded day, as the dashboard does.
 */
export async function briefingHeading(deps: Pick<CoreDeps, 'store' | 'now' | 'days'>, portId: number | null, period: BriefingPeriod): Promise<BriefingHeading> {
  const label = periodLabel(period);
  const ports = await portsOf(deps, portId);
  const { today, current } = await comparedDaysOf(
    deps,
    ports.map((p) => p.id),
    period,
  );
  const scopeLabel = portId === null ? ALL_PORTS_LABEL : ports[0]!.name;
  return {
    portId,
    ports,
    scopeLabel,
    period: { ...period, label },
    today,
    elapsed: { from: current.from, to: current.to },
    untilToday: { from: period.from, to: period.to < today ? period.to : today },
    title: briefingTitle(scopeLabel, label),
    fileName: briefingFileName(scopeLabel, label),
    producedOn: today,
    producedLabel: formatDateLabel(today),
  };
}
