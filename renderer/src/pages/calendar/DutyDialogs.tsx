import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DutyRuleDto } from '../../../../shared/contract/calendar';
import { DUTY_SCOPES, type DutyArrangement, type DutyPlan, type DutyScope } from '../../../../shared/domain/calendar/duty';
import { formatDateLabel } from '../../../../shared/domain/format';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../components/forms/fieldErrors';

interface ArrangementForm {
  open: boolean;
  hoursFrom: string;
  hoursTo: string;
  units: string[];
  personInCharge: string;
  note: string;
}

const ARRANGEMENT_FIELDS: readonly (keyof ArrangementForm)[] = ['open', 'hoursFrom', 'hoursTo', 'units', 'personInCharge', 'note'];

function toForm(a: DutyArrangement | null): ArrangementForm {
  return {
    open: a?.open ?? true,
    hoursFrom: a?.hoursFrom ?? '',
    hoursTo: a?.hoursTo ?? '',
    units: a?.units ?? [],
    personInCharge: a?.personInCharge ?? '',
    note: a?.note ?? '',
  };
}

function fromForm(f: ArrangementForm): DutyArrangement {
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  return {
    open: f.open,
    hoursFrom: f.open ? text(f.hoursFrom) : null,
    hoursTo: f.open ? text(f.hoursTo) : null,
    units: f.units ?? [],
    personInCharge: text(f.personInCharge),
    note: text(f.note),
  };
}

function ArrangementFields() {
  const { t } = useTranslation('calendar');
  const open = Form.useWatch('open') as boolean | undefined;
  const suggestions = t('unitSuggestions', { returnObjects: true }) as string[];
  return (
    <>
      <Form.Item name="open" label={t('duty.openLabel')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('duty.planOpen') },
            { value: false, label: t('duty.planClosed') },
          ]}
        />
      </Form.Item>
      {open !== false && (
        <Space align="start">
          <Form.Item name="hoursFrom" label={t('duty.hoursFrom')}>
            <Input placeholder="10:00" style={{ width: 100 }} aria-label={t('duty.hoursFrom')} />
          </Form.Item>
          <Form.Item name="hoursTo" label={t('duty.hoursTo')}>
            <Input placeholder="18:00" style={{ width: 100 }} aria-label={t('duty.hoursTo')} />
          </Form.Item>
        </Space>
      )}
      <Form.Item name="units" label={t('duty.units')} extra={t('duty.unitsHint')}>
        <Select mode="tags" aria-label={t('duty.units')} options={suggestions.map((u) => ({ value: u, label: u }))} tokenSeparators={['、', ',', '，']} />
      </Form.Item>
      <Form.Item name="personInCharge" label={t('duty.person')}>
        <Input maxLength={40} aria-label={t('duty.person')} />
      </Form.Item>
      <Form.Item name="note" label={t('duty.note')}>
        <Input maxLength={200} aria-label={t('duty.note')} />
      </Form.Item>
    </>
  );
}

const RULE_FIELDS: readonly string[] = [...ARRANGEMENT_FIELDS, 'scope', 'validFrom', 'validTo'];

interface RuleForm extends ArrangementForm {
  scope: DutyScope;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
}

/** Creates or edits a duty rule. */
export function RuleDialog({ portId, rule, open, onClose }: { portId: number; rule: DutyRuleDto | null; open: boolean; onClose(changed: boolean): void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<RuleForm>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const v = form.getFieldsValue(true);
    setSaving(true);
    const r = await api.saveDutyRule({
      id: rule?.id ?? null,
      portId,
      scope: v.scope,
      validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : '',
      validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
      ...fromForm(v),
    });
    setSaving(false);
    if (!r.ok) {
      showFieldErrors(form, r.error, { fields: RULE_FIELDS });
      return void message.error(r.error.message);
    }
    void message.success(t('duty.ruleSaved'));
    onClose(true);
  };

  return (
    <Modal
      open={open}
      destroyOnHidden
      title={rule ? t('duty.editRule') : t('duty.addRule')}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
    >
      <Form<RuleForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          scope: rule?.scope ?? 'restDays',
          validFrom: rule ? dayjs(rule.validFrom) : dayjs().startOf('year'),
          validTo: rule?.validTo ? dayjs(rule.validTo) : null,
          ...toForm(rule),
        }}
      >
        <Form.Item name="scope" label={t('duty.scope')}>
          <Select aria-label={t('duty.scope')} options={DUTY_SCOPES.map((s) => ({ value: s, label: t(`duty.scopes.${s}`) }))} />
        </Form.Item>
        <Space align="start">
          <Form.Item name="validFrom" label={t('duty.validFrom')}>
            <DatePicker allowClear={false} aria-label={t('duty.validFrom')} />
          </Form.Item>
          <Form.Item name="validTo" label={t('duty.validTo')} extra={t('duty.validToHint')}>
            <DatePicker aria-label={t('duty.validTo')} />
          </Form.Item>
        </Space>
        <ArrangementFields />
      </Form>
    </Modal>
  );
}

/** Sets the plan of one day, replacing what the rules say; or puts the day back under the rules. */
export function ExceptionDialog({
  portId,
  date,
  plan,
  onClose,
}: {
  portId: number;
  date: string | null;
  plan: DutyPlan | null;
  onClose(changed: boolean): void;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const { message } = AntApp.useApp();
  const { can } = useSession();
  const [form] = Form.useForm<ArrangementForm>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!date) return;
    setSaving(true);
    const r = await api.saveDutyException({ portId, date, ...fromForm(form.getFieldsValue(true)) });
    setSaving(false);
    if (!r.ok) {
      showFieldErrors(form, r.error, { fields: ARRANGEMENT_FIELDS });
      return void message.error(r.error.message);
    }
    void message.success(t('duty.exceptionSaved', { date }));
    onClose(true);
  };

  const backToRules = async () => {
    if (!date) return;
    const r = await api.deleteDutyException({ portId, date });
    if (!r.ok) return void message.error(r.error.message);
    void message.success(t('duty.backToRulesDone', { date }));
    onClose(true);
  };

  return (
    <Modal
      open={date !== null}
      destroyOnHidden
      title={date ? t('duty.exceptionTitle', { date: formatDateLabel(date) }) : ''}
      onCancel={() => onClose(false)}
      footer={[
        plan?.source === 'exception' && can('deleteDutyException') && (
          <Button key="back" onClick={() => void backToRules()}>
            {t('duty.backToRules')}
          </Button>
        ),
        <Button key="cancel" onClick={() => onClose(false)}>
          {t('common:cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void save()}>
          {t('common:save')}
        </Button>,
      ]}
    >
      <Form<ArrangementForm> form={form} layout="vertical" preserve={false} initialValues={toForm(plan)}>
        <ArrangementFields />
      </Form>
    </Modal>
  );
}
