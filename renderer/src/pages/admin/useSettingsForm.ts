import { useEffect, useState } from 'react';
import { App as AntApp, type FormInstance } from 'antd';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { useLeaveGuard } from '../../app/leaveGuard';

/**
 * A settings form of 系统管理: filled with the stored settings when they arrive and again when a save
 * returns them (api/writeAnswers.ts puts the answer where the read keeps it); typed but not saved,
 * leaving asks first. What the core refuses lands at the form's fields, the rest as a message.
 */
export function useSettingsForm<R extends MethodName, W extends MethodName>(
  read: R,
  write: W,
  form: FormInstance,
  fields: readonly string[],
  toValues: (settings: MethodOutput<R>) => object,
) {
  const { message } = AntApp.useApp();
  const query = useApiQuery(read, undefined as MethodInput<R>);
  const { run, pending } = useApiMutation(write);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  const settings = query.data;
  useEffect(() => {
    if (!settings) return;
    form.setFieldsValue(toValues(settings));
    setDirty(false);
    // (toValues is the caller's fixed mapping: only new settings refill the form)
  }, [settings, form]);

  /** The saved settings, or null when the core refused them. */
  const save = async (input: MethodInput<W>): Promise<MethodOutput<W> | null> => {
    const r = await run(input);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields });
      if (elsewhere) void message.error(elsewhere);
      return null;
    }
    setDirty(false);
    return r.value;
  };

  return { settings, error: query.error, busy: pending, save, markDirty: () => setDirty(true) };
}
