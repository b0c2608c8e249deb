import { useState } from 'react';
import { App as AntApp, Button, Empty, Space, Typography } from 'antd';
import { EditOutlined, ExperimentOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { loadDemoData } from '../importExport/demoActions';

/**
 * A store without a single record for the ports: say so, and offer what the reader may do about
 * it — enter a day, import history, or (an administrator) load the demo data right here.
 */
export function EmptyStore({ portNames, onDataLoaded }: { portNames: string; onDataLoaded(): void }) {
  const { t } = useTranslation(['dashboard', 'importExport']);
  const app = AntApp.useApp();
  const { can } = useSession();
  const [loading, setLoading] = useState(false);
  const mayEnter = can('saveDay');

  const loadDemo = async () => {
    setLoading(true);
    try {
      if (await loadDemoData(app, t)) onDataLoaded();
    } finally {
      setLoading(false);
    }
  };

  return (
    <Empty
      data-testid="dashboard-empty"
      style={{ marginTop: 64 }}
      description={
        <Space direction="vertical" size={4}>
          <Typography.Text strong>{t('emptyTitle', { ports: portNames })}</Typography.Text>
          <Typography.Text type="secondary">{mayEnter ? t('emptyHint') : t('emptyHintViewer')}</Typography.Text>
        </Space>
      }
    >
      {mayEnter && (
        <Space>
          <Button type="primary" icon={<EditOutlined />} href="#/days">
            {t('emptyEnter')}
          </Button>
          <Button icon={<ImportOutlined />} href="#/import">
            {t('emptyImport')}
          </Button>
          {can('loadDemoData') && (
            <Button icon={<ExperimentOutlined />} loading={loading} onClick={() => void loadDemo()}>
              {t('emptyDemo')}
            </Button>
          )}
        </Space>
      )}
    </Empty>
  );
}
