import { useState } from 'react';
import { Form, Input, Modal, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from './session';
import { showFieldErrors } from '../components/forms/fieldErrors';

export function AddPortDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { portAdded, setPortId } = useSession();
  const [form] = Form.useForm<{ name: string; code: string }>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = form.getFieldsValue();
    setBusy(true);
    const r = await api.createPort({ name: v.name ?? '', code: v.code ?? '' });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['name', 'code'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    portAdded(r.value);
    setPortId(r.value.id);
    form.resetFields();
    onClose();
  }

  return (
    <Modal open={open} title={t('addPort')} okText={t('save')} cancelText={t('cancel')} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('portName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={30} placeholder={t('portNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="code" label={t('portCode')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={20} placeholder={t('portCodePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
