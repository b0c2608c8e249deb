import { AppError } from '../../../../../shared/contract/result';
import type { DayToWrite } from '../../days/dayWriter';
import { closureKey } from './comparePreview';

export interface ClosureDecision {
  portId: number;
  date: string;
  closed: boolean;
  reason: string | null;
}

/**
 * The days to write once the clerk has had their say on the proposed closures: a declined one is
 * written as filed (or not at all, when that changes nothing), a kept one with the reason as
 * reworded. A decision about a day that was not proposed is refused, and nothing is written.
 */
export function applyClosureDecisions(
  toWrite: ReadonlyMap<number, DayToWrite[]>,
  declined: ReadonlyMap<string, DayToWrite | null>,
  decisions: readonly ClosureDecision[],
): Map<number, DayToWrite[]> {
  const byKey = new Map<string, ClosureDecision>();
  for (const d of decisions) {
    const key = closureKey(d.portId, d.date);
    if (!declined.has(key)) {
      throw new AppError('INVALID_INPUT', `${d.date} 不在预览的闭关建议中，请重新导入以生成新的预览`, { closures: '不在闭关建议中' });
    }
    if (d.closed && !d.reason) throw new AppError('INVALID_INPUT', `${d.date} 保留为闭关时请填写闭关原因`, { closures: '请填写闭关原因' });
    byKey.set(key, d);
  }
  if (byKey.size === 0) return new Map(toWrite);
  const out = new Map<number, DayToWrite[]>();
  for (const [portId, days] of toWrite) {
    const kept: DayToWrite[] = [];
    for (const day of days) {
      const decision = byKey.get(closureKey(portId, day.date));
      if (!decision) kept.push(day);
      else if (decision.closed) kept.push({ ...day, values: { ...day.values, closureReason: decision.reason } });
      else {
        const asFiled = declined.get(closureKey(portId, day.date));
        if (asFiled) kept.push(asFiled);
      }
    }
    if (kept.length > 0) out.set(portId, kept);
  }
  return out;
}
