import { useState } from 'react';
import { Button, Layout, Menu, Result, Select, Space, Typography } from 'antd';
import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROUTES } from './routes';
import { useHashRoute } from './useHashRoute';
import { useSession } from './session';
import { OperatorDialog } from './OperatorDialog';
import { AddPortDialog } from './AddPortDialog';
import { BRIEFING_PRINT_ROUTE } from '../../../shared/domain/briefing/printLayout';
import { BriefingPrintView } from '../pages/briefing/BriefingPrintView';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const session = useSession();
  const [changingOperator, setChangingOperator] = useState(false);
  const [addingPort, setAddingPort] = useState(false);
  const current = ROUTES.find((r) => r.path === route.path) ?? ROUTES[0]!;

  // The bare briefing that PDF exports print: no menus, and no operator needed to read it.
  if (route.path === BRIEFING_PRINT_ROUTE) return <BriefingPrintView params={route.params} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={176} theme="light" className="no-print" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 16px 8px', fontWeight: 600, fontSize: 15 }}>{t('appShortTitle')}</div>
        <Menu
          mode="inline"
          selectedKeys={[current.path]}
          items={ROUTES.map((r) => ({ key: r.path, icon: r.icon, label: t(`nav.${r.navKey}`) }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="no-print" style={{ background: '#fff', padding: '0 20px', borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', gap: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
            {t('appTitle')}
          </Typography.Title>
          <Space>
            <span>{t('port')}</span>
            <Select
              aria-label={t('port')}
              style={{ width: 140 }}
              value={session.portId ?? undefined}
              options={session.ports.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(id: number) => session.setPortId(id)}
            />
            <Button icon={<PlusOutlined />} aria-label={t('addPort')} title={t('addPort')} onClick={() => setAddingPort(true)} />
            <Button icon={<UserOutlined />} onClick={() => setChangingOperator(true)} title={t('operatorChange')}>
              {session.operator || t('operator')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 20 }}>
          {session.loadError ? (
            <Result
              status="error"
              title={t('cannotConnect')}
              subTitle={`${session.loadError} ${t('cannotConnectHint')}`}
              extra={<Button onClick={() => void session.reloadPorts()}>{t('retry')}</Button>}
            />
          ) : (
            session.portId !== null && current.render(route.params)
          )}
        </Layout.Content>
      </Layout>
      <OperatorDialog
        open={!session.operator || changingOperator}
        initial={session.operator}
        onDone={(name) => {
          session.setOperator(name);
          setChangingOperator(false);
        }}
        {...(session.operator ? { onCancel: () => setChangingOperator(false) } : {})}
      />
      <AddPortDialog open={addingPort} onClose={() => setAddingPort(false)} />
    </Layout>
  );
}
