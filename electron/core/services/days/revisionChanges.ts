import type { FieldChange } from '../../../../shared/contract/days';
import { DAY_VALUE_KEYS, type DayValueKey, type DayValues } from '../../../../shared/domain/dailyFields';

/**
 * How a revision's field changes are kept in daily_record_revisions.changes.
 *
 * An edit is a JSON array of { field, from, to }. A day's first revision (every field it has, from
 * blank) is a JSON object of field → value: half the bytes, and an import of 100,000 days writes one
 * for each day. Stores written before the object form have arrays there too; both read the same.
 */

export function editChangesJson(changes: readonly { field: DayValueKey; from: unknown; to: unknown }[]): string {
  return JSON.stringify(changes);
}

/** The first revision of a new day: its non-blank fields. Written directly: imports write thousands. */
export function newDayChangesJson(values: DayValues): string {
  let json = '';
  for (const key of DAY_VALUE_KEYS) {
    const to = values[key];
    if (to === null) continue;
    // Figures are whole numbers and need no quoting; only texts go through JSON.stringify.
    json += `${json ? ',' : ''}"${key}":${typeof to === 'string' ? JSON.stringify(to) : String(to)}`;
  }
  return `{${json}}`;
}

/** Either stored form as the list the history shows, fields in the registry's order. */
export function readRevisionChanges(json: string): FieldChange[] {
  const parsed = JSON.parse(json) as FieldChange[] | Partial<Record<DayValueKey, unknown>>;
  if (Array.isArray(parsed)) return parsed;
  return DAY_VALUE_KEYS.filter((key) => key in parsed).map((key) => ({ field: key, from: null, to: parsed[key] }) as FieldChange);
}
