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

/** Field errors of a write, keyed as the form's fields are ('portIds', 'startDate' …). */
export function topLevelErrors(fieldErrors: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, msg] of Object.entries(fieldErrors ?? {})) {
    const key = path.split('.')[0] ?? path;
    out[key] ??= msg;
  }
  return out;
}
