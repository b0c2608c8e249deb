import type { ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthProvider';
import { LoginScreen } from './LoginScreen';
import { FirstRunScreen } from './FirstRunScreen';
import { LockScreen } from './LockScreen';
import { RecoveryScreen } from './RecoveryScreen';
import { RecoveryTokenForm } from './RecoveryTokenForm';
import { AuthCard } from './AuthCard';
import { useIdleLock } from './useIdleLock';

/** Shows the app only to a signed-in user; keeps it mounted (under the lock screen) while locked. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { phase } = auth;
  useIdleLock(phase.kind === 'signedIn', phase.kind === 'signedIn' ? phase.lockMinutes : 0, (reason) => void auth.lock(reason));

  switch (phase.kind) {
    case 'loading':
      return <Spin size="large" style={{ display: 'block', marginTop: '40vh' }} />;
    case 'unreachable':
      return (
        <AuthCard title={t('error')}>
          <Alert type="error" title={phase.message} />
          <Button style={{ marginTop: 16 }} onClick={() => void auth.refresh()}>
            {t('retry')}
          </Button>
        </AuthCard>
      );
    case 'recovery':
      return phase.tokenRequired ? <RecoveryTokenForm problem={phase.problem} /> : <RecoveryScreen problem={phase.problem} backups={phase.backups} />;
    case 'setup':
      return <FirstRunScreen />;
    case 'signedOut':
      return <LoginScreen />;
    case 'signedIn':
    case 'locked': {
      // One wrapper in both states, so that locking never remounts the page (and loses what was typed).
      const locked = phase.kind === 'locked';
      return (
        <>
          <div aria-hidden={locked || undefined} inert={locked || undefined}>
            {children}
          </div>
          {locked && <LockScreen user={phase.user} minutes={phase.lockMinutes} reason={phase.reason} />}
        </>
      );
    }
  }
}
