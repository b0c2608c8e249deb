import { describe, expect, it } from 'vitest';
import { restDayRule } from '../fixtures/dutyRule';
import { dutyMismatchOf, dutyPlanFor, formatDutyHours, scopeCovers, type DutyRule } from '../../shared/domain/calendar/duty';

/** A stored rule: the shared rest-day rule with the id and whatever the case changes. */
function rule(partial: Partial<DutyRule> & Pick<DutyRule, 'id'>): DutyRule {
  return { ...restDayRule(), ...partial };
}

describe('duty plans', () => {
  it('matches scopes to day types; unknown days are planned by no rule', () => {
    expect(scopeCovers('restDays', 'weekend')).toBe(true);
    expect(scopeCovers('restDays', 'regionalHoliday')).toBe(true);
    expect(scopeCovers('restDays', 'makeupWorkday')).toBe(false);
    expect(scopeCovers('weekends', 'holiday')).toBe(false);
    expect(scopeCovers('holidays', 'regionalHoliday')).toBe(true);
    for (const s of ['restDays', 'weekends', 'holidays'] as const) expect(scopeCovers(s, 'unknown')).toBe(false);
  });

  it('picks the narrower scope, then the later start, and honours the validity window', () => {
    const all = rule({ id: 1 });
    const holidaysClosed = rule({ id: 2, scope: 'holidays', open: false, hoursFrom: null, hoursTo: null });
    const summer = rule({ id: 3, validFrom: '2025-06-01', validTo: '2025-08-31', hoursFrom: '09:00', hoursTo: '20:00' });
    const rules = [all, holidaysClosed, summer];
    expect(dutyPlanFor('2025-05-10', 'weekend', rules, undefined)).toMatchObject({ source: 'rule', ruleId: 1, hoursFrom: '10:00' });
    expect(dutyPlanFor('2025-06-07', 'weekend', rules, undefined)).toMatchObject({ ruleId: 3, hoursFrom: '09:00' });
    expect(dutyPlanFor('2025-09-06', 'weekend', rules, undefined)).toMatchObject({ ruleId: 1 });
    expect(dutyPlanFor('2025-10-01', 'holiday', rules, undefined)).toMatchObject({ ruleId: 2, open: false });
    expect(dutyPlanFor('2024-12-28', 'weekend', rules, undefined)).toBeNull();
    expect(dutyPlanFor('2025-06-03', 'workday', rules, undefined)).toBeNull();
  });

  it('lets an exception replace the rule, on any day', () => {
    const arrangement = { open: true, hoursFrom: '08:00', hoursTo: '12:00', units: ['边检站'], personInCharge: '王五', note: '加班通关' };
    const exception = { portId: 1, date: '2025-06-03', ...arrangement };
    expect(dutyPlanFor('2025-06-03', 'workday', [rule({ id: 1 })], exception)).toEqual({ source: 'exception', ruleId: null, ...arrangement });
  });

  it('flags plan and record disagreeing, and nothing without a plan or a yes/no', () => {
    const open = dutyPlanFor('2025-06-07', 'weekend', [rule({ id: 1 })], undefined);
    const closed = dutyPlanFor('2025-06-07', 'weekend', [rule({ id: 1, open: false })], undefined);
    expect(dutyMismatchOf(open, false)).toBe('plannedOpenRecordedClosed');
    expect(dutyMismatchOf(closed, true)).toBe('plannedClosedRecordedOpen');
    expect(dutyMismatchOf(open, true)).toBeNull();
    expect(dutyMismatchOf(open, null)).toBeNull();
    expect(dutyMismatchOf(null, true)).toBeNull();
    expect(formatDutyHours(open!)).toBe('10:00–18:00');
    expect(formatDutyHours(closed!)).toBe('10:00–18:00');
    expect(formatDutyHours({ hoursFrom: null, hoursTo: null })).toBeNull();
  });
});
