import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/contract/trust';
import { useAuth } from './AuthProvider';
import { AuthCard } from './AuthCard';
import { showFieldErrors } from '../../components/forms/fieldErrors';

interface Values {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}

/** The first run: there is no account yet, so the person installing the program becomes the administrator. */
export function FirstRunScreen() {
  const { t } = useTranslation('trust');
  const auth = useAuth();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    const r = await auth.createFirstAdmin({ username: v.username, displayName: v.displayName, password: v.password });
    setBusy(false);
    if (!r.ok) setError(showFieldErrors(form, r.error, { fields: ['username', 'displayName', 'password'] }));
  }

  return (
    <AuthCard title={t('setup.title')} width={480}>
      <Typography.Paragraph type="secondary">{t('setup.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
          <Input autoFocus autoComplete="username" maxLength={32} placeholder={t('setup.usernamePlaceholder')} />
        </Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={40} placeholder={t('setup.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          extra={t('passwordRule')}
          rules={[{ required: true, message: t('required') }, { min: MIN_PASSWORD_LENGTH, message: t('passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('passwordConfirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
