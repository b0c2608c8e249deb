import { addDays, addMonths, monthOf } from '../../../../shared/domain/dates';
import { periodContaining, periodDays, previousPeriod, rangePeriod, ytdPeriod, type Period, type PeriodKind } from '../../../../shared/domain/periods';

/**
 * How a period picker moves: to another kind around the same time, one step back or forward. Pure:
 * tested without a browser.
 */

/** The period of another kind around the same time: the one holding the current period's end. */
export function switchKind(kind: PeriodKind, current: Period, today: string): Period {
  const anchor = current.to < today ? current.to : today;
  switch (kind) {
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
      return periodContaining(kind, anchor);
    case 'ytd':
      return ytdPeriod(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)));
    case 'range':
      return rangePeriod(current.from, current.to);
  }
}

/** The period before (-1) or after (+1) of the same kind; a 1–N月累计 moves its N. */
export function stepPeriod(p: Period, direction: -1 | 1): Period {
  switch (p.kind) {
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
      return direction < 0 ? previousPeriod(p) : periodContaining(p.kind, addDays(p.to, 1));
    case 'ytd': {
      const month = addMonths(monthOf(p.to), direction);
      return ytdPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    }
    case 'range': {
      const n = periodDays(p);
      return rangePeriod(addDays(p.from, direction * n), addDays(p.to, direction * n));
    }
  }
}

/** Whether a step forward would start after today (nothing to show there). */
export function canStepForward(p: Period, today: string): boolean {
  return stepPeriod(p, 1).from <= today;
}
