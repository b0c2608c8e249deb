import { useState } from 'react';
import { App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/contract/trust';
import { api } from '../../api/client';
import { showFieldErrors } from '../../components/forms/fieldErrors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Every signed-in user, a viewer too, may change their own password (knowing the current one). */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    const r = await api.changeOwnPassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['currentPassword', 'newPassword'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    void message.success(t('user.passwordChanged'));
    form.resetFields();
    onClose();
  }

  return (
    <Modal open={open} title={t('user.changePassword')} okText={t('common:save')} cancelText={t('common:cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="currentPassword" label={t('user.currentPassword')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password autoFocus autoComplete="current-password" maxLength={256} />
        </Form.Item>
        <Form.Item name="newPassword" label={t('user.newPassword')} extra={t('passwordRule')} rules={[{ required: true, message: t('required') }, { min: MIN_PASSWORD_LENGTH, message: t('passwordRule') }]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('passwordConfirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
