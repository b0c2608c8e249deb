import type { FormInstance } from 'antd';

/**
 * Puts the contract's field errors on a form's fields: 'units.1' lands on units, and `rename` maps an
 * input key to the form field that edits it (from/to → a range picker).
 */
export function showFieldErrors<T>(form: FormInstance<T>, fieldErrors: Record<string, string> | undefined, rename: Record<string, string> = {}): void {
  form.setFields(
    Object.entries(fieldErrors ?? {}).map(([path, msg]) => {
      const head = path.split('.')[0]!;
      // The names come from the server's paths, which the form's typed names cannot know.
      return { name: (rename[head] ?? head) as never, errors: [msg] };
    }),
  );
}
