import { Alert, App as AntApp, Button, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LETTERHEAD_LIMITS } from '../../../../shared/contract/briefing';
import { useSettingsForm } from './useSettingsForm';

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
  const { settings, error, busy, save, markDirty } = useSettingsForm('getBriefingLetterhead', 'updateBriefingLetterhead', form, FIELDS, (s) => ({
    publication: s.publication,
    issuingBody: s.issuingBody,
    reportTo: s.reportTo,
    copyTo: s.copyTo,
    nextNumber: s.nextNumber,
  }));

  async function submit(v: Values) {
    if (!(await save({ ...v, reportTo: v.reportTo ?? '', copyTo: v.copyTo ?? '' }))) return;
    void message.success(t('settings.saved'));
  }

  const required = { required: true, whitespace: true, message: t('settings.required') };
  return (
    <div style={{ maxWidth: 640 }}>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={markDirty} requiredMark={false} disabled={!settings}>
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
