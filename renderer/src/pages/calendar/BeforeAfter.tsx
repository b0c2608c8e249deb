import { Button, Card, DatePicker, Empty, Form, Input, Modal, Table, Typography, App as AntApp } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FivePlusTwoChange, FivePlusTwoFigures, FivePlusTwoReport } from '../../../../shared/contract/calendar';
import { formatDateLabel, formatDateRangeLabel, formatPercent, EMPTY_MARK } from '../../../../shared/domain/format';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { ChangeText, FIGURE_OPTIONS, formatFigure } from './figures';

interface Line {
  key: string;
  label: string;
  value(f: FivePlusTwoFigures): string;
  change?(c: FivePlusTwoChange): { pct?: number | null; points?: number | null };
}

/**
 * The 5+2 figures before and after the date it took effect at the port, within the chosen period.
 * The date is set by the administrator; other roles read it.
 */
export function BeforeAfter({ report, onSettingsChanged }: { report: FivePlusTwoReport; onSettingsChanged(): void }) {
  const { t } = useTranslation('calendar');
  const maySetDate = useSession().can('setFivePlusTwoSettings');
  const [editing, setEditing] = useState(false);
  const ba = report.beforeAfter;

  const lines: Line[] = [
    { key: 'span', label: t('ba.span'), value: (f) => formatDateRangeLabel(f.from, f.to) },
    { key: 'rest', label: t('ba.restDays'), value: (f) => t('daysN', { n: f.restDays }) },
    { key: 'open', label: t('ba.restDaysOpen'), value: (f) => t('daysN', { n: f.restDaysOpen }) },
    {
      key: 'coverage',
      label: t('card.coverage'),
      value: (f) => formatPercent(f.coveragePct, { signed: false }),
      change: (c) => ({ points: c.coveragePoints }),
    },
    ...FIGURE_OPTIONS.flatMap((fig): Line[] => [
      {
        key: `${fig}-per`,
        label: t('ba.perRestDay', { figure: t(`figure.${fig}`) }),
        value: (f) => formatFigure(fig, f.volumes[fig].perRestDay),
        change: (c) => ({ pct: c.volumes[fig].perRestDayPct }),
      },
      {
        key: `${fig}-share`,
        label: t('ba.share', { figure: t(`figure.${fig}`) }),
        value: (f) => formatPercent(f.volumes[fig].restDaySharePct, { signed: false }),
        change: (c) => ({ points: c.volumes[fig].restDaySharePoints }),
      },
    ]),
  ];

  const title = (
    <span>
      {t('ba.title')}
      <Typography.Text type="secondary" style={{ marginLeft: 12, fontWeight: 'normal' }} data-testid="effective-from">
        {report.effectiveFrom ? t('ba.effectiveFrom', { date: formatDateLabel(report.effectiveFrom) }) : t('ba.notSet')}
      </Typography.Text>
    </span>
  );

  return (
    <Card
      size="small"
      title={title}
      style={{ marginTop: 16 }}
      extra={
        maySetDate && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('ba.setDate')}
          </Button>
        )
      }
    >
      {!ba ? (
        <Empty description={t(maySetDate ? 'ba.notSetHint' : 'ba.notSetHintReadOnly')} />
      ) : (
        <>
          {(!ba.before || !ba.after) && (
            <Typography.Paragraph type="secondary">{!ba.before ? t('ba.allAfter') : t('ba.allBefore')}</Typography.Paragraph>
          )}
          <Table<Line>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={lines}
            columns={[
              { title: t('ba.figure'), dataIndex: 'label' },
              { title: t('ba.before'), render: (_, l) => (ba.before ? l.value(ba.before) : EMPTY_MARK) },
              { title: t('ba.after'), render: (_, l) => (ba.after ? l.value(ba.after) : EMPTY_MARK) },
              {
                title: t('ba.change'),
                render: (_, l) => (l.change && ba.change ? <ChangeText label="" {...l.change(ba.change)} /> : EMPTY_MARK),
              },
            ]}
          />
        </>
      )}
      {maySetDate && (
        <EffectiveDateDialog
          key={editing ? 'open' : 'closed'}
          open={editing}
          portId={report.portId}
          initial={report.effectiveFrom}
          onClose={(changed) => {
            setEditing(false);
            if (changed) onSettingsChanged();
          }}
        />
      )}
    </Card>
  );
}

function EffectiveDateDialog({ open, portId, initial, onClose }: { open: boolean; portId: number; initial: string | null; onClose(changed: boolean): void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ date: Dayjs | null; note: string }>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const v = form.getFieldsValue();
    setSaving(true);
    const r = await api.setFivePlusTwoSettings({ portId, effectiveFrom: v.date ? v.date.format('YYYY-MM-DD') : null, note: v.note || null });
    setSaving(false);
    if (!r.ok) {
      showFieldErrors(form, r.error, { fields: ['date', 'note'], rename: { effectiveFrom: 'date' } });
      return void message.error(r.error.message);
    }
    void message.success(t('common:saved'));
    onClose(true);
  };

  return (
    <Modal
      open={open}
      destroyOnHidden
      title={t('ba.setDate')}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ date: initial ? dayjs(initial) : null, note: '' }}>
        <Form.Item name="date" label={t('ba.dateLabel')} extra={t('ba.dateHint')}>
          <DatePicker aria-label={t('ba.dateLabel')} />
        </Form.Item>
        <Form.Item name="note" label={t('ba.noteLabel')}>
          <Input maxLength={200} placeholder={t('ba.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
