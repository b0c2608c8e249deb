import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { UsersPanel } from './UsersPanel';
import { AuditPanel } from './AuditPanel';
import { BackupsPanel } from './BackupsPanel';
import { SecuritySettingsPanel } from './SecuritySettingsPanel';
import { BriefingSettingsPanel } from './BriefingSettingsPanel';

/** 系统管理: accounts, the audit log, backups, the settings of sign-in and backups, and the briefing's letterhead (administrators only). */
export function AdminPage() {
  const { t } = useTranslation(['trust', 'briefing']);
  return (
    <Tabs
      destroyOnHidden
      items={[
        { key: 'users', label: t('admin.tabs.users'), children: <UsersPanel /> },
        { key: 'audit', label: t('admin.tabs.audit'), children: <AuditPanel /> },
        { key: 'backups', label: t('admin.tabs.backups'), children: <BackupsPanel /> },
        { key: 'settings', label: t('admin.tabs.settings'), children: <SecuritySettingsPanel /> },
        { key: 'briefing', label: t('briefing:settings.tab'), children: <BriefingSettingsPanel /> },
      ]}
    />
  );
}
