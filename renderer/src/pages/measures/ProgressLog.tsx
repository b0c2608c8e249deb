import { useState } from 'react';
import { App as AntApp, Button, Empty, Form, Input, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail, ProgressEntry } from '../../../../shared/contract/measures';
import { useApiMutation } from '../../api/queries';
import { EffectiveDayItem, errorStatus } from './EffectiveDayItem';
import { useSession } from '../../app/session';
import { formatTimestamp } from '../../../../shared/domain/format';
import { STATUS_COLORS, today } from './measureUi';

function EntryContent({ entry }: { entry: ProgressEntry }) {
  const { t } = useTranslation(['measures', 'domain']);
  return (
    <div data-testid="progress-entry">
      <Typography.Text strong>{entry.date}</Typography.Text>{' '}
      {entry.kind === 'status' && entry.toStatus && (
        <Tag color={STATUS_COLORS[entry.toStatus]}>
          {entry.fromStatus
            ? t('statusChange', { from: t(`domain:measureStatuses.${entry.fromStatus}`), to: t(`domain:measureStatuses.${entry.toStatus}`) })
            : t('statusRegistered', { status: t(`domain:measureStatuses.${entry.toStatus}`) })}
        </Tag>
      )}
      {entry.note && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('recordedBy', { who: entry.recordedBy, when: formatTimestamp(entry.recordedAt) })}
      </Typography.Text>
    </div>
  );
}

/** The dated log of a measure: add what happened (for roles that may write), read it newest first. */
export function ProgressLog({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation('measures');
  const { can } = useSession();
  return (
    <div>
      {can('addMeasureProgress') && <AddProgressForm measure={measure} />}
      {measure.progress.length === 0 ? (
        <Empty description={t('noProgress')} />
      ) : (
        <Timeline
          data-testid="progress-log"
          items={measure.progress.map((p) => ({
            key: p.id,
            color: p.kind === 'status' ? 'blue' : 'gray',
            content: <EntryContent entry={p} />,
          }))}
        />
      )}
    </div>
  );
}

/** What happened on a day; who and when are recorded by the core. */
function AddProgressForm({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation(['measures', 'common']);
  const { message } = AntApp.useApp();
  const [date, setDate] = useState<Dayjs>(() => dayjs(today()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run: addMeasureProgress, pending: saving } = useApiMutation('addMeasureProgress');

  // The measure with the new entry comes back in the drawer's query (api/writeAnswers.ts).
  const add = async () => {
    const r = await addMeasureProgress({ id: measure.id, date: date.format('YYYY-MM-DD'), note });
    if (!r.ok) {
      setErrors(r.error.fieldErrors ?? { note: r.error.message });
      return;
    }
    setErrors({});
    setNote('');
    void message.success(t('progressAdded'));
  };

  const status = (key: string) => errorStatus(errors, key, 'progress');

  return (
    <Form layout="vertical" component="div" style={{ marginBottom: 16 }}>
      <EffectiveDayItem
        label={t('progressDate')}
        status={status('date')}
        value={date}
        onChange={(d) => {
          setDate(d);
          setErrors({});
        }}
      />
      <Form.Item label={t('progressNote')} {...status('note')}>
        <Input.TextArea
          aria-label={t('progressNote')}
          rows={3}
          maxLength={500}
          showCount
          value={note}
          placeholder={t('progressPlaceholder')}
          onChange={(e) => {
            setNote(e.target.value);
            setErrors({});
          }}
          onKeyDown={(e) => {
            // Ctrl+Enter adds, as in a chat box; Enter alone starts a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void add();
            }
          }}
        />
      </Form.Item>
      <Button type="primary" icon={<PlusOutlined />} loading={saving} onClick={() => void add()}>
        {t('addProgress')}
      </Button>
    </Form>
  );
}
