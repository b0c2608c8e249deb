import type { CoreDeps, Handlers } from '../types';
import type { calendarContract } from '../../../shared/contract/calendar';

/** Handlers of this domain's contract methods (shared/contract/calendar.ts). */
export function createCalendarHandlers(_deps: CoreDeps): Pick<Handlers, keyof typeof calendarContract> {
  return {};
}
