import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { leaveUnsaved } from '../../app/leaveGuard';
import { UsersPanel } from './UsersPanel';
import { PortsPanel } from './PortsPanel';
import { AuditPanel } from './AuditPanel';
import { BackupsPanel } from './BackupsPanel';
import { SecuritySettingsPanel } from './SecuritySettingsPanel';
import { BriefingSettingsPanel } from './BriefingSettingsPanel';
import { CentralDatabasePanel } from './CentralDatabasePanel';

/** 系统管理: accounts, ports, the audit log, backups, the settings of sign-in and backups, the briefing's letterhead and the central database (administrators only). */
export function AdminPage() {
  const { t } = useTranslation(['trust', 'briefing', 'central']);
  const [tab, setTab] = useState('users');
  return (
    <Tabs
      destroyOnHidden
      activeKey={tab}
      // A tab is left like a page: a settings form with unsaved changes asks first (its panel is destroyed).
      onChange={(key) => leaveUnsaved() && setTab(key)}
      items={[
        { key: 'users', label: t('admin.tabs.users'), children: <UsersPanel /> },
        { key: 'ports', label: t('admin.tabs.ports'), children: <PortsPanel /> },
        { key: 'audit', label: t('admin.tabs.audit'), children: <AuditPanel /> },
        { key: 'backups', label: t('admin.tabs.backups'), children: <BackupsPanel /> },
        { key: 'settings', label: t('admin.tabs.settings'), children: <SecuritySettingsPanel /> },
        { key: 'briefing', label: t('briefing:settings.tab'), children: <BriefingSettingsPanel /> },
        { key: 'central', label: t('central:tab'), children: <CentralDatabasePanel /> },
      ]}
    />
  );
}
