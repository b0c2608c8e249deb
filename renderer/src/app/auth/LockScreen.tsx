import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../../shared/contract/trust';
import { useAuth } from './AuthProvider';

/**
 * Covers the app after inactivity. The page underneath stays as it was (a half-filled form is kept);
 * the same user signs in again to continue, or someone else switches account (the page is left).
 */
export function LockScreen({ user, minutes, reason }: { user: SignedInUser; minutes: number; reason: 'idle' | 'expired' }) {
  const { t } = useTranslation('trust');
  const auth = useAuth();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function unlock() {
    if (!password) return;
    setBusy(true);
    setError(null);
    const r = await auth.signIn(user.username, password);
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      setPassword('');
    }
  }

  const hint = t(reason === 'idle' ? 'lock.hint' : 'lock.hintSignedOutElsewhere', { name: user.displayName, username: user.username, minutes });
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={t('lock.title')}
      data-testid="lock-screen"
      style={{ position: 'fixed', inset: 0, zIndex: 2000, background: 'rgba(240, 242, 245, 0.97)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Card title={<Space><LockOutlined />{t('lock.title')}</Space>} style={{ width: 420, maxWidth: '100%' }}>
        <Typography.Paragraph>{hint}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void unlock()}>
          <Form.Item label={t('password')} htmlFor="unlock-password">
            <Input.Password id="unlock-password" autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={256} />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Button
              type="link"
              onClick={() => {
                if (window.confirm(t('lock.switchUserConfirm'))) void auth.signOut();
              }}
            >
              {t('lock.switchUser')}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!password}>
              {t('lock.unlock')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
