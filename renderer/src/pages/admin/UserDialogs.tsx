import { useState } from 'react';
import { App as AntApp, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/contract/access';
import { MIN_PASSWORD_LENGTH, type UserAccount } from '../../../../shared/contract/trust';
import { api } from '../../api/client';
import { showFieldErrors } from '../../components/forms/fieldErrors';

function useRoleOptions() {
  const { t } = useTranslation('trust');
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

function usePasswordRules() {
  const { t } = useTranslation('trust');
  return {
    password: [{ required: true, message: t('required') }, { min: MIN_PASSWORD_LENGTH, message: t('passwordRule') }],
    confirm: (field: string) => [
      { required: true, message: t('required') },
      ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
        validator: (_: unknown, value: unknown) => (value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch')))),
      }),
    ],
  };
}

export function CreateUserDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone(): Promise<void> }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ username: string; displayName: string; role: UserAccount['role']; password: string; confirm: string }>();
  const [busy, setBusy] = useState(false);
  const rules = usePasswordRules();
  const roles = useRoleOptions();

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    const r = await api.createUser({ username: v.username, displayName: v.displayName, role: v.role, password: v.password });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['username', 'displayName', 'role', 'password'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    void message.success(t('admin.users.created'));
    form.resetFields();
    onClose();
    await onDone();
  }

  return (
    <Modal open={open} title={t('admin.users.add')} okText={t('common:save')} cancelText={t('common:cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'clerk' }}>
        <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
          <Input autoFocus maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')} extra={t('admin.users.roleHelp')}>
          <Select options={roles} aria-label={t('admin.users.role')} />
        </Form.Item>
        <Form.Item name="password" label={t('password')} extra={t('passwordRule')} rules={rules.password}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label={t('passwordConfirm')} dependencies={['password']} rules={rules.confirm('password')}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EditUserDialog({ user, onClose, onDone }: { user: UserAccount | null; onClose(): void; onDone(): Promise<void> }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ displayName: string; role: UserAccount['role']; disabled: boolean }>();
  const [busy, setBusy] = useState(false);
  const roles = useRoleOptions();

  async function submit() {
    if (!user) return;
    const v = await form.validateFields();
    setBusy(true);
    const r = await api.updateUser({ id: user.id, displayName: v.displayName, role: v.role, disabled: v.disabled });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['displayName', 'role'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    void message.success(t('admin.users.updated'));
    onClose();
    await onDone();
  }

  return (
    <Modal
      open={user !== null}
      title={t('admin.users.editTitle', { username: user?.username ?? '' })}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        key={user?.id}
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={user ? { displayName: user.displayName, role: user.role, disabled: user.disabled } : {}}
      >
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')}>
          <Select options={roles} aria-label={t('admin.users.role')} />
        </Form.Item>
        <Form.Item name="disabled" label={t('admin.users.disabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserAccount | null; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [busy, setBusy] = useState(false);
  const rules = usePasswordRules();

  async function submit() {
    if (!user) return;
    const v = await form.validateFields();
    setBusy(true);
    const r = await api.resetPassword({ id: user.id, newPassword: v.newPassword });
    setBusy(false);
    if (!r.ok) {
      const elsewhere = showFieldErrors(form, r.error, { fields: ['newPassword'] });
      if (elsewhere) void message.error(elsewhere);
      return;
    }
    void message.success(t('admin.users.passwordReset', { name: user.displayName }));
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={user !== null}
      title={t('admin.users.resetTitle', { name: user?.displayName ?? '' })}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="newPassword" label={t('user.newPassword')} extra={t('passwordRule')} rules={rules.password}>
          <Input.Password autoFocus autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label={t('passwordConfirm')} dependencies={['newPassword']} rules={rules.confirm('newPassword')}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
