import { Alert, App as AntApp, Button, Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP, LOCK_MINUTES } from '../../../../shared/contract/trust';
import { api } from '../../api/client';
import { useAuth } from '../../app/auth/AuthProvider';
import { useSettingsForm } from './useSettingsForm';

interface Values {
  lockMinutes: number;
  backupFolder: string;
  backupKeep: number;
}

const FIELDS = ['lockMinutes', 'backupFolder', 'backupKeep'] as const;

/** Lock after inactivity, the backup folder (a USB stick is common) and how many automatic backups to keep. */
export function SecuritySettingsPanel() {
  const { t } = useTranslation('trust');
  const { message } = AntApp.useApp();
  const auth = useAuth();
  const [form] = Form.useForm<Values>();
  const { settings, error, busy, save, markDirty } = useSettingsForm('getTrustSettings', 'updateTrustSettings', form, FIELDS, (s) => ({
    lockMinutes: s.lockMinutes,
    backupFolder: s.backupFolder,
    backupKeep: s.backupKeep,
  }));

  async function submit(v: Values) {
    if (!(await save({ lockMinutes: v.lockMinutes, backupFolder: v.backupFolder, backupKeep: v.backupKeep }))) return;
    void message.success(t('admin.settings.saved'));
    await auth.refresh();
  }

  /** The desktop app's folder dialog (a USB stick is picked like any folder). */
  async function pickFolder() {
    const r = await api.pickBackupFolder(undefined);
    if (!r.ok) return void message.error(r.error.message);
    if (r.value.folder) form.setFieldValue('backupFolder', r.value.folder);
  }

  return (
    <div style={{ maxWidth: 640 }}>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={markDirty} requiredMark={false} disabled={!settings}>
        <Form.Item name="lockMinutes" label={t('admin.settings.lockMinutes')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={LOCK_MINUTES.min} max={LOCK_MINUTES.max} precision={0} style={{ width: 160 }} aria-label={t('admin.settings.lockMinutes')} />
        </Form.Item>
        <Form.Item label={t('admin.settings.backupFolder')} extra={t('admin.settings.backupFolderHelp', { path: settings?.defaultBackupFolder ?? '' })}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="backupFolder" noStyle rules={[{ required: true, message: t('required') }]}>
              <Input maxLength={400} aria-label={t('admin.settings.backupFolder')} />
            </Form.Item>
            {window.clearanceApi && <Button onClick={() => void pickFolder()}>{t('admin.settings.pickFolder')}</Button>}
            <Button onClick={() => settings && form.setFieldValue('backupFolder', settings.defaultBackupFolder)}>{t('admin.settings.useDefault')}</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="backupKeep" label={t('admin.settings.backupKeep')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={BACKUP_KEEP.min} max={BACKUP_KEEP.max} precision={0} style={{ width: 160 }} aria-label={t('admin.settings.backupKeep')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('admin.settings.save')}
        </Button>
      </Form>
    </div>
  );
}
