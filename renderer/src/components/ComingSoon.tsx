import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder for a page whose feature has not landed yet. */
export function ComingSoon() {
  const { t } = useTranslation();
  return <Empty style={{ marginTop: 80 }} description={t('comingSoon')} />;
}
