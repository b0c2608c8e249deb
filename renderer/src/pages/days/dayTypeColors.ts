import type { DayTypeInfo } from '../../../../shared/domain/dayType';

/** Colours of the day types, the same in the form, the grid and the calendar. */
export const DAY_TYPE_COLORS: Record<DayTypeInfo['type'], string> = {
  workday: 'default',
  weekend: 'blue',
  holiday: 'red',
  makeupWorkday: 'orange',
  regionalHoliday: 'magenta',
  unknown: 'warning',
};
