import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/trust';
import { AUDIT_OP_LABELS, auditTableLabel } from '../../../../shared/domain/auditLabels';

type RowChange = AuditEntry['changes']['rows'][number];

/** The fields of a changed row as "field: before → after"; for an update only the fields that changed. */
function fieldLines(r: RowChange, blank: string): string[] {
  const show = (v: unknown) => (v === null || v === undefined ? blank : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const before = r.before ?? {};
  const after = r.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (r.op === 'insert') return keys.map((k) => `${k}: ${show(after[k])}`);
  if (r.op === 'delete') return keys.map((k) => `${k}: ${show(before[k])}`);
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
}

export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('trust');
  const { changes } = entry;
  return (
    <div data-testid={`audit-detail-${entry.id}`}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('admin.audit.input')}>
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 240, overflow: 'auto' }}>{JSON.stringify(entry.input, null, 2)}</pre>
        </Descriptions.Item>
        {changes.notes.length > 0 && <Descriptions.Item label={t('admin.audit.notes')}>{changes.notes.join('；')}</Descriptions.Item>}
        <Descriptions.Item label={t('admin.audit.hash')}>
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.audit.prevHash')}>
          <Typography.Text code style={{ fontSize: 12 }}>
            {entry.prevHash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {changes.rows.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('admin.audit.changes')}
          </Typography.Title>
          {changes.truncated && <Typography.Paragraph type="secondary">{t('admin.audit.truncated', { n: changes.rows.length })}</Typography.Paragraph>}
          <Table<RowChange & { key: number }>
            size="small"
            pagination={false}
            dataSource={changes.rows.map((r, i) => ({ ...r, key: i }))}
            columns={[
              { title: '', dataIndex: 'table', width: 160, render: (tb: string) => auditTableLabel(tb) },
              { title: '', dataIndex: 'op', width: 70, render: (op: RowChange['op']) => <Tag>{AUDIT_OP_LABELS[op]}</Tag> },
              {
                title: '',
                key: 'fields',
                render: (_, r) => (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {fieldLines(r, t('admin.audit.blank')).map((line, i) => (
                      <li key={i} style={{ wordBreak: 'break-all' }}>
                        {line}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
            showHeader={false}
          />
        </>
      )}
    </div>
  );
}
