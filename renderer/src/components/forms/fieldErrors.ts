import type { FormInstance } from 'antd';
import type { ApiError } from '../../../../shared/contract';

export interface FieldErrorTargets {
  /** the form's fields that can show a message (a message for any other is shown beside the form) */
  fields: readonly string[];
  /** a contract input key and the form field that edits it, where they differ (from/to → a range picker) */
  rename?: Readonly<Record<string, string>>;
}

/**
 * Puts a refused write's field errors on the form's own fields, the one way every form does it. The
 * contract names a path ('units.1', 'figures.0.value'); the message goes on the field its first part
 * names. Returns what is left to show beside the form: the first message no field took, else the
 * error's own message when no field took any (a conflict, a refusal); null when all found a field.
 */
export function showFieldErrors(form: FormInstance, error: ApiError, { fields, rename = {} }: FieldErrorTargets): string | null {
  const placed = new Map<string, string>();
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors ?? {})) {
    const head = path.split('.')[0]!;
    const field = rename[head] ?? head;
    if (!fields.includes(field)) unplaced.push(message);
    // a field shows the first of its messages
    else if (!placed.has(field)) placed.set(field, message);
  }
  form.setFields([...placed].map(([name, message]) => ({ name, errors: [message] })));
  if (unplaced.length > 0) return unplaced[0]!;
  return placed.size === 0 ? error.message : null;
}
