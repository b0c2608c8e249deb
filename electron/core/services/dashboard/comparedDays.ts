import { AppError } from '../../../../shared/contract/result';
import { comparedPeriods, PeriodNotStartedError, type ComparedPeriods } from '../../../../shared/domain/comparedPeriods';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { periodLabel, type Period } from '../../../../shared/domain/periods';
import type { CoreDeps } from '../../types';
import { lastRecordedDay } from './aggregateDays';
import { dayFiguresOf } from '../../dayFigures';

/**
 * The days compared for `ports` over `period` (shared/domain/comparedPeriods.ts), with today from
 * the core's clock and the ports' last recorded day from the store. The KPI cards, the trends, the
 * 5+2 figures and the briefing all ask here, so a running period ends on the same day in each.
 * A period that has not started is refused with a message at the period.
 */
export async function comparedDaysOf(deps: Pick<CoreDeps, 'store' | 'now' | 'days'>, portIds: readonly number[], period: Period): Promise<ComparedPeriods & { today: string }> {
  const today = todayInShanghai(deps.now());
  const upTo = period.to < today ? period.to : today;
  const last = period.from <= upTo ? await lastRecordedDay(dayFiguresOf(deps), { portIds, from: period.from, to: upTo }) : null;
  try {
    return { ...comparedPeriods(period, today, last), today };
  } catch (e) {
    if (e instanceof PeriodNotStartedError) {
      throw new AppError('INVALID_INPUT', `所选时段（${periodLabel(period)}）尚未开始，还没有数据`, { 'period.from': '时段尚未开始' });
    }
    throw e;
  }
}
