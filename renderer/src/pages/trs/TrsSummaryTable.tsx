import { useState } from 'react';
import { Segmented, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { INSPECTION_GROUPS, type InspectionGroup, type TrsReport } from '../../../../shared/contract/trs';
import { DIRECTION_LABELS } from '../../../../shared/domain/trs/declarationRow';
import { minutesToHoursText } from '../../../../shared/domain/trs/percentiles';
import { TRS_STAGES, TRS_STAGE_LABELS } from '../../../../shared/domain/trs/stages';

/** Each stage's count, median, P90 and mean, import and export side by side, for all / inspected / not inspected. */
export function TrsSummaryTable({ report }: { report: TrsReport }) {
  const { t } = useTranslation('trs');
  const [group, setGroup] = useState<InspectionGroup>('all');
  const of = (direction: 'import' | 'export') => report.groups.find((g) => g.direction === direction && g.inspection === group)!.stages;
  const rows = TRS_STAGES.map((stage) => ({ key: stage, stage, import: of('import')[stage], export: of('export')[stage] }));
  const figures = (direction: 'import' | 'export') => ({
    title: DIRECTION_LABELS[direction],
    children: [
      { title: t('count'), key: `${direction}-n`, align: 'right' as const, render: (_: unknown, r: (typeof rows)[number]) => r[direction].n },
      { title: t('median'), key: `${direction}-median`, align: 'right' as const, render: (_: unknown, r: (typeof rows)[number]) => minutesToHoursText(r[direction].median) },
      { title: t('p90'), key: `${direction}-p90`, align: 'right' as const, render: (_: unknown, r: (typeof rows)[number]) => minutesToHoursText(r[direction].p90) },
      { title: t('mean'), key: `${direction}-mean`, align: 'right' as const, render: (_: unknown, r: (typeof rows)[number]) => minutesToHoursText(r[direction].mean) },
    ],
  });
  return (
    <>
      <Segmented
        aria-label={t('inspected')}
        value={group}
        onChange={(v) => setGroup(v as InspectionGroup)}
        options={INSPECTION_GROUPS.map((g) => ({ value: g, label: t(`inspectionGroup.${g}`) }))}
        style={{ marginBottom: 8 }}
      />
      <Table
        data-testid="trs-summary"
        size="small"
        pagination={false}
        bordered
        dataSource={rows}
        columns={[{ title: t('stage'), dataIndex: 'stage', key: 'stage', render: (s: (typeof TRS_STAGES)[number]) => TRS_STAGE_LABELS[s] }, figures('import'), figures('export')]}
      />
    </>
  );
}
