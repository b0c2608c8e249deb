import { Button, Empty, Space, Typography } from 'antd';
import { EditOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A store without a single record: say so, and show the two ways to get figures in. */
export function EmptyStore({ portNames }: { portNames: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <Empty
      data-testid="dashboard-empty"
      style={{ marginTop: 64 }}
      description={
        <Space direction="vertical" size={4}>
          <Typography.Text strong>{t('emptyTitle', { ports: portNames })}</Typography.Text>
          <Typography.Text type="secondary">{t('emptyHint')}</Typography.Text>
        </Space>
      }
    >
      <Space>
        <Button type="primary" icon={<EditOutlined />} href="#/days">
          {t('emptyEnter')}
        </Button>
        <Button icon={<ImportOutlined />} href="#/import">
          {t('emptyDemo')}
        </Button>
      </Space>
    </Empty>
  );
}
