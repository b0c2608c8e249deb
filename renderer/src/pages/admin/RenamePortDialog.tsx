import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Port } from '../../../../shared/contract/ports';
import { api } from '../../api/client';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { useSession } from '../../app/session';

/** A new name for a port; the core refuses a name another port has, at the field. */
export function RenamePortDialog({ port, onClose }: { port: Port | null; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  return (
    <Modal open={port !== null} title={port ? t('admin.ports.renameTitle', { name: port.name }) : ''} footer={null} onCancel={onClose} destroyOnHidden>
      {/* a form of its own per port: each opening starts from the port's current name */}
      {port && <RenameForm key={port.id} port={port} onClose={onClose} />}
    </Modal>
  );
}

function RenameForm({ port, onClose }: { port: Port; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const { reloadPorts } = useSession();
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);

  async function submit({ name }: { name: string }) {
    setBusy(true);
    const r = await api.renamePort({ id: port.id, name });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['name'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    void message.success(t('admin.ports.renamed', { name: r.value.name }));
    onClose();
    await reloadPorts();
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} initialValues={{ name: port.name }} onFinish={(v) => void submit(v)}>
      <Form.Item name="name" label={t('admin.ports.newName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input autoFocus maxLength={30} aria-label={t('admin.ports.newName')} />
      </Form.Item>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common:save')}
        </Button>
      </div>
    </Form>
  );
}
