import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The frame of the screens before the app: sign-in, first run, recovery. */
export function AuthCard({ title, width = 420, children }: { title: string; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5', padding: 16 }}>
      <div style={{ width, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 20 }}>
          {t('appTitle')}
        </Typography.Title>
        <Card title={title}>{children}</Card>
      </div>
    </div>
  );
}
