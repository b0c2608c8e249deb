import { useState } from 'react';
import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { loadDemoData, removeDemoData } from './demoActions';
import { useDemoStatus } from './useDemoStatus';

/** Loading and removing the demo data set from the Import/Export page. */
export function DemoPanel() {
  const { t } = useTranslation(['importExport', 'common']);
  const app = AntApp.useApp();
  const { can } = useSession();
  const { status } = useDemoStatus();
  const [busy, setBusy] = useState<'load' | 'remove' | null>(null);
  const demoDays = status?.demoRecords ?? 0;

  const run = async (what: 'load' | 'remove') => {
    setBusy(what);
    try {
      if (what === 'load') await loadDemoData(app, t);
      else await removeDemoData(demoDays, app, t);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={t('demoTitle')}>
      <Typography.Paragraph type="secondary">{t('demoHelp')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="demo-status">{status && (demoDays > 0 ? t('demoPresent', { n: demoDays }) : t('demoAbsent'))}</Typography.Paragraph>
      {can('loadDemoData') ? (
        <Space>
          <Button onClick={() => void run('load')} loading={busy === 'load'} disabled={busy !== null}>
            {t('demoLoad')}
          </Button>
          <Button danger onClick={() => void run('remove')} loading={busy === 'remove'} disabled={busy !== null || demoDays === 0}>
            {t('demoRemove')}
          </Button>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('demoAdminOnly')}</Typography.Text>
      )}
    </Card>
  );
}
