/**
 * Rest-day duty (值班): which units are on duty on a weekend or holiday, the clearance hours, and the
 * person in charge. A port sets rules ("all rest days open 10:00–18:00") and overrides single days
 * with exceptions; the plan of a day is its exception if there is one, else the best matching rule.
 */
import { isRestDay, type DayType } from '../dayType';

export const DUTY_SCOPES = ['restDays', 'weekends', 'holidays'] as const;
export type DutyScope = (typeof DUTY_SCOPES)[number];

/** What is planned for a day, whether it comes from a rule or an exception. */
export interface DutyArrangement {
  /** whether the port is planned to clear on that day */
  open: boolean;
  /** 'HH:MM', both or neither */
  hoursFrom: string | null;
  hoursTo: string | null;
  /** the units on duty (聂拉木海关, 边检站 …) */
  units: string[];
  personInCharge: string | null;
  note: string | null;
}

export interface DutyRule extends DutyArrangement {
  id: number;
  portId: number;
  scope: DutyScope;
  validFrom: string;
  /** null = open-ended */
  validTo: string | null;
}

export interface DutyException extends DutyArrangement {
  portId: number;
  date: string;
}

export interface DutyPlan extends DutyArrangement {
  source: 'rule' | 'exception';
  /** the rule the plan comes from; null for an exception */
  ruleId: number | null;
}

/** 'HH:MM' from 00:00 to 24:00. */
export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Whether a rule's scope takes in a day of this type; a day of unknown type is planned by no rule. */
export function scopeCovers(scope: DutyScope, dayType: DayType): boolean {
  switch (scope) {
    case 'restDays':
      return isRestDay(dayType);
    case 'weekends':
      return dayType === 'weekend';
    case 'holidays':
      return dayType === 'holiday' || dayType === 'regionalHoliday';
  }
}

function ruleApplies(rule: DutyRule, date: string, dayType: DayType): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo) && scopeCovers(rule.scope, dayType);
}

/**
 * Of several matching rules, a narrower scope wins ("holidays closed" over "all rest days open"),
 * then the one that took effect last, then the one entered last.
 */
function betterRule(a: DutyRule, b: DutyRule): DutyRule {
  const narrow = (r: DutyRule) => (r.scope === 'restDays' ? 0 : 1);
  if (narrow(a) !== narrow(b)) return narrow(a) > narrow(b) ? a : b;
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom ? a : b;
  return a.id > b.id ? a : b;
}

function arrangementOf(a: DutyArrangement): DutyArrangement {
  return { open: a.open, hoursFrom: a.hoursFrom, hoursTo: a.hoursTo, units: [...a.units], personInCharge: a.personInCharge, note: a.note };
}

/** The plan of one day, or null when no rule or exception covers it. */
export function dutyPlanFor(
  date: string,
  dayType: DayType,
  rules: readonly DutyRule[],
  exception: DutyException | undefined,
): DutyPlan | null {
  if (exception) return { source: 'exception', ruleId: null, ...arrangementOf(exception) };
  let best: DutyRule | null = null;
  for (const rule of rules) if (ruleApplies(rule, date, dayType)) best = best ? betterRule(best, rule) : rule;
  return best ? { source: 'rule', ruleId: best.id, ...arrangementOf(best) } : null;
}

export const DUTY_MISMATCHES = ['plannedOpenRecordedClosed', 'plannedClosedRecordedOpen'] as const;
export type DutyMismatch = (typeof DUTY_MISMATCHES)[number];

/**
 * A plan and the record disagree. A day without a plan, or without a yes/no for 口岸开放, is not
 * flagged: there is nothing to disagree with.
 */
export function dutyMismatchOf(plan: DutyPlan | null, portOpen: boolean | null): DutyMismatch | null {
  if (!plan || portOpen === null) return null;
  if (plan.open && !portOpen) return 'plannedOpenRecordedClosed';
  if (!plan.open && portOpen) return 'plannedClosedRecordedOpen';
  return null;
}

/** "10:00–18:00", or null when no hours were planned. */
export function formatDutyHours(a: Pick<DutyArrangement, 'hoursFrom' | 'hoursTo'>): string | null {
  return a.hoursFrom && a.hoursTo ? `${a.hoursFrom}–${a.hoursTo}` : null;
}
