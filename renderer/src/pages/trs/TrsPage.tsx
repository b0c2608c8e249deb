import { useState } from 'react';
import { Alert, Card, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { readingPortOptions } from '../../app/portOptions';
import { addDays, isValidIsoDate, todayInShanghai } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/queries';
import { TrsImportPanel } from './TrsImportPanel';
import { TrsSummaryTable } from './TrsSummaryTable';
import { HistogramChart, StageBars, TrendChartPanel } from './TrsCharts';
import { SlowestTable } from './SlowestTable';
import { MeasureStageEffect } from './MeasureStageEffect';
import './trs.css';

/**
 * The Time Release Study: where the hours of clearance go, stage by stage, for a period and port,
 * from the declarations imported below. The period and port it opens on may come in the address
 * (#/trs?from=…&to=…&port=…): the dashboard's note on clearance times links here that way.
 */
export function TrsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('trs');
  const { ports } = useSession();
  const today = todayInShanghai();
  const [from, setFrom] = useState(params.get('from') ?? addDays(today, -29));
  const [to, setTo] = useState(params.get('to') ?? today);
  const [portId, setPortId] = useState<number | null>(params.get('port') ? Number(params.get('port')) : null);
  const valid = isValidIsoDate(from) && isValidIsoDate(to);
  // (an import is a write: the report on screen is asked again after it)
  const report = useApiQuery('getTrsReport', valid ? { from, to, portId } : null);
  const r = report.data;

  return (
    <div className="trs-page">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('port')}
          style={{ minWidth: 160 }}
          value={portId ?? 0}
          onChange={(v: number) => setPortId(v === 0 ? null : v)}
          options={[{ value: 0, label: t('allPorts') }, ...readingPortOptions(ports)]}
        />
        <Input type="date" aria-label={t('from')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input type="date" aria-label={t('to')} value={to} onChange={(e) => setTo(e.target.value)} />
        {r && <Typography.Text data-testid="trs-total">{t('declarations', { n: r.total })}</Typography.Text>}
      </Space>
      {report.error && <Alert type="error" showIcon message={report.error} style={{ marginBottom: 16 }} />}
      {r && r.total === 0 && <Alert type="info" showIcon message={t('noDeclarations')} style={{ marginBottom: 16 }} />}
      {r && r.total > 0 && (
        <div className="trs-grid">
          <Card size="small" title={t('summaryTitle')} className="trs-wide">
            <TrsSummaryTable report={r} />
          </Card>
          <Card size="small" title={t('stageBarsTitle')}>
            <StageBars report={r} />
          </Card>
          <Card size="small" title={t('histogramTitle')}>
            <HistogramChart report={r} />
          </Card>
          <Card size="small" title={`${t('trendTitle')} · ${t(`trendBy.${r.trend.by}`)}`} className="trs-wide">
            <TrendChartPanel report={r} />
          </Card>
          <Card size="small" title={t('slowestTitle')} className="trs-wide">
            <SlowestTable report={r} />
          </Card>
          <MeasureStageEffect portId={portId} />
        </div>
      )}
      <TrsImportPanel />
    </div>
  );
}
