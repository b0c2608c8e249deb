import type { BriefingClosedDay } from '../../../../shared/contract/briefing';
import type { CoreDeps } from '../../types';
import type { PortRef } from './scope';
import { dayFiguresOf } from '../../dayFigures';

/**
 * The days recorded closed (口岸开放 = 否) in a span, with why, in date order and then port order.
 * Read straight from the daily records: the reason is what the clerk typed that day.
 */
export async function closedDaysIn(
  deps: Pick<CoreDeps, 'store' | 'dayTypes' | 'days'>,
  ports: readonly PortRef[],
  span: { from: string; to: string },
): Promise<BriefingClosedDay[]> {
  const rows = await (dayFiguresOf(deps).db as typeof deps.store.db)
    .selectFrom('daily_records')
    .select(['port_id', 'date', 'closure_reason'])
    .where(
      'port_id',
      'in',
      ports.map((p) => p.id),
    )
    .where('date', '>=', span.from)
    .where('date', '<=', span.to)
    .where('port_open', '=', 0)
    .orderBy('date')
    .orderBy('port_id')
    .execute();
  if (rows.length === 0) return [];

  const names = new Map(ports.map((p) => [p.id, p.name]));
  const typesByPort = new Map<number, Map<string, { type: BriefingClosedDay['dayType']; name: string | null }>>();
  const typeOf = (portId: number, date: string) => {
    let types = typesByPort.get(portId);
    if (!types) {
      types = new Map(deps.dayTypes.range(portId, span.from, span.to).map((t) => [t.date, { type: t.type, name: t.name }]));
      typesByPort.set(portId, types);
    }
    return types.get(date) ?? { type: 'unknown' as const, name: null };
  };

  return rows.map((r) => {
    const t = typeOf(r.port_id, r.date);
    const reason = r.closure_reason?.trim() ? r.closure_reason.trim() : null;
    return { date: r.date, portName: names.get(r.port_id) ?? '', dayType: t.type, holidayName: t.name, reason };
  });
}

/** How many closed days each reason accounts for, most first ("道路塌方 3 天"); days without a reason are left out. */
export function closureReasonCounts(days: readonly BriefingClosedDay[]): { reason: string; days: number }[] {
  const counts = new Map<string, number>();
  for (const d of days) if (d.reason) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => ({ reason, days: n })).sort((a, b) => b.days - a.days);
}
