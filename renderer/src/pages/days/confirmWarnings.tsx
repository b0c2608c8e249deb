import type { useAppProps } from 'antd/es/app/context';
import type { RangeWarning } from '../../../../shared/contract/days';
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
