import type { FormInstance } from 'antd';

/** Shows the core's field errors at the form's fields; true when at least one field took one. */
export function applyFieldErrors(form: FormInstance, fieldErrors: Record<string, string> | undefined, names: readonly string[]): boolean {
  const known = Object.entries(fieldErrors ?? {}).filter(([name]) => names.includes(name));
  form.setFields(known.map(([name, message]) => ({ name, errors: [message] })));
  return known.length > 0;
}
