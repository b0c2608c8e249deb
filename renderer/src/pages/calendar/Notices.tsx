import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** The uncovered-years sentence, wherever a shown period touches such a year. */
export function UncoveredNotice({ notice }: { notice: string | null | undefined }) {
  if (!notice) return null;
  return <Alert type="warning" showIcon title={notice} data-testid="uncovered-notice" style={{ marginBottom: 12 }} />;
}

/** A failed load, said where the data would be, with a way to try again. */
export function LoadError({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={error}
      style={{ marginBottom: 12 }}
      action={
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    />
  );
}

export function Loading({ loading }: { loading: boolean }) {
  const { t } = useTranslation('common');
  if (!loading) return null;
  return <Spin size="small" aria-label={t('loading')} style={{ marginLeft: 8 }} />;
}
