import type { MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { todayInShanghai } from '../../../../shared/domain/dates';

/** Tag colours of the statuses: grey plan, blue work, green in force, orange pause, default ended. */
export const STATUS_COLORS: Record<MeasureStatus, string> = {
  planned: 'default',
  inProgress: 'processing',
  inForce: 'success',
  suspended: 'warning',
  ended: 'default',
};

export function today(): string {
  return todayInShanghai();
}
