import { Alert, Drawer, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELD_BY_KEY, type DayValueKey, type NumericFieldKey } from '../../../../shared/domain/dailyFields';
import { formatTimestamp } from '../../../../shared/domain/format';
import { formatScaled } from '../../../../shared/domain/scaledNumber';
import { useApiQuery } from '../../api/queries';

/** A stored value as the clerk typed it (吨, 万元, 小时), for "from → to" lines. */
export function displayValue(field: DayValueKey, value: unknown, t: (k: string) => string): string {
  if (value === null || value === undefined || value === '') return t('days:blank');
  if (field === 'portOpen') return value ? t('days:open') : t('days:closed');
  const def = FIELD_BY_KEY[field as NumericFieldKey];
  if (def && typeof value === 'number') return `${formatScaled(value, def.scale)} ${def.unit}`;
  return String(value);
}

export function DayHistory({ portId, date, open, onClose }: { portId: number; date: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation(['days', 'domain', 'common']);
  // Asked while the drawer is open; a save marks it out of date, so it is asked again then.
  const query = useApiQuery('getDayHistory', open ? { portId, date } : null);
  const history = query.answered ? query.data : null;
  const error = query.error;

  return (
    <Drawer title={t('historyTitle', { date })} open={open} onClose={onClose} size={480} destroyOnHidden>
      {error && <Alert type="error" title={error} />}
      {!history && !error && <Spin />}
      {history && history.length === 0 && <Empty description={t('historyEmpty')} />}
      {history && history.length > 0 && (
        <Timeline
          data-testid="day-history"
          items={history.map((rev) => ({
            key: rev.revision,
            content: (
              <div className="history-entry">
                <Typography.Text strong>{t('revision', { n: rev.revision })}</Typography.Text>{' '}
                <Tag>{t(`source.${rev.source}`)}</Tag>
                <div>
                  <Typography.Text type="secondary">
                    {rev.changedBy} · {formatTimestamp(rev.changedAt)}
                  </Typography.Text>
                </div>
                <ul style={{ paddingLeft: 18, margin: '4px 0' }}>
                  {rev.changes.map((c) => (
                    <li key={c.field}>
                      {t(`domain:fields.${c.field}`)}：{displayValue(c.field as DayValueKey, c.from, t)} → {displayValue(c.field as DayValueKey, c.to, t)}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
