import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';

/** Why the day form or the month grid takes no typing: the viewer's role, or a disabled port. */
export function ReadOnlyNotice({ portOff }: { portOff: boolean }) {
  const { t } = useTranslation('common');
  const { ports, portId } = useSession();
  if (!portOff) return <Alert type="info" title={t('viewOnly')} style={{ marginBottom: 8 }} data-testid="view-only" />;
  const name = ports.find((p) => p.id === portId)?.name ?? '';
  return <Alert type="warning" title={t('portDisabled', { name })} style={{ marginBottom: 8 }} data-testid="port-disabled" />;
}
