import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrsReport } from '../../../../shared/contract/trs';
import { DIRECTION_LABELS } from '../../../../shared/domain/trs/declarationRow';
import { minutesToHoursText } from '../../../../shared/domain/trs/percentiles';
import { TRS_STAGES, TRS_STAGE_LABELS } from '../../../../shared/domain/trs/stages';

type Slow = TrsReport['slowest'][number];

/** The declarations that took longest, with each stage, so the hours can be traced to a declaration. */
export function SlowestTable({ report }: { report: TrsReport }) {
  const { t } = useTranslation('trs');
  return (
    <Table<Slow>
      data-testid="trs-slowest"
      size="small"
      pagination={false}
      rowKey={(r) => `${r.portName}|${r.declarationNo}`}
      dataSource={report.slowest}
      scroll={{ x: true }}
      columns={[
        { title: t('declarationNo'), dataIndex: 'declarationNo' },
        { title: t('direction'), dataIndex: 'direction', render: (d: Slow['direction']) => DIRECTION_LABELS[d] },
        { title: t('port'), dataIndex: 'portName' },
        { title: t('declaredDate'), dataIndex: 'declaredDate' },
        { title: t('inspected'), dataIndex: 'inspected', render: (v: boolean) => (v ? t('yes') : t('no')) },
        ...TRS_STAGES.map((s) => ({ title: TRS_STAGE_LABELS[s], key: s, align: 'right' as const, render: (_: unknown, r: Slow) => minutesToHoursText(r.stages[s]) })),
      ]}
    />
  );
}
