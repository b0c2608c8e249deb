import { useState } from 'react';
import { Alert, App as AntApp, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { loadDemoData, removeDemoData } from './demoActions';
import { useDemoStatus } from './useDemoStatus';

const DISMISSED_KEY = 'clearance.firstRunDismissed';

/**
 * Shown above every page: while demo rows exist, a banner saying the figures include made-up data
 * (with the one action that removes it); on a store with no daily records at all, the first-run
 * choice of loading the demo data.
 */
export function DemoNotice() {
  const { t } = useTranslation(['importExport', 'common']);
  const app = AntApp.useApp();
  const { can } = useSession();
  const { status } = useDemoStatus();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const [busy, setBusy] = useState(false);

  // Pages read their figures when they open: after the demo comes or goes, open them afresh.
  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    try {
      if (await action()) window.location.reload();
    } finally {
      setBusy(false);
    }
  };

  if (!status) return null;
  if (status.demoRecords > 0) {
    return (
      <Alert
        type="warning"
        showIcon
        className="no-print"
        data-testid="demo-banner"
        style={{ marginBottom: 16 }}
        title={t('demoBanner', { n: status.demoRecords })}
        action={
          can('removeDemoData') && (
            <Button size="small" danger loading={busy} onClick={() => void run(() => removeDemoData(status.demoRecords, app, t))}>
              {t('demoRemove')}
            </Button>
          )
        }
      />
    );
  }
  if (status.totalRecords > 0 || dismissed || !can('loadDemoData')) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="no-print"
      data-testid="first-run"
      style={{ marginBottom: 16 }}
      title={t('firstRunTitle')}
      description={t('firstRunText')}
      action={
        <Space orientation="vertical">
          <Button size="small" type="primary" loading={busy} onClick={() => void run(() => loadDemoData(app, t))}>
            {t('demoLoad')}
          </Button>
          <Button
            size="small"
            onClick={() => {
              localStorage.setItem(DISMISSED_KEY, '1');
              setDismissed(true);
            }}
          >
            {t('firstRunLater')}
          </Button>
        </Space>
      }
    />
  );
}
