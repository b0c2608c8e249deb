import type { Generated } from 'kysely';
import type { RegionalDayType } from '../../../../shared/domain/calendar/regionalDays';
import type { DutyScope } from '../../../../shared/domain/calendar/duty';

/** Row types of the calendar's tables (migration 0003). */
export interface RegionalDaysTable {
  id: Generated<number>;
  /** null = every port */
  port_id: number | null;
  date: string;
  type: RegionalDayType;
  name: string;
  source: Generated<string>;
  /** 1 for the shipped defaults, 0 for entries made in the program */
  shipped: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface CalendarRevisionTable {
  id: number;
  /** bumped by triggers on every change to regional_days */
  revision: number;
}

/** What a duty rule and a one-day exception both say: open or not, hours, who is on duty, and who wrote it. */
interface DutyPlanColumns {
  port_id: number;
  open: number;
  hours_from: string | null;
  hours_to: string | null;
  /** JSON array of unit names */
  units: Generated<string>;
  person_in_charge: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface DutyRulesTable extends DutyPlanColumns {
  id: Generated<number>;
  scope: DutyScope;
  valid_from: string;
  valid_to: string | null;
}

export interface DutyExceptionsTable extends DutyPlanColumns {
  id: Generated<number>;
  date: string;
}

export interface PortCalendarSettingsTable {
  port_id: number;
  five_plus_two_from: string | null;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

export interface CalendarTables {
  regional_days: RegionalDaysTable;
  calendar_revision: CalendarRevisionTable;
  duty_rules: DutyRulesTable;
  duty_exceptions: DutyExceptionsTable;
  port_calendar_settings: PortCalendarSettingsTable;
}
