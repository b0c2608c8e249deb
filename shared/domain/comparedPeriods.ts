/**
 * The three spans a KPI compares: the chosen period, its 环比 base (the period before) and its 同比
 * base (the same period last year), cut so all three hold the same days of their calendar span.
 *
 * A period still running (this month, 1–12月累计 in November) is compared up to today only: the
 * first N days of the period with the first N days of the previous one and with the same dates a
 * year earlier. Comparing half a month with a whole one would only show that it is half over.
 */

import { addDays, daysBetween } from './dates';
import { periodLabel, previousPeriod, rangePeriod, samePeriodLastYear, type Period } from './periods';
import { formatShortDateLabel } from './format';

export interface ComparedPeriods {
  /** the period as chosen, whole */
  chosen: Period;
  /** the days of `chosen` that are compared: all of it, or up to today */
  current: Period;
  /** 环比 base */
  previous: Period;
  /** 同比 base */
  lastYear: Period;
  /** days of `chosen` after today, left out of every figure */
  futureDays: number;
}

/** Thrown for a period that has not started yet: there is nothing to show. */
export class PeriodNotStartedError extends RangeError {}

export function comparedPeriods(chosen: Period, today: string): ComparedPeriods {
  if (chosen.from > today) throw new PeriodNotStartedError(`${chosen.from} is after ${today}`);
  if (chosen.to <= today) {
    return { chosen, current: chosen, previous: previousPeriod(chosen), lastYear: samePeriodLastYear(chosen), futureDays: 0 };
  }
  const elapsed = daysBetween(chosen.from, today) + 1;
  const current = rangePeriod(chosen.from, today);
  return {
    chosen,
    current,
    previous: firstDays(previousPeriod(chosen), elapsed),
    // A week keeps its weekdays (Monday–Wednesday of the same ISO week); anything longer keeps its
    // dates (1 January – 15 June), as bulletins compare.
    lastYear: chosen.kind === 'week' ? firstDays(samePeriodLastYear(chosen), elapsed) : samePeriodLastYear(current),
    futureDays: daysBetween(today, chosen.to),
  };
}

function firstDays(p: Period, days: number): Period {
  const to = addDays(p.from, days - 1);
  return rangePeriod(p.from, to < p.to ? to : p.to);
}

/** "2025年6月", or "2025年6月（截至6月15日）" while it is still running. */
export function comparedPeriodLabel(c: ComparedPeriods): string {
  const label = periodLabel(c.chosen);
  return c.futureDays > 0 ? `${label}（截至${formatShortDateLabel(c.current.to)}）` : label;
}
