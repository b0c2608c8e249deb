import type { ReactNode } from 'react';
import { App as AntApp, Form, Input, Modal, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/contract/access';
import { MIN_PASSWORD_LENGTH, type UserAccount } from '../../../../shared/contract/trust';
import type { MethodInput, MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/queries';
import { showFieldErrors } from '../../components/forms/fieldErrors';

function useRoleOptions() {
  const { t } = useTranslation('trust');
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

/**
 * A user dialog's write: what the core refuses lands at the dialog's fields (the rest as a
 * message); true when it was accepted. The user list is asked again after it like after any write.
 */
function useDialogWrite<M extends MethodName>(method: M, form: FormInstance, fields: string[]) {
  const { message } = AntApp.useApp();
  const { run, pending } = useApiMutation(method);
  const send = async (input: MethodInput<M>): Promise<boolean> => {
    const r = await run(input);
    if (r.ok) return true;
    const elsewhere = showFieldErrors(form, r.error, { fields });
    if (elsewhere) void message.error(elsewhere);
    return false;
  };
  return { send, busy: pending };
}

/** The frame of the three account dialogs: saved with 保存, nothing kept once closed. */
function UserDialog({ open, title, busy, onOk, onClose, children }: { open: boolean; title: string; busy: boolean; onOk(): void; onClose(): void; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <Modal open={open} title={title} okText={t('save')} cancelText={t('cancel')} confirmLoading={busy} onOk={onOk} onCancel={onClose} destroyOnHidden>
      {children}
    </Modal>
  );
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

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ username: string; displayName: string; role: UserAccount['role']; password: string; confirm: string }>();
  const { send, busy } = useDialogWrite('createUser', form, ['username', 'displayName', 'role', 'password']);
  const rules = usePasswordRules();
  const roles = useRoleOptions();

  async function submit() {
    const v = await form.validateFields();
    if (!(await send({ username: v.username, displayName: v.displayName, role: v.role, password: v.password }))) return;
    void message.success(t('admin.users.created'));
    form.resetFields();
    onClose();
  }

  return (
    <UserDialog open={open} title={t('admin.users.add')} busy={busy} onOk={() => void submit()} onClose={onClose}>
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
    </UserDialog>
  );
}

export function EditUserDialog({ user, onClose }: { user: UserAccount | null; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ displayName: string; role: UserAccount['role']; disabled: boolean }>();
  const { send, busy } = useDialogWrite('updateUser', form, ['displayName', 'role']);
  const roles = useRoleOptions();

  async function submit() {
    if (!user) return;
    const v = await form.validateFields();
    if (!(await send({ id: user.id, displayName: v.displayName, role: v.role, disabled: v.disabled }))) return;
    void message.success(t('admin.users.updated'));
    onClose();
  }

  return (
    <UserDialog open={user !== null} title={t('admin.users.editTitle', { username: user?.username ?? '' })} busy={busy} onOk={() => void submit()} onClose={onClose}>
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
    </UserDialog>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserAccount | null; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const { send, busy } = useDialogWrite('resetPassword', form, ['newPassword']);
  const rules = usePasswordRules();

  async function submit() {
    if (!user) return;
    const v = await form.validateFields();
    if (!(await send({ id: user.id, newPassword: v.newPassword }))) return;
    void message.success(t('admin.users.passwordReset', { name: user.displayName }));
    form.resetFields();
    onClose();
  }

  return (
    <UserDialog open={user !== null} title={t('admin.users.resetTitle', { name: user?.displayName ?? '' })} busy={busy} onOk={() => void submit()} onClose={onClose}>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="newPassword" label={t('user.newPassword')} extra={t('passwordRule')} rules={rules.password}>
          <Input.Password autoFocus autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label={t('passwordConfirm')} dependencies={['newPassword']} rules={rules.confirm('newPassword')}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </UserDialog>
  );
}
