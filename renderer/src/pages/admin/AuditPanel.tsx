import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditFilter } from '../../../../shared/contract/trust';
import { auditActionLabel, summarizeAuditChanges } from '../../../../shared/domain/auditLabels';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { formatTimestamp } from '../../../../shared/domain/format';
import { downloadText } from '../../components/downloadFile';
import { AuditEntryDetail } from './AuditEntryDetail';

const PAGE_SIZE = 20;

/** Whether the chain is intact (or where it was altered), and the log with filter, search and export. */
export function AuditPanel() {
  const { t } = useTranslation('trust');
  const { message } = AntApp.useApp();
  const verification = useApiQuery('verifyAuditLog', undefined);
  const chain = verification.data;
  const chainError = verification.error;
  const [filter, setFilter] = useState<AuditFilter>({});
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);

  const { data, loading, error } = useApiQuery('listAuditLog', { filter, page, pageSize: PAGE_SIZE });

  const broken = useMemo(() => new Set((chain?.problems ?? []).map((p) => p.id).filter((id): id is number => id !== null)), [chain]);
  const update = (patch: Partial<AuditFilter>) => {
    setPage(1);
    setFilter((f) => {
      const next: AuditFilter = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof AuditFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
      return next;
    });
  };

  const exportCsv = async () => {
    setExporting(true);
    const r = await api.exportAuditLog({ filter });
    setExporting(false);
    if (!r.ok) return void message.error(r.error.message);
    downloadText(r.value.fileName, r.value.csv);
    void message.success(t('admin.audit.exported', { n: r.value.rows }));
  };

  return (
    <div>
      {chainError && <Alert type="error" title={chainError} style={{ marginBottom: 12 }} />}
      {chain && (
        <Alert
          data-testid="audit-chain"
          type={chain.ok ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={chain.ok ? t('admin.audit.intact', { n: chain.entries }) : t('admin.audit.broken', { n: chain.entries, p: chain.problems.length })}
          description={
            chain.ok ? undefined : (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {chain.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            )
          }
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={verification.reload}>
              {t('admin.audit.verify')}
            </Button>
          }
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          aria-label={t('admin.audit.from')}
          placeholder={[t('admin.audit.from'), t('admin.audit.to')]}
          onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
            update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Select
          allowClear
          showSearch
          aria-label={t('admin.audit.user')}
          placeholder={t('admin.audit.user')}
          style={{ width: 140 }}
          value={filter.userName}
          options={(data?.userNames ?? []).map((u) => ({ value: u, label: u }))}
          onChange={(v?: string) => update({ userName: v })}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('admin.audit.action')}
          placeholder={t('admin.audit.action')}
          style={{ width: 180 }}
          value={filter.action}
          options={(data?.actions ?? []).map((a) => ({ value: a, label: auditActionLabel(a) }))}
          onChange={(v?: string) => update({ action: v })}
        />
        <Input.Search
          allowClear
          aria-label={t('admin.audit.search')}
          placeholder={t('admin.audit.search')}
          style={{ width: 300 }}
          maxLength={100}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => update({ search: v.trim() })}
        />
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()}>
          {t('admin.audit.export')}
        </Button>
      </Space>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.entries ?? []}
        locale={{ emptyText: t('admin.audit.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('admin.audit.total', { n }),
          onChange: setPage,
        }}
        expandable={{ expandedRowRender: (e) => <AuditEntryDetail entry={e} /> }}
        columns={[
          {
            title: '#',
            dataIndex: 'id',
            width: 90,
            render: (id: number) => (
              <Space size={4}>
                {id}
                {broken.has(id) && <Tag color="red">{t('admin.audit.brokenHere')}</Tag>}
              </Space>
            ),
          },
          { title: t('admin.audit.time'), dataIndex: 'at', width: 170, render: (at: string) => formatTimestamp(at) },
          {
            title: t('admin.audit.user'),
            dataIndex: 'userName',
            width: 150,
            render: (name: string, e) => (
              <span>
                {name}
                {e.role && <Typography.Text type="secondary">（{t(`roles.${e.role}`, { defaultValue: e.role })}）</Typography.Text>}
              </span>
            ),
          },
          { title: t('admin.audit.action'), dataIndex: 'action', width: 160, render: (a: string) => auditActionLabel(a) },
          { title: t('admin.audit.host'), dataIndex: 'host', width: 90, render: (h: string) => t(`admin.audit.hosts.${h}`, { defaultValue: h }) },
          { title: t('admin.audit.summary'), key: 'summary', render: (_, e) => summarizeAuditChanges(e.changes) },
        ]}
      />
    </div>
  );
}
