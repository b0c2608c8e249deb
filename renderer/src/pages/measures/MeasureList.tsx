import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { AppstoreAddOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeasureListFilter, MeasureSortKey, MeasureSummary } from '../../../../shared/contract/measures';
import { MEASURE_CATEGORIES, MEASURE_STATUSES, type MeasureCategory, type MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { downloadBase64, XLSX_MIME } from '../../components/downloadFile';
import { MeasureFormDialog } from './MeasureFormDialog';
import { TemplateDialog } from './TemplateDialog';
import { STATUS_COLORS } from './measureUi';

type Sort = NonNullable<MeasureListFilter['sort']>;

/** Waits until typing pauses, so the list is not fetched on every keystroke. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

export function MeasureList({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation(['measures', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const { can } = useSession();
  const mayCreate = can('createMeasure');
  const mayApplyTemplate = can('applyMeasureTemplate');
  const [statuses, setStatuses] = useState<MeasureStatus[]>([]);
  const [categories, setCategories] = useState<MeasureCategory[]>([]);
  const [unit, setUnit] = useState<string | undefined>();
  const [flag, setFlag] = useState<MeasureListFilter['flag']>();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim(), 250);
  const [sort, setSort] = useState<Sort>({ by: 'code', order: 'asc' });
  const [creating, setCreating] = useState(false);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [exporting, setExporting] = useState(false);

  const filter = useMemo<MeasureListFilter>(() => {
    const f: MeasureListFilter = { sort };
    if (statuses.length) f.statuses = statuses;
    if (categories.length) f.categories = categories;
    if (unit) f.unit = unit;
    if (flag) f.flag = flag;
    if (search) f.search = search;
    return f;
  }, [statuses, categories, unit, flag, search, sort]);

  const { data: state, error, loading } = useApiQuery('listMeasures', filter);

  const exportXlsx = useCallback(async () => {
    setExporting(true);
    const r = await api.exportMeasuresXlsx(filter);
    setExporting(false);
    if (!r.ok) return void message.error(r.error.message);
    downloadBase64(r.value.fileName, r.value.base64, XLSX_MIME);
    void message.success(t('exported', { n: r.value.count, file: r.value.fileName }));
  }, [filter, message, t]);

  const sortOrderOf = (key: MeasureSortKey) => (sort.by === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);

  const columns: TableProps<MeasureSummary>['columns'] = [
    { key: 'code', title: t('code'), dataIndex: 'code', width: 90, sorter: true, sortOrder: sortOrderOf('code') },
    {
      key: 'title',
      title: t('titleField'),
      dataIndex: 'title',
      sorter: true,
      sortOrder: sortOrderOf('title'),
      render: (_, m) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(m.id)}>
          {m.title}
        </Button>
      ),
    },
    { key: 'category', title: t('category'), width: 100, sorter: true, sortOrder: sortOrderOf('category'), render: (_, m) => t(`domain:measureCategories.${m.category}`) },
    { key: 'leadUnit', title: t('leadUnit'), dataIndex: 'leadUnit', width: 130, sorter: true, sortOrder: sortOrderOf('leadUnit') },
    {
      key: 'status',
      title: t('status'),
      width: 90,
      sorter: true,
      sortOrder: sortOrderOf('status'),
      render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(`domain:measureStatuses.${m.status}`)}</Tag>,
    },
    { key: 'startDate', title: t('startDate'), dataIndex: 'startDate', width: 110, sorter: true, sortOrder: sortOrderOf('startDate'), render: (d: string | null) => d ?? '—' },
    {
      key: 'lastProgress',
      title: t('lastProgress'),
      sorter: true,
      sortOrder: sortOrderOf('lastProgress'),
      render: (_, m) =>
        m.lastProgress ? (
          <Typography.Text ellipsis={{ tooltip: m.lastProgress.note }} style={{ maxWidth: 280 }}>
            <Typography.Text type="secondary">{m.lastProgress.date}</Typography.Text> {m.lastProgress.note}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'flags',
      title: t('attention'),
      width: 130,
      render: (_, m) => (
        <>
          {m.stalled && (
            <Tooltip title={t('stalledHint')}>
              <Tag color="red" data-testid="flag-stalled">
                {m.daysSinceProgress === null ? t('stalledNever') : t('stalledDays', { n: m.daysSinceProgress })}
              </Tag>
            </Tooltip>
          )}
          {m.overdue && (
            <Tooltip title={t('overdueHint', { date: m.startDate })}>
              <Tag color="orange" data-testid="flag-overdue">
                {t('overdue')}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
  ];

  const onTableChange: TableProps<MeasureSummary>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!s || !s.order || !s.columnKey) return setSort({ by: 'code', order: 'asc' });
    setSort({ by: String(s.columnKey) as MeasureSortKey, order: s.order === 'descend' ? 'desc' : 'asc' });
  };

  const registerEmpty = state !== null && state.total === 0;
  const filtered = statuses.length > 0 || categories.length > 0 || !!unit || !!flag || !!search;

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          allowClear
          style={{ width: 240 }}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <Select
          aria-label={t('filterStatus')}
          mode="multiple"
          allowClear
          placeholder={t('filterStatus')}
          style={{ minWidth: 160 }}
          value={statuses}
          onChange={setStatuses}
          options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`domain:measureStatuses.${s}`) }))}
        />
        <Select
          aria-label={t('filterCategory')}
          mode="multiple"
          allowClear
          placeholder={t('filterCategory')}
          style={{ minWidth: 160 }}
          value={categories}
          onChange={setCategories}
          options={MEASURE_CATEGORIES.map((c) => ({ value: c, label: t(`domain:measureCategories.${c}`) }))}
        />
        <Select
          aria-label={t('filterUnit')}
          allowClear
          showSearch
          placeholder={t('filterUnit')}
          style={{ minWidth: 160 }}
          value={unit}
          onChange={setUnit}
          options={(state?.units ?? []).map((u) => ({ value: u, label: u }))}
        />
        <Select
          aria-label={t('filterFlag')}
          allowClear
          placeholder={t('filterFlag')}
          style={{ minWidth: 130 }}
          value={flag}
          onChange={setFlag}
          options={[
            { value: 'attention', label: t('flagAttention') },
            { value: 'stalled', label: t('flagStalled') },
            { value: 'overdue', label: t('flagOverdue') },
          ]}
        />
        {mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        )}
        {mayApplyTemplate && (
          <Button icon={<AppstoreAddOutlined />} onClick={() => setTemplateOpen(true)}>
            {t('fromTemplate')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} loading={exporting} disabled={!state || state.items.length === 0} onClick={() => void exportXlsx()}>
          {t('exportXlsx')}
        </Button>
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {registerEmpty && !mayCreate && !mayApplyTemplate ? (
        <Empty data-testid="register-empty" description={t('emptyRegisterReadOnly')} />
      ) : registerEmpty ? (
        <Empty data-testid="template-offer" description={<span>{t('emptyRegister')}</span>}>
          <Space>
            {mayApplyTemplate && (
              <Button type="primary" icon={<AppstoreAddOutlined />} onClick={() => setTemplateOpen(true)}>
                {t('useTemplate')}
              </Button>
            )}
            {mayCreate && (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('createOwn')}
              </Button>
            )}
          </Space>
        </Empty>
      ) : (
        <>
          {state && (
            <Typography.Text type="secondary" data-testid="list-count">
              {filtered ? t('countFiltered', { n: state.items.length, total: state.total }) : t('count', { n: state.total })}
            </Typography.Text>
          )}
          <Table<MeasureSummary>
            data-testid="measure-table"
            rowKey="id"
            size="middle"
            loading={loading && !state}
            columns={columns}
            dataSource={state?.items ?? []}
            pagination={false}
            onChange={onTableChange}
            showSorterTooltip={false}
            rowClassName={(m) => (m.stalled ? 'measure-row-stalled' : m.overdue ? 'measure-row-overdue' : '')}
            locale={{ emptyText: <Empty description={t('noMatch')} /> }}
            style={{ marginTop: 8 }}
          />
        </>
      )}
      {mayCreate && (
        <MeasureFormDialog
          open={creating}
          units={state?.units ?? []}
          onClose={() => setCreating(false)}
          onSaved={(m) => {
            setCreating(false);
            onOpen(m.id);
          }}
        />
      )}
      {mayApplyTemplate && (
        <TemplateDialog
          open={templateOpen}
          onClose={() => setTemplateOpen(false)}
          onApplied={() => {
            setTemplateOpen(false);
          }}
        />
      )}
    </div>
  );
}
