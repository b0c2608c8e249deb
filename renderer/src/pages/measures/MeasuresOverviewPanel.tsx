import { Alert, Button, Card, Col, Empty, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { FigureStanding, OverviewRow } from '../../../../shared/contract/measures';
import { MEASURE_STATUSES, type MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { formatMetricValue } from '../../../../shared/domain/measures/effectWords';
import { formatMonthLabel } from '../../../../shared/domain/format';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { STATUS_COLORS } from './measureUi';

const STATUS_FILL: Record<MeasureStatus, string> = {
  planned: '#bfbfbf',
  inProgress: '#1f5fa8',
  inForce: '#389e0d',
  suspended: '#fa8c16',
  ended: '#8c8c8c',
};

function FigureLine({ f }: { f: FigureStanding }) {
  const { t } = useTranslation('measures');
  return (
    <div data-testid={`standing-${f.metric}`}>
      {f.label}：{formatMetricValue(f.metric, f.current)}
      {f.beforeStart !== null && <Typography.Text type="secondary">{t('standingBefore', { value: formatMetricValue(f.metric, f.beforeStart) })}</Typography.Text>}
      {f.targetText && (
        <>
          {' '}
          <Tag color={f.met === null ? 'default' : f.met ? 'green' : 'red'}>
            {f.met === null ? t('targetUnknown', { target: f.targetText }) : f.met ? t('targetMet', { target: f.targetText }) : t('targetMissed', { target: f.targetText })}
          </Tag>
        </>
      )}
    </div>
  );
}

/** Counts by status, progress month by month, and where each measure's figures stand now. */
export function MeasuresOverviewPanel({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation(['measures', 'domain']);
  const { portId } = useSession();
  const { data, error } = useApiQuery('measuresOverview', portId === null ? null : { portId });

  if (error) return <Alert type="error" title={error} />;
  if (!data) return <Spin />;
  if (data.counts.total === 0) return <Empty description={t('overviewEmpty')} />;

  const months = data.months.map((m) => ({ ...m, label: formatMonthLabel(m.month), ...m.byStatus }));

  return (
    <div data-testid="measures-overview">
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('total')} value={data.counts.total} />
          </Card>
        </Col>
        {MEASURE_STATUSES.map((s) => (
          <Col xs={12} md={3} key={s}>
            <Card size="small">
              <Statistic title={t(`domain:measureStatuses.${s}`)} value={data.counts[s]} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={2}>
          <Card size="small">
            <Statistic title={t('flagStalled')} value={data.counts.stalled} styles={{ content: { color: data.counts.stalled ? '#cf1322' : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} md={3}>
          <Card size="small">
            <Statistic title={t('flagOverdue')} value={data.counts.overdue} styles={{ content: { color: data.counts.overdue ? '#d46b08' : undefined } }} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('progressOverTime')} style={{ marginBottom: 16 }}>
        <div style={{ width: '100%', height: 260 }} data-testid="overview-chart">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={months} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" />
              <YAxis yAxisId="count" allowDecimals={false} />
              <YAxis yAxisId="notes" orientation="right" allowDecimals={false} />
              <Tooltip />
              <Legend />
              {MEASURE_STATUSES.map((s) => (
                <Bar key={s} yAxisId="count" dataKey={s} name={t(`domain:measureStatuses.${s}`)} stackId="status" fill={STATUS_FILL[s]} isAnimationActive={false} />
              ))}
              <Line yAxisId="notes" dataKey="notes" name={t('notesPerMonth')} stroke="#cf1322" isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </Card>
      <Card size="small" title={t('standingTitle', { from: data.currentFrom, to: data.currentTo })}>
        <Table<OverviewRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.rows}
          rowClassName={(r) => (r.stalled ? 'measure-row-stalled' : r.overdue ? 'measure-row-overdue' : '')}
          columns={[
            { key: 'code', title: t('code'), dataIndex: 'code', width: 80 },
            {
              key: 'title',
              title: t('titleField'),
              render: (_, r) => (
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(r.id)}>
                  {r.title}
                </Button>
              ),
            },
            { key: 'status', title: t('status'), width: 90, render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`domain:measureStatuses.${r.status}`)}</Tag> },
            { key: 'start', title: t('startDate'), dataIndex: 'startDate', width: 110, render: (d: string | null) => d ?? '—' },
            {
              key: 'figures',
              title: t('standing'),
              render: (_, r) => (r.figures.length === 0 ? <Typography.Text type="secondary">{t('noFigures')}</Typography.Text> : r.figures.map((f) => <FigureLine key={f.metric} f={f} />)),
            },
            {
              key: 'last',
              title: t('lastProgress'),
              width: 260,
              render: (_, r) =>
                r.lastProgress ? (
                  <Typography.Text ellipsis={{ tooltip: r.lastProgress.note }} style={{ maxWidth: 250 }}>
                    <Typography.Text type="secondary">{r.lastProgress.date}</Typography.Text> {r.lastProgress.note}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
