import type { useAppProps } from 'antd/es/app/context';
import type { RangeWarning } from '../../../../shared/contract/days';
import type { ApiResult } from '../../../../shared/contract/result';
import i18n from '../../i18n';

/**
 * Values far outside the port's usual range are saved only after the clerk has seen them listed
 * and confirmed: a slip of 元 for 万元 is caught here rather than in next month's briefing.
 */
export function confirmWarnings(modal: useAppProps['modal'], warnings: RangeWarning[]): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: i18n.t('confirmTitle'),
      width: 560,
      content: (
        <ul style={{ paddingLeft: 18 }} data-testid="range-warnings">
          {warnings.map((w) => (
            <li key={`${w.date}-${w.field}`}>{w.message}</li>
          ))}
        </ul>
      ),
      okText: i18n.t('confirmSave'),
      cancelText: i18n.t('backToEdit'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

type NeedsConfirmation = { status: 'needsConfirmation'; warnings: RangeWarning[] };

/**
 * A save that may come back asking for confirmation: the warnings are listed and, once the clerk
 * confirms, the same save is sent again confirmed. Null when the clerk goes back to edit instead.
 */
export async function saveConfirmed<T extends { status: string }>(
  modal: useAppProps['modal'],
  send: (confirmed: boolean) => Promise<ApiResult<T | NeedsConfirmation>>,
): Promise<ApiResult<Exclude<T, NeedsConfirmation>> | null> {
  let confirmed = false;
  for (;;) {
    const r = await send(confirmed);
    if (!r.ok) return r;
    const value = r.value;
    if (value.status !== 'needsConfirmation') return { ok: true, value: value as Exclude<T, NeedsConfirmation> };
    confirmed = await confirmWarnings(modal, (value as NeedsConfirmation).warnings);
    if (!confirmed) return null;
  }
}
