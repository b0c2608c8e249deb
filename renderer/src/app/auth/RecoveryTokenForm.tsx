import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAuth } from './AuthProvider';
import { AuthCard } from './AuthCard';
import { showFieldErrors } from '../../components/forms/fieldErrors';

/** The address the host prints carries the token (`?recoveryToken=…`), as notebook servers do; typing it works too. */
function tokenFromAddress(): string {
  return new URLSearchParams(window.location.search).get('recoveryToken') ?? '';
}

/**
 * The browser host's recovery asks for the one-time token printed on its console before it shows
 * the backups (with their paths) or restores one: reaching 127.0.0.1 is not enough.
 */
export function RecoveryTokenForm({ problem }: { problem: string }) {
  const { t } = useTranslation('trust');
  const auth = useAuth();
  const [form] = Form.useForm<{ token: string }>();
  const [busy, setBusy] = useState(false);

  async function submit({ token }: { token: string }) {
    setBusy(true);
    const r = await api.unlockRecovery({ token: token ?? '' });
    setBusy(false);
    if (!r.ok) {
      // the form has one field: whatever is wrong is said there
      const elsewhere = showFieldErrors(form, r.error, { fields: ['token'] });
      if (elsewhere) form.setFields([{ name: 'token', errors: [elsewhere] }]);
      return;
    }
    await auth.refresh();
  }

  return (
    <AuthCard title={t('recovery.title')} width={560}>
      <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="recovery-problem" />
      <Typography.Paragraph>{t('recovery.tokenHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ token: tokenFromAddress() }}>
        <Form.Item name="token" label={t('recovery.token')} rules={[{ required: true, whitespace: true, message: t('recovery.tokenRequired') }]}>
          <Input autoFocus autoComplete="off" maxLength={200} spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('recovery.tokenContinue')}
        </Button>
      </Form>
    </AuthCard>
  );
}
