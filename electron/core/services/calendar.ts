import type { CoreDeps, Handlers } from '../types';
import type { calendarContract } from '../../../shared/contract/calendar';
import { createRegionalDayHandlers } from './calendar/regionalDays';
import { createDutyHandlers } from './calendar/duty';
import { createCalendarViewHandlers } from './calendar/views';

/** Handlers of this domain's contract methods (shared/contract/calendar.ts). */
export function createCalendarHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof calendarContract> {
  return {
    ...createRegionalDayHandlers(deps),
    ...createDutyHandlers(deps),
    ...createCalendarViewHandlers(deps),
  };
}
