import { Alert, Input, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/importExport';

type Proposal = ImportPreview['proposedClosures'][number];

/** The clerk's word on one proposed closure: kept (with the reason as reworded) or declined. */
export interface ClosureEdit {
  closed: boolean;
  reason: string;
}

export const closureEditKey = (p: { portId: number; date: string }) => `${p.portId}|${p.date}`;

/**
 * Rows of zeros whose remark names a closure, proposed as closed days (shared/domain/import/closureRemark.ts):
 * each can be switched back to as filed, or its reason reworded, before the import is applied.
 */
export function ProposedClosures({
  proposals,
  edits,
  onChange,
  disabled,
}: {
  proposals: readonly Proposal[];
  edits: Readonly<Record<string, ClosureEdit>>;
  onChange(key: string, edit: ClosureEdit): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('importExport');
  const editOf = (p: Proposal): ClosureEdit => edits[closureEditKey(p)] ?? { closed: true, reason: p.reason };
  return (
    <div data-testid="proposed-closures" style={{ marginTop: 12 }}>
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('proposedClosuresTitle', { n: proposals.length })} description={t('proposedClosuresHelp')} />
      <Table<Proposal>
        size="small"
        rowKey={closureEditKey}
        dataSource={[...proposals]}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('col.place'), render: (_, p) => `${p.sheet} · ${p.row}` },
          { title: t('col.date'), dataIndex: 'date' },
          { title: t('col.port'), dataIndex: 'portName' },
          {
            title: t('proposedClosed'),
            render: (_, p) => (
              <Switch
                checked={editOf(p).closed}
                disabled={disabled}
                checkedChildren={t('closed')}
                unCheckedChildren={t('asFiled')}
                aria-label={t('proposedClosedFor', { date: p.date })}
                onChange={(closed) => onChange(closureEditKey(p), { ...editOf(p), closed })}
              />
            ),
          },
          {
            title: t('closureReason'),
            render: (_, p) => (
              <Input
                value={editOf(p).reason}
                maxLength={100}
                disabled={disabled || !editOf(p).closed}
                status={editOf(p).closed && !editOf(p).reason.trim() ? 'error' : ''}
                aria-label={t('closureReasonFor', { date: p.date })}
                onChange={(e) => onChange(closureEditKey(p), { ...editOf(p), reason: e.target.value })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
