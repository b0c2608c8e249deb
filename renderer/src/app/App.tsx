import { memo, useMemo, useState } from 'react';
import { Button, Dropdown, Layout, Menu, Result, Select, Space, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROUTES, startPathFor, type AppRoute } from './routes';
import { useHashRoute } from './useHashRoute';
import { useSession } from './session';
import { useAuth } from './auth/AuthProvider';
import { ChangePasswordDialog } from './auth/ChangePasswordDialog';
import { AddPortDialog } from './AddPortDialog';
import { entryPortOptions, readingPortOptions } from './portOptions';
import { DemoNotice } from '../pages/importExport/DemoNotice';

const ROLE_COLORS = { admin: 'red', clerk: 'blue', viewer: 'default' } as const;

export function App() {
  const [route, navigate] = useHashRoute();
  const session = useSession();
  const routes = useMemo(() => ROUTES.filter((r) => !r.adminOnly || session.user.role === 'admin'), [session.user.role]);
  const path = route.path || startPathFor(session.user.role);
  const current = routes.find((r) => r.path === path) ?? routes[0]!;

  // Only the page is drawn again when the address changes (a dashboard's period, a day): the
  // menu, the header and their dialogs only when the page or the session does.
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppMenu routes={routes} current={current.path} onNavigate={navigate} />
      <Layout>
        <AppHeader entering={Boolean(current.entersFigures)} />
        <Layout.Content style={{ padding: 20 }}>
          {session.loadError ? (
            <LoadError message={session.loadError} onRetry={session.reloadPorts} />
          ) : (
            <>
              <DemoNotice />
              {session.portId !== null && current.render(route.params)}
            </>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

const AppMenu = memo(function AppMenu({ routes, current, onNavigate }: { routes: readonly AppRoute[]; current: string; onNavigate(path: string): void }) {
  const { t } = useTranslation(['common', 'trust']);
  return (
    <Layout.Sider width={176} theme="light" className="no-print" style={{ borderRight: '1px solid #f0f0f0' }}>
      <div style={{ padding: '16px 16px 8px', fontWeight: 600, fontSize: 15 }}>{t('appShortTitle')}</div>
      <Menu
        mode="inline"
        selectedKeys={[current]}
        items={routes.map((r) => ({ key: r.path, icon: r.icon, label: t(`nav.${r.navKey}`) }))}
        onClick={({ key }) => onNavigate(key)}
      />
    </Layout.Sider>
  );
});

/** `entering`: the page shown enters figures, so the port picker offers ports in use only. */
const AppHeader = memo(function AppHeader({ entering }: { entering: boolean }) {
  const { t } = useTranslation(['common', 'trust']);
  const session = useSession();
  const auth = useAuth();
  const [changingPassword, setChangingPassword] = useState(false);
  const [addingPort, setAddingPort] = useState(false);
  return (
    <>
      <Layout.Header className="no-print" style={{ background: '#fff', padding: '0 20px', borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
          {t('appTitle')}
        </Typography.Title>
        <Space>
          <span>{t('port')}</span>
          <Select
            aria-label={t('port')}
            style={{ width: 180 }}
            value={session.portId ?? undefined}
            options={entering ? entryPortOptions(session.ports, session.portId) : readingPortOptions(session.ports)}
            onChange={(id: number) => session.setPortId(id)}
          />
          {session.can('createPort') && (
            <Button icon={<PlusOutlined />} aria-label={t('addPort')} title={t('addPort')} onClick={() => setAddingPort(true)} />
          )}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <KeyOutlined />, label: t('trust:user.changePassword') },
                { key: 'lock', icon: <LockOutlined />, label: t('trust:user.lockNow') },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('trust:user.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'password') setChangingPassword(true);
                else if (key === 'lock') void auth.lock('idle');
                else if (key === 'logout') void auth.signOut();
              },
            }}
          >
            <Button icon={<UserOutlined />} data-testid="current-user">
              {session.user.displayName}
              <Tag color={ROLE_COLORS[session.user.role]} style={{ marginInline: 6 }}>
                {t(`trust:roles.${session.user.role}`)}
              </Tag>
              <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <AddPortDialog open={addingPort} onClose={() => setAddingPort(false)} />
    </>
  );
});

function LoadError({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('cannotConnect')}
      subTitle={`${message} ${t('cannotConnectHint')}`}
      extra={<Button onClick={() => onRetry()}>{t('retry')}</Button>}
    />
  );
}
