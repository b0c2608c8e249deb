import { useState } from 'react';
import { Alert, App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/trust';
import { api } from '../../api/client';
import { useAuth } from './AuthProvider';
import { AuthCard } from './AuthCard';
import { formatBytes, formatTimestamp } from '../../../../shared/domain/format';

/**
 * The store is damaged: say so, and offer the newest good backup (or any other good one) instead of
 * crashing or starting empty. Nothing is restored without confirmation; the damaged file is kept.
 */
export function RecoveryScreen({ problem, backups }: { problem: string; backups: BackupInfo[] }) {
  const { t } = useTranslation('trust');
  const { modal, message } = AntApp.useApp();
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  const newestGood = backups.find((b) => b.status === 'good');

  const restore = (b: BackupInfo) =>
    modal.confirm({
      title: t('recovery.confirmTitle'),
      content: t('recovery.confirmText', { when: formatTimestamp(b.at), name: b.name }),
      okText: t('recovery.confirmOk'),
      onOk: async () => {
        setBusy(true);
        const r = await api.restoreBackup({ path: b.path });
        setBusy(false);
        if (!r.ok) return void message.error(r.error.message);
        void message.success(t('recovery.restored'));
        await auth.refresh();
      },
    });

  return (
    <AuthCard title={t('recovery.title')} width={760}>
      <Alert type="error" showIcon title={problem} description={t('recovery.hint')} style={{ marginBottom: 16 }} data-testid="recovery-problem" />
      {newestGood ? (
        <Button type="primary" size="large" loading={busy} onClick={() => restore(newestGood)} style={{ marginBottom: 16 }}>
          {t('recovery.newestGood', { when: formatTimestamp(newestGood.at), reason: t(`backupReasons.${newestGood.reason}`) })}
        </Button>
      ) : (
        <Alert type="warning" title={t('recovery.noGoodBackup')} style={{ marginBottom: 16 }} />
      )}
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={backups}
        columns={[
          { title: t('admin.backups.when'), dataIndex: 'at', render: (at: string) => formatTimestamp(at) },
          { title: t('admin.backups.kind'), dataIndex: 'reason', render: (r: string) => t(`backupReasons.${r}`) },
          { title: t('admin.backups.size'), dataIndex: 'bytes', render: (n: number) => formatBytes(n) },
          {
            title: t('admin.users.status'),
            dataIndex: 'status',
            render: (s: BackupInfo['status'], b) => (
              <Space direction="vertical" size={0}>
                <Tag color={s === 'good' ? 'green' : s === 'bad' ? 'red' : 'default'}>{t(`backupStatus.${s}`)}</Tag>
                {b.problem && <Typography.Text type="secondary">{b.problem}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '',
            key: 'restore',
            render: (_, b) => (b.status === 'good' && b !== newestGood ? <Button size="small" onClick={() => restore(b)}>{t('recovery.restoreThis')}</Button> : null),
          },
        ]}
      />
    </AuthCard>
  );
}
