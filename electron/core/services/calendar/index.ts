import type { CoreDeps, Handlers } from '../../types';
import type { calendarContract } from '../../../../shared/contract/calendar';
import { createRegionalDayHandlers } from './regionalDays';
import { createDutyHandlers } from './duty';
import { createCalendarViewHandlers } from './views';

/** Handlers of this domain's contract methods (shared/contract/calendar.ts); each part in this folder. */
export function createCalendarHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof calendarContract> {
  return {
    ...createRegionalDayHandlers(deps),
    ...createDutyHandlers(deps),
    ...createCalendarViewHandlers(deps),
  };
}
