import { datesBetween } from '../../../shared/domain/dates';
import { weekdayDayType } from '../../../shared/domain/dayType';
import type { CoreDeps, DayTypeProvider } from '../types';

/** Day types for the views. Until the holiday calendar is wired in, weekends come from the weekday. */
export function createDayTypeProvider(_deps: Pick<CoreDeps, 'store'>): DayTypeProvider {
  return {
    range(_portId, from, to) {
      return datesBetween(from, to).map(weekdayDayType);
    },
  };
}
