import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthProvider';
import { AuthCard } from './AuthCard';

export function LoginScreen() {
  const { t } = useTranslation('trust');
  const auth = useAuth();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit({ username, password }: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    const r = await auth.signIn(username ?? '', password ?? '');
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      form.setFieldValue('password', '');
    }
  }

  return (
    <AuthCard title={t('login.title')}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
        </Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('login.hint')}
      </Typography.Paragraph>
    </AuthCard>
  );
}
