import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail } from '../../../../shared/contract/measures';
import type { MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { useApiMutation } from '../../api/queries';
import { EffectiveDayItem, errorStatus } from './EffectiveDayItem';
import { today } from './measureUi';

/**
 * Moves a measure to another status on a given day. Only the moves the rules allow are offered;
 * the dialog says what the day will mean (start date, end date) before it is saved.
 */
export function StatusDialog({
  measure,
  to,
  onClose,
  onChanged,
}: {
  measure: MeasureDetail;
  to: MeasureStatus | null;
  onClose(): void;
  onChanged(): void;
}) {
  const { t } = useTranslation(['measures', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const [target, setTarget] = useState<MeasureStatus | null>(to);
  const [date, setDate] = useState<Dayjs>(() => dayjs(today()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run: changeMeasureStatus, pending: saving } = useApiMutation('changeMeasureStatus');

  useEffect(() => {
    if (to === null) return;
    setTarget(to);
    setDate(dayjs(today()));
    setNote('');
    setErrors({});
  }, [to]);

  const save = async () => {
    if (!target) return;
    const r = await changeMeasureStatus({
      id: measure.id,
      expectedRevision: measure.revision,
      to: target,
      date: date.format('YYYY-MM-DD'),
      note,
    });
    if (!r.ok) return setErrors(r.error.fieldErrors ?? { _: r.error.message });
    void message.success(t('statusChanged', { status: t(`domain:measureStatuses.${target}`) }));
    onChanged();
  };

  const meaning =
    target && measure.status === 'planned' && target !== 'ended'
      ? t('meansStart')
      : target === 'ended'
        ? measure.status === 'planned'
          ? t('meansDropped')
          : t('meansEnd')
        : null;
  const status = (key: string) => errorStatus(errors, key, 'status');

  return (
    <Modal
      title={t('changeStatusTitle', { code: measure.code })}
      open={to !== null}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common:ok')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: saving, disabled: !target }}
      destroyOnHidden
    >
      {errors._ && <Alert type="error" title={errors._} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div">
        <Form.Item label={t('newStatus')} {...status('to')}>
          <Select
            aria-label={t('newStatus')}
            value={target ?? undefined}
            onChange={(v: MeasureStatus) => {
              setTarget(v);
              setErrors({});
            }}
            options={measure.nextStatuses.map((s) => ({ value: s, label: t(`domain:measureStatuses.${s}`) }))}
          />
        </Form.Item>
        <EffectiveDayItem
          label={t('effectiveDate')}
          extra={meaning}
          status={status('date')}
          value={date}
          onChange={(d) => {
            setDate(d);
            setErrors({});
          }}
        />
        <Form.Item label={t('statusNote')} {...status('note')}>
          <Input.TextArea aria-label={t('statusNote')} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
