import { addDays, daysBetween } from '../../../../shared/domain/dates';
import { fivePlusTwo, pctChange, perDay, FIVE_PLUS_TWO_FIGURES, type DailyRow } from '../../../../shared/domain/kpi';
import type { Period } from '../../../../shared/domain/periods';
import { uncoveredNotice, uncoveredYears } from '../../../../shared/domain/calendar/resolveDayType';
import type { FivePlusTwoChange, FivePlusTwoFigures } from '../../../../shared/contract/calendar';
import type { DayPlan } from './duty';

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** The 5+2 figures of rows (every day of from–to) and their duty plans, in the contract's shape. */
export function figuresOf(rows: readonly DailyRow[], plans: readonly DayPlan[], from: string, to: string): FivePlusTwoFigures {
  const figures = fivePlusTwo(rows);
  if (figures.restDays === 0) {
    // A period without rest days has no rest-day share to speak of: "—", not "0.0%".
    for (const f of FIVE_PLUS_TWO_FIGURES) figures.volumes[f].restDaySharePct = null;
  }
  return { from, to, ...figures, dutyMismatches: plans.filter((p) => p.mismatch !== null).length };
}

/**
 * `current` against `base`. With `perCalendarDay` the rest-day volumes are compared per calendar
 * day, for two spans of different length (before and after the 5+2 date).
 */
export function changeOf(current: FivePlusTwoFigures, base: FivePlusTwoFigures, perCalendarDay = false): FivePlusTwoChange {
  const daysOf = (f: FivePlusTwoFigures) => daysBetween(f.from, f.to) + 1;
  const volumes = {} as FivePlusTwoChange['volumes'];
  for (const f of FIVE_PLUS_TWO_FIGURES) {
    const c = current.volumes[f];
    const b = base.volumes[f];
    volumes[f] = {
      onRestDaysPct: perCalendarDay
        ? pctChange(perDay(c.onRestDays, daysOf(current)), perDay(b.onRestDays, daysOf(base)))
        : pctChange(c.onRestDays, b.onRestDays),
      perRestDayPct: pctChange(c.perRestDay, b.perRestDay),
      restDaySharePoints: difference(c.restDaySharePct, b.restDaySharePct),
    };
  }
  return {
    coveragePoints: difference(current.coveragePct, base.coveragePct),
    restDaysOpenPct: perCalendarDay ? null : pctChange(current.restDaysOpen, base.restDaysOpen),
    volumes,
  };
}

/** One range over the days compared and their 同比 base, loaded once. */
export function reportSpans(current: Period, lastYear: Period): { loadFrom: string; loadTo: string } {
  return { loadFrom: lastYear.from < current.from ? lastYear.from : current.from, loadTo: lastYear.to > current.to ? lastYear.to : current.to };
}

/** 同比 withheld for an incomplete base ("基期数据不全"): no change at all rather than a misleading one. */
export function withheldChange(): FivePlusTwoChange {
  const volumes = {} as FivePlusTwoChange['volumes'];
  for (const f of FIVE_PLUS_TWO_FIGURES) volumes[f] = { onRestDaysPct: null, perRestDayPct: null, restDaySharePoints: null };
  return { coveragePoints: null, restDaysOpenPct: null, volumes };
}

/** The period split at the 5+2 date: the side before it and the side from it on, each null when empty. */
export function splitAt(from: string, to: string, effectiveFrom: string): { before: [string, string] | null; after: [string, string] | null } {
  const lastBefore = addDays(effectiveFrom, -1);
  return {
    before: from <= lastBefore ? [from, lastBefore < to ? lastBefore : to] : null,
    after: effectiveFrom <= to ? [effectiveFrom > from ? effectiveFrom : from, to] : null,
  };
}

export function uncoveredOf(from: string, to: string): { uncoveredYears: number[]; notice: string | null } {
  const years = uncoveredYears(from, to);
  return { uncoveredYears: years, notice: uncoveredNotice(years) };
}
