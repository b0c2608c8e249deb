import { useState } from 'react';
import { Alert, App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '../../../../shared/contract/trust';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { formatTimestamp } from '../../../../shared/domain/format';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs';

export function UsersPanel() {
  const { t } = useTranslation('trust');
  const { message } = AntApp.useApp();
  const { user: me } = useSession();
  const { data: users, error } = useApiQuery('listUsers', undefined);
  const { run: updateUser } = useApiMutation('updateUser');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);

  const toggle = async (u: UserAccount) => {
    const r = await updateUser({ id: u.id, disabled: !u.disabled });
    if (!r.ok) return void message.error(r.error.message);
    void message.success(t('admin.users.updated'));
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.users.add')}
        </Button>
        <Typography.Text type="secondary">{t('admin.users.roleHelp')}</Typography.Text>
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Table<UserAccount>
        rowKey="id"
        size="middle"
        loading={users === null && !error}
        dataSource={users ?? []}
        pagination={false}
        locale={{ emptyText: t('admin.users.empty') }}
        columns={[
          { title: t('username'), dataIndex: 'username', render: (v: string, u) => (u.id === me.id ? `${v}${t('admin.users.you')}` : v) },
          { title: t('displayName'), dataIndex: 'displayName' },
          { title: t('admin.users.role'), dataIndex: 'role', render: (r: UserAccount['role']) => <Tag>{t(`roles.${r}`)}</Tag> },
          {
            title: t('admin.users.status'),
            dataIndex: 'disabled',
            render: (d: boolean) => (d ? <Tag color="red">{t('admin.users.disabled')}</Tag> : <Tag color="green">{t('admin.users.active')}</Tag>),
          },
          { title: t('admin.users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => (v ? formatTimestamp(v) : t('admin.users.never')) },
          {
            title: '',
            key: 'actions',
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('admin.users.edit')}
                </Button>
                <Button size="small" onClick={() => setResetting(u)}>
                  {t('admin.users.resetPassword')}
                </Button>
                {u.id !== me.id && (
                  <Button size="small" danger={!u.disabled} onClick={() => void toggle(u)}>
                    {u.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
      <EditUserDialog user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </div>
  );
}
