import { Alert, App as AntApp, Button, Descriptions, Space, Table, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/trust';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useAuth } from '../../app/auth/AuthProvider';
import { formatBytes, formatTimestamp } from '../../../../shared/domain/format';

/** Backups: where they go, the last automatic one, a backup now, and restoring any of them after confirmation. */
export function BackupsPanel() {
  const { t } = useTranslation('trust');
  const { message, modal } = AntApp.useApp();
  const auth = useAuth();
  const { data: listing, error } = useApiQuery('listBackups', undefined);
  const { run: createBackup, pending: busy } = useApiMutation('createBackup');
  const { run: restoreBackup } = useApiMutation('restoreBackup');

  // The new backup shows in the list when it is asked again after this write.
  const backupNow = async () => {
    const r = await createBackup(undefined);
    if (!r.ok) return void message.error(r.error.message);
    void message.success(t('admin.backups.backedUp', { path: r.value.path }));
  };

  const restore = (b: BackupInfo) =>
    modal.confirm({
      title: t('admin.backups.restoreTitle'),
      content: t('admin.backups.restoreText', { when: formatTimestamp(b.at), name: b.name }),
      okText: t('admin.backups.restoreOk'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const r = await restoreBackup({ path: b.path });
        if (!r.ok) return void message.error(r.error.message);
        modal.success({
          title: t('admin.backups.restoreTitle'),
          content: t('admin.backups.restored', { path: r.value.safetyBackup?.path ?? '' }),
          okText: t('admin.backups.toSignIn'),
          onOk: () => void auth.signOut(),
        });
      },
    });

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('admin.backups.help')}</Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {listing && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('admin.backups.folder')}>
            <Typography.Text copyable data-testid="backup-folder">
              {listing.folder}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {t('admin.backups.keep', { n: listing.keep })}
            </Typography.Text>
          </Descriptions.Item>
          {listing.lastAutomatic && (
            <Descriptions.Item label={t('admin.backups.lastAutomatic')}>
              <Typography.Text type={listing.lastAutomatic.ok ? undefined : 'danger'}>
                {formatTimestamp(listing.lastAutomatic.at)}：{listing.lastAutomatic.message}
              </Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => void backupNow()}>
          {t('admin.backups.backupNow')}
        </Button>
      </Space>
      <Table<BackupInfo>
        data-testid="backup-table"
        rowKey="path"
        size="small"
        loading={listing === null && !error}
        dataSource={listing?.backups ?? []}
        locale={{ emptyText: t('admin.backups.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.backups.when'), dataIndex: 'at', render: (at: string) => formatTimestamp(at) },
          { title: t('admin.backups.kind'), dataIndex: 'reason', render: (r: string) => t(`backupReasons.${r}`) },
          { title: t('admin.backups.size'), dataIndex: 'bytes', render: (n: number) => formatBytes(n) },
          { title: t('admin.backups.file'), dataIndex: 'path', render: (p: string) => <Typography.Text type="secondary">{p}</Typography.Text> },
          {
            title: '',
            key: 'restore',
            render: (_, b) => (
              <Button size="small" onClick={() => restore(b)}>
                {t('admin.backups.restore')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
