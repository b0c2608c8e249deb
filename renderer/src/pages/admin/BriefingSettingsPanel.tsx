import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LETTERHEAD_LIMITS, type LetterheadSettings } from '../../../../shared/contract/briefing';
import { api } from '../../api/client';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { useLeaveGuard } from '../../app/leaveGuard';

interface Values {
  publication: string;
  issuingBody: string;
  reportTo: string;
  copyTo: string;
  nextNumber: number;
}

const FIELDS = ['publication', 'issuingBody', 'reportTo', 'copyTo', 'nextNumber'] as const;

/** The 简报's letterhead (name, issuing body, 报送, 抄送) and the number the next issued briefing gets. */
export function BriefingSettingsPanel() {
  const { t } = useTranslation('briefing');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [settings, setSettings] = useState<LetterheadSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Typed but not saved: leaving asks first.
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  const show = (s: LetterheadSettings) => {
    setSettings(s);
    setDirty(false);
    form.setFieldsValue({ publication: s.publication, issuingBody: s.issuingBody, reportTo: s.reportTo, copyTo: s.copyTo, nextNumber: s.nextNumber });
  };

  useEffect(() => {
    void api.getBriefingLetterhead(undefined).then((r) => (r.ok ? show(r.value) : setError(r.error.message)));
  }, []);

  async function submit(v: Values) {
    setBusy(true);
    const r = await api.updateBriefingLetterhead({ ...v, reportTo: v.reportTo ?? '', copyTo: v.copyTo ?? '' });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: FIELDS });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    show(r.value);
    void message.success(t('settings.saved'));
  }

  const required = { required: true, whitespace: true, message: t('settings.required') };
  return (
    <div style={{ maxWidth: 640 }}>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setDirty(true)} requiredMark={false} disabled={!settings}>
        <Form.Item name="publication" label={t('settings.publication')} extra={t('settings.publicationHelp')} rules={[required]}>
          <Input maxLength={LETTERHEAD_LIMITS.publication} aria-label={t('settings.publication')} />
        </Form.Item>
        <Form.Item name="issuingBody" label={t('settings.issuingBody')} rules={[required]}>
          <Input maxLength={LETTERHEAD_LIMITS.issuingBody} aria-label={t('settings.issuingBody')} />
        </Form.Item>
        <Form.Item name="reportTo" label={t('settings.reportTo')} extra={t('settings.recipientsHelp')}>
          <Input maxLength={LETTERHEAD_LIMITS.recipients} aria-label={t('settings.reportTo')} />
        </Form.Item>
        <Form.Item name="copyTo" label={t('settings.copyTo')}>
          <Input maxLength={LETTERHEAD_LIMITS.recipients} aria-label={t('settings.copyTo')} />
        </Form.Item>
        <Form.Item
          name="nextNumber"
          label={t('settings.nextNumber', { year: settings?.year ?? '' })}
          extra={settings?.lastIssued ? t('settings.lastIssued', { n: settings.lastIssued }) : t('settings.noneIssued')}
          rules={[{ required: true, message: t('settings.required') }]}
        >
          <InputNumber min={1} max={LETTERHEAD_LIMITS.number} precision={0} style={{ width: 160 }} aria-label={t('settings.nextNumberShort')} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('settings.numberingNote')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('settings.save')}
        </Button>
      </Form>
    </div>
  );
}
