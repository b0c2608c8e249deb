import { useState } from 'react';
import { Alert, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrsMeasureEffect } from '../../../../shared/contract/trs';
import { formatPercent } from '../../../../shared/domain/format';
import { DIRECTION_LABELS } from '../../../../shared/domain/trs/declarationRow';
import { minutesToHoursText } from '../../../../shared/domain/trs/percentiles';
import { TRS_STAGES, TRS_STAGE_LABELS, type TrsStage } from '../../../../shared/domain/trs/stages';
import { useApiQuery } from '../../api/queries';

const WINDOWS = [30, 90, 180];
type Row = TrsMeasureEffect['rows'][number];

/** A measure acts on a stage: that stage's median in equal windows before and from its start date. */
export function MeasureStageEffect({ portId }: { portId: number | null }) {
  const { t } = useTranslation('trs');
  const measures = useApiQuery('listMeasures', {}).data?.items.filter((m) => m.startDate !== null) ?? [];
  const [measureId, setMeasureId] = useState<number | null>(null);
  const [stage, setStage] = useState<TrsStage>('declarationToRelease');
  const [windowDays, setWindowDays] = useState(90);
  const effect = useApiQuery('getTrsMeasureEffect', measureId === null ? null : { measureId, portId, stage, windowDays });
  const e = measureId === null ? null : effect.data;
  return (
    <Card size="small" title={t('effectTitle')} className="trs-wide" data-testid="trs-measure-effect">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('effectMeasure')}
          placeholder={t('effectMeasure')}
          style={{ minWidth: 260 }}
          value={measureId ?? undefined}
          onChange={(v: number) => setMeasureId(v)}
          options={measures.map((m) => ({ value: m.id, label: `${m.code} ${m.title}（${m.startDate}）` }))}
          notFoundContent={t('effectNoMeasures')}
        />
        <Select aria-label={t('stage')} style={{ minWidth: 120 }} value={stage} onChange={(v: TrsStage) => setStage(v)} options={TRS_STAGES.map((s) => ({ value: s, label: TRS_STAGE_LABELS[s] }))} />
        <Segmented value={windowDays} onChange={(v) => setWindowDays(Number(v))} options={WINDOWS.map((w) => ({ value: w, label: t('effectWindow', { days: w }) }))} />
      </Space>
      {measureId !== null && effect.error && <Alert type="warning" showIcon message={effect.error} />}
      {e && (
        <>
          <Typography.Paragraph type="secondary">{t('effectSpans', { beforeFrom: e.before.from, beforeTo: e.before.to, afterFrom: e.after.from, afterTo: e.after.to })}</Typography.Paragraph>
          <Table<Row>
            size="small"
            pagination={false}
            rowKey="direction"
            dataSource={e.rows}
            columns={[
              { title: t('direction'), dataIndex: 'direction', render: (d: Row['direction']) => DIRECTION_LABELS[d] },
              { title: t('effectBeforeN'), key: 'bn', align: 'right', render: (_, r) => r.before.n },
              { title: t('effectBeforeMedian'), key: 'bm', align: 'right', render: (_, r) => minutesToHoursText(r.before.median) },
              { title: t('effectAfterN'), key: 'an', align: 'right', render: (_, r) => r.after.n },
              { title: t('effectAfterMedian'), key: 'am', align: 'right', render: (_, r) => minutesToHoursText(r.after.median) },
              { title: t('effectChange'), key: 'c', align: 'right', render: (_, r) => formatPercent(r.medianChangePct) },
            ]}
          />
          <Typography.Text type="secondary">{t('effectNote')}</Typography.Text>
        </>
      )}
    </Card>
  );
}
