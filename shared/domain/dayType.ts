import { weekdayOf } from './dates';

/**
 * Day types are derived from the date and the calendars, never typed in (docs/DOMAIN.md).
 * 'unknown' is for a date in a year that no calendar covers: such a day is neither counted as a
 * workday nor as a rest day, and the views say so.
 */
export const DAY_TYPES = ['workday', 'weekend', 'holiday', 'makeupWorkday', 'regionalHoliday', 'unknown'] as const;
export type DayType = (typeof DAY_TYPES)[number];

export const DAY_TYPE_LABELS: Record<DayType, string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '法定节假日',
  makeupWorkday: '调休上班日',
  regionalHoliday: '地方节假日',
  unknown: '未收录',
};

export interface DayTypeInfo {
  date: string;
  type: DayType;
  /** the holiday's name (国庆节, 藏历新年 …) when there is one */
  name: string | null;
}

/**
 * The holiday a day is part of, for a tag or a table: only a holiday (national or regional) is
 * named by its holiday. The calendar also names a 调休上班日 after the holiday it makes up for
 * (国庆节), but that day is a working day, and tagging it "国庆节" reads as a day off.
 */
export function holidayNameOf(info: { type: DayType; name: string | null }): string | null {
  return info.type === 'holiday' || info.type === 'regionalHoliday' ? info.name : null;
}

/** Rest days are the days "5+2" keeps the port open on: weekends and holidays of either kind. */
export function isRestDay(type: DayType): boolean {
  return type === 'weekend' || type === 'holiday' || type === 'regionalHoliday';
}

/** The day type from the weekday alone, for when no holiday calendar is consulted. */
export function weekdayDayType(date: string): DayTypeInfo {
  const wd = weekdayOf(date);
  return { date, type: wd === 0 || wd === 6 ? 'weekend' : 'workday', name: null };
}
