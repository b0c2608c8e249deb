import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/trust';
import { AUDIT_OP_LABELS, STORED_TIMESTAMP, auditFieldLabel, auditTableLabel } from '../../../../shared/domain/auditLabels';
import { formatTimestamp } from '../../../../shared/domain/format';

type RowChange = AuditEntry['changes']['rows'][number];

interface FieldChange {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** A stored value as people read it: a program timestamp in Beijing time, a nested value as JSON. */
function shown(v: unknown, blank: string): string {
  if (v === null || v === undefined) return blank;
  if (typeof v === 'string') return STORED_TIMESTAMP.test(v) ? formatTimestamp(v) : v;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The fields of a changed row, labelled, before → after; for an update only the fields that changed. */
export function fieldChanges(r: RowChange, blank: string): FieldChange[] {
  const before = r.before ?? {};
  const after = r.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = r.op === 'update' ? keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])) : keys;
  return changed.map((k) => ({
    key: k,
    label: auditFieldLabel(k),
    before: r.op === 'insert' ? null : shown(before[k], blank),
    after: r.op === 'delete' ? null : shown(after[k], blank),
  }));
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
                  <table className="audit-fields" data-testid="audit-fields">
                    <thead>
                      <tr>
                        <th>{t('admin.audit.field')}</th>
                        {r.op !== 'insert' && <th>{t('admin.audit.before')}</th>}
                        {r.op !== 'delete' && <th>{t('admin.audit.after')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {fieldChanges(r, t('admin.audit.blank')).map((f) => (
                        <tr key={f.key}>
                          <th scope="row">{f.label}</th>
                          {f.before !== null && <td>{f.before}</td>}
                          {f.after !== null && <td>{r.op === 'update' ? `→ ${f.after}` : f.after}</td>}
                        </tr>
                      ))}
                    </tbody>
                  </table>
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
