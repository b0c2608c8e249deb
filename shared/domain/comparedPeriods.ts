/**
 * The one definition of "the days compared", used by the KPI cards, the trends, the 5+2 panel and
 * the briefing: the chosen period, its 环比 base (the period before) and its 同比 base (the same
 * period last year), cut so that all three hold the same days of their calendar span.
 *
 * A period still running (this month, 1–12月累计 in November) is compared through its last day with
 * a record, not through today: today's figures are usually entered tomorrow, and counting a day
 * nobody has entered yet would compare two days of December with three of November. Both bases
 * then take the same number of days at the same offsets from their start ("截至12月2日": 1–2 December
 * against 1–2 November and 1–2 December last year), as bulletins state a running figure "截至 X 月 X 日".
 */

import { addDays, daysBetween } from './dates';
import { periodLabel, previousPeriod, rangePeriod, samePeriodLastYear, type Period } from './periods';
import { formatShortDateLabel } from './format';

export interface ComparedPeriods {
  /** the period as chosen, whole */
  chosen: Period;
  /** the days of `chosen` that are compared: all of it, or through its last recorded day */
  current: Period;
  /**
   * 环比 base; null for 1–N月累计: statistical bulletins give a cumulative figure with its 同比 only
   * (a cumulative span has no predecessor of the same kind, and 1–6月 against 1–5月 would only say
   * that six months hold more than five).
   */
  previous: Period | null;
  /** 同比 base */
  lastYear: Period;
  /** days of `chosen` after `current`, left out of every figure */
  futureDays: number;
}

/** Thrown for a period that has not started yet: there is nothing to show. */
export class PeriodNotStartedError extends RangeError {}

/**
 * @param today the date at the port (injected: the core's clock)
 * @param lastRecorded the latest date with a record of the chosen ports within the chosen period
 *   (on or before today), or null when none
 */
export function comparedPeriods(chosen: Period, today: string, lastRecorded: string | null): ComparedPeriods {
  if (chosen.from > today) throw new PeriodNotStartedError(`${chosen.from} is after ${today}`);
  const previousBase = chosen.kind === 'ytd' ? null : previousPeriod(chosen);
  const through = throughDay(chosen, today, lastRecorded);
  if (through === chosen.to) {
    return { chosen, current: chosen, previous: previousBase, lastYear: samePeriodLastYear(chosen), futureDays: 0 };
  }
  const elapsed = daysBetween(chosen.from, through) + 1;
  return {
    chosen,
    current: rangePeriod(chosen.from, through),
    previous: previousBase && firstDays(previousBase, elapsed),
    // The same offsets in the same period a year earlier: a week keeps its weekdays (Monday–Wednesday
    // of the same ISO week), a month or a year its first N days.
    lastYear: firstDays(samePeriodLastYear(chosen), elapsed),
    futureDays: daysBetween(through, chosen.to),
  };
}

/**
 * The last day compared. A period that ended before today is compared whole (its days without a
 * record are missing days, said as such). One still running ends at its last recorded day; with no
 * record in it yet, at today (every day then counts as missing).
 */
function throughDay(chosen: Period, today: string, lastRecorded: string | null): string {
  if (chosen.to < today) return chosen.to;
  if (lastRecorded !== null && lastRecorded >= chosen.from && lastRecorded <= today && lastRecorded <= chosen.to) return lastRecorded;
  return chosen.to < today ? chosen.to : today;
}

/** The first `days` days of p (all of p when it is shorter, as February is). */
function firstDays(p: Period, days: number): Period {
  const to = addDays(p.from, days - 1);
  return rangePeriod(p.from, to < p.to ? to : p.to);
}

/** "2025年6月", or "2025年6月（截至6月15日）" while it is still running. */
export function comparedPeriodLabel(c: ComparedPeriods): string {
  const label = periodLabel(c.chosen);
  return c.futureDays > 0 ? `${label}（截至${formatShortDateLabel(c.current.to)}）` : label;
}
