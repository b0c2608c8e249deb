import { useMemo, useState } from 'react';
import { App as AntApp, AutoComplete, Button, DatePicker, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RegionalDay } from '../../../../shared/contract/calendar';
import { REGIONAL_DAY_TYPES, type RegionalDayType } from '../../../../shared/domain/calendar/regionalDays';
import { coveredYears } from '../../../../shared/domain/calendar/nationalCalendar';
import { uncoveredNotice } from '../../../../shared/domain/calendar/resolveDayType';
import { todayInShanghai, weekdayOf } from '../../../../shared/domain/dates';
import type { DayType } from '../../../../shared/domain/dayType';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { DAY_TYPE_COLORS } from '../days/dayTypeColors';
import { LoadError, UncoveredNotice } from './Notices';
import { useApiQuery } from '../../api/queries';
import { showFieldErrors } from '../../components/forms/fieldErrors';

const ALL_PORTS = 0;

interface EntryForm {
  portId: number;
  dates: [Dayjs, Dayjs] | null;
  date: Dayjs | null;
  type: RegionalDayType;
  name: string;
  source: string;
}

/**
 * The table of regional and local days: the shipped 藏历新年 dates, and the place where the
 * administrator adds next year's notice when it is published (other roles read the table).
 * Changes reach every view at once.
 */
export function RegionalDaysAdmin() {
  const { t } = useTranslation(['calendar', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const { ports, can } = useSession();
  const mayAdd = can('addRegionalDays');
  const mayEdit = can('updateRegionalDay');
  const mayDelete = can('deleteRegionalDay');
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState<number | 'all'>(thisYear);
  const list = useApiQuery('listRegionalDays', year === 'all' ? {} : { year });
  const [editing, setEditing] = useState<RegionalDay | 'new' | null>(null);

  const yearOptions = useMemo(() => {
    const years = new Set<number>([thisYear - 1, thisYear, thisYear + 1, ...coveredYears().filter((y) => y >= 2023)]);
    return [{ value: 'all' as const, label: t('regional.allYears') }, ...[...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }))];
  }, [thisYear, t]);

  const remove = async (entry: RegionalDay) => {
    const r = await api.deleteRegionalDay({ id: entry.id });
    if (!r.ok) return void message.error(r.error.message);
    // (a write: the list on screen is asked again by itself)
    void message.success(t('regional.deleted', { date: entry.date }));
  };

  const typeTag = (type: DayType, name: string | null) => (
    <Tag color={DAY_TYPE_COLORS[type]}>
      {t(`domain:dayTypes.${type}`)}
      {name ? ` · ${name}` : ''}
    </Tag>
  );

  return (
    <div>
      <Typography.Paragraph type="secondary">
        {t('regional.intro')}
        {t(mayAdd ? 'regional.introAdd' : 'regional.introReadOnly')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number | 'all'> aria-label={t('regional.year')} style={{ width: 120 }} value={year} options={yearOptions} onChange={setYear} />
        {mayAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('regional.add')}
          </Button>
        )}
      </Space>
      {year !== 'all' && <UncoveredNotice notice={uncoveredNotice(coveredYears().includes(year) ? [] : [year])} />}
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<RegionalDay>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('regional.empty')} /> }}
        data-testid="regional-days"
        onRow={(e) => ({ 'data-date': e.date }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('regional.date'), render: (_, e) => `${e.date} ${t(`weekdayLong.${weekdayOf(e.date) || 7}`)}` },
          { title: t('regional.port'), render: (_, e) => e.portName ?? t('regional.allPorts') },
          { title: t('regional.entry'), render: (_, e) => typeTag(e.type, e.name || null) },
          {
            title: t('regional.national'),
            render: (_, e) => (e.national ? typeTag(e.national.type, e.national.name) : <Typography.Text type="warning">{t('regional.nationalUnknown')}</Typography.Text>),
          },
          {
            title: t('regional.source'),
            ellipsis: { showTitle: false },
            render: (_, e) => (
              <Tooltip title={e.source} placement="topLeft">
                {e.source || '—'}
              </Tooltip>
            ),
          },
          {
            title: t('regional.by'),
            render: (_, e) => (
              <span>
                {e.updatedBy}
                {e.shipped && <Tag style={{ marginLeft: 6 }}>{t('regional.shipped')}</Tag>}
              </span>
            ),
          },
          ...(mayEdit || mayDelete
            ? [
                {
                  title: t('regional.action'),
                  render: (_: unknown, e: RegionalDay) => (
                    <Space>
                      {mayEdit && (
                        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(e)} aria-label={t('regional.editDay', { date: e.date })}>
                          {t('edit')}
                        </Button>
                      )}
                      {mayDelete && (
                        <Popconfirm title={t('regional.deleteConfirm', { date: e.date })} okText={t('delete')} cancelText={t('common:cancel')} onConfirm={() => void remove(e)}>
                          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('regional.deleteDay', { date: e.date })}>
                            {t('delete')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {/* A new form store per entry: a reused one keeps the last entry's values over the new initial ones. */}
      {(mayAdd || mayEdit) && (
        <EntryDialog
          key={editing === 'new' ? 'new' : (editing?.id ?? 'closed')}
          entry={editing === 'new' ? null : editing}
          open={editing !== null}
          ports={ports}
          onClose={(changedYear) => {
            setEditing(null);
            if (changedYear !== null && year !== 'all' && changedYear !== year) setYear(changedYear);
          }}
        />
      )}
    </div>
  );
}

function EntryDialog({
  entry,
  open,
  ports,
  onClose,
}: {
  entry: RegionalDay | null;
  open: boolean;
  ports: { id: number; name: string }[];
  onClose(changedYear: number | null): void;
}) {
  const { t } = useTranslation(['calendar', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EntryForm>();
  const [saving, setSaving] = useState(false);
  const names = t('regional.nameSuggestions', { returnObjects: true }) as string[];

  const save = async () => {
    const v = form.getFieldsValue(true);
    const common = { portId: v.portId === ALL_PORTS ? null : v.portId, type: v.type, name: v.name ?? '', source: v.source ?? '' };
    let firstDate: string;
    setSaving(true);
    let r;
    if (entry) {
      firstDate = v.date ? v.date.format('YYYY-MM-DD') : '';
      r = await api.updateRegionalDay({ id: entry.id, date: firstDate, ...common });
    } else {
      firstDate = v.dates ? v.dates[0].format('YYYY-MM-DD') : '';
      r = await api.addRegionalDays({ from: firstDate, to: v.dates ? v.dates[1].format('YYYY-MM-DD') : '', ...common });
    }
    setSaving(false);
    if (!r.ok) {
      const dateField = entry ? 'date' : 'dates';
      showFieldErrors(form, r.error, { fields: [dateField, 'portId', 'type', 'name', 'source'], rename: { from: dateField, to: dateField } });
      return void message.error(r.error.message);
    }
    void message.success(entry ? t('regional.updated') : t('regional.added', { n: Array.isArray(r.value) ? r.value.length : 1 }));
    onClose(Number(firstDate.slice(0, 4)));
  };

  return (
    <Modal
      open={open}
      destroyOnHidden
      title={entry ? t('regional.editTitle') : t('regional.addTitle')}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => onClose(null)}
    >
      <Form<EntryForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          portId: entry?.portId ?? ALL_PORTS,
          date: entry ? dayjs(entry.date) : null,
          dates: null,
          type: entry?.type ?? 'regionalHoliday',
          name: entry?.name ?? '',
          source: entry?.source ?? '',
        }}
      >
        <Form.Item name="portId" label={t('regional.port')} extra={t('regional.portHint')}>
          <Select aria-label={t('regional.port')} options={[{ value: ALL_PORTS, label: t('regional.allPorts') }, ...ports.map((p) => ({ value: p.id, label: p.name }))]} />
        </Form.Item>
        {entry ? (
          <Form.Item name="date" label={t('regional.date')}>
            <DatePicker allowClear={false} aria-label={t('regional.date')} />
          </Form.Item>
        ) : (
          <Form.Item name="dates" label={t('regional.dates')} extra={t('regional.datesHint')}>
            <DatePicker.RangePicker aria-label={t('regional.dates')} />
          </Form.Item>
        )}
        <Form.Item name="type" label={t('regional.type')}>
          <Select aria-label={t('regional.type')} options={REGIONAL_DAY_TYPES.map((ty) => ({ value: ty, label: t(`domain:dayTypes.${ty}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('regional.name')}>
          <AutoComplete aria-label={t('regional.name')} options={names.map((n) => ({ value: n }))} maxLength={20} />
        </Form.Item>
        <Form.Item name="source" label={t('regional.source')} extra={t('regional.sourceHint')}>
          <Input.TextArea aria-label={t('regional.source')} rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
