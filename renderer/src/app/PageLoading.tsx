import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a page shows while its chunk is read, the first time it is opened. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 8, color: '#888' }}>{t('pageLoading')}</div>
    </div>
  );
}
