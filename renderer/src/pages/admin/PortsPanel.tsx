import { useState } from 'react';
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Port } from '../../../../shared/contract/ports';
import { formatTimestamp } from '../../../../shared/domain/format';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { AddPortDialog } from '../../app/AddPortDialog';
import { RenamePortDialog } from './RenamePortDialog';

/** 系统管理 → 口岸: every port, renamed or taken out of use (and back) by the administrator. */
export function PortsPanel() {
  const { t } = useTranslation(['trust', 'common']);
  const { message, modal } = AntApp.useApp();
  const { ports, reloadPorts } = useSession();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<Port | null>(null);

  const toggle = (p: Port) => {
    const disabling = p.disabledAt === null;
    modal.confirm({
      title: t(disabling ? 'admin.ports.disableTitle' : 'admin.ports.enableTitle', { name: p.name }),
      content: t(disabling ? 'admin.ports.disableText' : 'admin.ports.enableText'),
      okText: t(disabling ? 'admin.ports.disable' : 'admin.ports.enable'),
      okButtonProps: { danger: disabling },
      cancelText: t('common:cancel'),
      onOk: async () => {
        const r = await api.setPortDisabled({ id: p.id, disabled: disabling });
        if (!r.ok) return void message.error(r.error.message);
        void message.success(t(disabling ? 'admin.ports.disabledDone' : 'admin.ports.enabledDone', { name: p.name }));
        await reloadPorts();
      },
    });
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }} align="start">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('common:addPort')}
        </Button>
        <Typography.Text type="secondary">{t('admin.ports.help')}</Typography.Text>
      </Space>
      <Table<Port>
        rowKey="id"
        size="middle"
        dataSource={ports}
        pagination={false}
        locale={{ emptyText: t('admin.ports.empty') }}
        onRow={(p) => ({ 'data-testid': `port-row-${p.code}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          { title: t('admin.ports.name'), dataIndex: 'name' },
          { title: t('admin.ports.code'), dataIndex: 'code' },
          {
            title: t('admin.ports.status'),
            dataIndex: 'disabledAt',
            render: (d: string | null) => (d ? <Tag color="red">{t('admin.ports.disabled')}</Tag> : <Tag color="green">{t('admin.ports.active')}</Tag>),
          },
          { title: t('admin.ports.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTimestamp(v) },
          {
            title: '',
            key: 'actions',
            render: (_, p) => (
              <Space>
                <Button size="small" onClick={() => setRenaming(p)}>
                  {t('admin.ports.rename')}
                </Button>
                <Button size="small" danger={p.disabledAt === null} onClick={() => toggle(p)}>
                  {p.disabledAt === null ? t('admin.ports.disable') : t('admin.ports.enable')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <AddPortDialog open={adding} onClose={() => setAdding(false)} />
      <RenamePortDialog port={renaming} onClose={() => setRenaming(null)} />
    </div>
  );
}
