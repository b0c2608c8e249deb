import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CentralSettingView } from '../../../../shared/contract/centralSetting';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { useLeaveGuard } from '../../app/leaveGuard';

interface Values {
  url: string;
  password?: string;
}

const FIELDS = ['url', 'password'] as const;

/**
 * The central PostgreSQL database this program shows instead of its own figures. The setting is
 * read when the program starts, so a saved change says it waits for a restart; the password is
 * never shown back, only whether one is kept.
 */
export function CentralDatabasePanel() {
  const { t } = useTranslation('central');
  const [form] = Form.useForm<Values>();
  const setting = useApiQuery('getCentralSetting', undefined);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [tested, setTested] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Typed but not saved: leaving asks first.
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  const current = setting.data;
  useEffect(() => {
    // Filled once, from the first answer: a later reload must not overwrite what is being typed.
    if (current && !form.isFieldsTouched()) form.setFieldsValue({ url: current.url ?? '' });
  }, [current, form]);

  const input = (v: Values) => ({ url: v.url, password: v.password ? v.password : null });

  async function test() {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy('test');
    setTested(null);
    const r = await api.testCentralConnection(input(v));
    setBusy(null);
    if (!r.ok) {
      // A connection that fails names no field, yet it is the address that is wrong: say it there.
      const elsewhere = showFieldErrors(form, r.error, { fields: FIELDS });
      if (elsewhere) form.setFields([{ name: 'url', errors: [elsewhere] }]);
      return;
    }
    setTested(t('testOk', { role: r.value.role, ports: r.value.ports }));
  }

  async function submit(v: Values) {
    setBusy('save');
    setSaved(false);
    const r = await api.saveCentralSetting(input(v));
    setBusy(null);
    if (!r.ok) {
      // (a refusal naming no field, such as a folder with days of its own, is still about the address)
      const elsewhere = showFieldErrors(form, r.error, { fields: FIELDS });
      if (elsewhere) form.setFields([{ name: 'url', errors: [elsewhere] }]);
      return;
    }
    setDirty(false);
    setSaved(true);
  }

  return (
    <div style={{ maxWidth: 640 }}>
      {setting.error && <Alert type="error" title={setting.error} style={{ marginBottom: 12 }} />}
      {current && <CurrentSetting view={current} />}
      {saved && <Alert type="success" title={t('saved')} style={{ marginBottom: 12 }} data-testid="central-saved" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => {
          setDirty(true);
          setTested(null);
        }}
        requiredMark={false}
        disabled={!current}
      >
        <Form.Item
          name="url"
          label={t('url')}
          extra={t('urlHelp')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
          help={tested ?? undefined}
          validateStatus={tested ? 'success' : undefined}
        >
          <Input maxLength={500} aria-label={t('url')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('password')} extra={t('passwordHelp')}>
          <Input.Password maxLength={256} aria-label={t('password')} autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy === 'save'}>
            {t('save')}
          </Button>
          <Button onClick={() => void test()} loading={busy === 'test'}>
            {t('test')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}

function CurrentSetting({ view }: { view: CentralSettingView }) {
  const { t } = useTranslation('central');
  return (
    <>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('current')}>
          <span data-testid="central-current">{view.url ? `${view.url}${view.hasPassword ? t('withPassword') : ''}` : t('none')}</span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{view.serving ? t('serving') : t('notServing')}</Typography.Paragraph>
    </>
  );
}
