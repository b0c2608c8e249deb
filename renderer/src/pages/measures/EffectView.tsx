import { useState } from 'react';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, type MeasureDetail, type MetricEffect } from '../../../../shared/contract/measures';
import { describeTarget } from '../../../../shared/domain/measures/measureTypes';
import { formatEffectChange, formatEffectInterval, formatMetricValue } from '../../../../shared/domain/measures/effectWords';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../app/session';
import { EffectChart } from './EffectChart';

function verdictTag(m: MetricEffect, t: (k: string) => string) {
  const v = m.effect.verdict;
  if (v === 'insufficient') return <Tag color="default">{t('verdictInsufficient')}</Tag>;
  if (v === 'noClearChange') return <Tag color="blue">{t('verdictNoChange')}</Tag>;
  const word = v === 'increase' ? t('verdictIncrease') : t('verdictDecrease');
  return <Tag color={m.favourable ? 'green' : 'red'}>{`${word} · ${m.favourable ? t('favourable') : t('unfavourable')}`}</Tag>;
}

function WindowMean({ title, metric, w, testId }: { title: string; metric: MetricEffect['metric']; w: MetricEffect['effect']['before']; testId: string }) {
  const { t } = useTranslation('measures');
  return (
    <Col xs={12} md={6} data-testid={testId}>
      <Statistic title={title} value={formatMetricValue(metric, w.mean)} styles={{ content: { fontSize: 18 } }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {`${w.from.slice(2)}～${w.to.slice(2)} · ${t('dataDays', { n: w.dataDays, closed: w.closedDays })}${w.blankDays > 0 ? t('blankDays', { n: w.blankDays }) : ''}`}
      </Typography.Text>
    </Col>
  );
}

function EffectCard({ data }: { data: MetricEffect }) {
  const { t } = useTranslation('measures');
  const e = data.effect;
  const insufficient = e.verdict === 'insufficient';
  const n = e.windowDays;
  return (
    <Card
      size="small"
      data-testid={`effect-${data.metric}`}
      title={
        <Space wrap>
          <span>{data.label}</span>
          {verdictTag(data, t)}
          {data.target && <Typography.Text type="secondary">{t('targetIs', { target: describeTarget(data.target) })}</Typography.Text>}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph data-testid="effect-summary">{data.summary}</Typography.Paragraph>
      {insufficient && (
        <Alert
          type="warning"
          showIcon
          title={t('cannotConclude')}
          description={
            <ul className="effect-reasons" data-testid="effect-reasons">
              {e.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={[16, 8]} style={{ marginBottom: 8 }}>
        <WindowMean title={t('beforeMean', { n })} metric={data.metric} w={e.before} testId="effect-before" />
        <WindowMean title={t('afterMean', { n })} metric={data.metric} w={e.after} testId="effect-after" />
        <WindowMean title={t('yearEarlierBeforeMean', { n })} metric={data.metric} w={e.yearEarlierBefore} testId="effect-year-earlier-before" />
        <WindowMean title={t('yearEarlierAfterMean', { n })} metric={data.metric} w={e.yearEarlierAfter} testId="effect-year-earlier-after" />
      </Row>
      <Row gutter={16} style={{ marginBottom: 8 }}>
        {/* A change with no verdict is not shown as a figure: it would look surer than it is. */}
        <Col span={12}>
          <Statistic title={t('netChange')} value={insufficient ? '—' : formatEffectChange(data.metric, e.scale, e.effect)} data-testid="effect-net" />
        </Col>
        <Col span={12}>
          <Statistic title={t('interval95')} value={insufficient ? '—' : formatEffectInterval(data.metric, e)} styles={{ content: { fontSize: 16 } }} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="effect-explanation">
        {data.explanation}
      </Typography.Paragraph>
      {e.warnings.length > 0 && (
        <Alert
          type="info"
          title={t('notes')}
          description={
            <ul className="effect-reasons" data-testid="effect-warnings">
              {e.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <EffectChart data={data} />
    </Card>
  );
}

/** Before and after the start date, for each figure the measure is meant to move. */
export function EffectView({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation('measures');
  const { ports, portId: sessionPort } = useSession();
  const [windowText, setWindowText] = useState<number | null>(90);
  const [windowDays, setWindowDays] = useState(90);
  const [portId, setPortId] = useState<number | undefined>(() =>
    sessionPort !== null && measure.portIds.includes(sessionPort) ? sessionPort : measure.portIds[0],
  );
  const [windowError, setWindowError] = useState<string | null>(null);
  // An edit of the measure (its start date, its figures) marks this answer out of date like every write.
  const effect = useApiQuery('measureEffect', { id: measure.id, windowDays, ...(portId !== undefined ? { portId } : {}) });
  const result = effect.data;
  const loading = effect.loading;
  const error = windowError ?? (effect.refusal ? (effect.refusal.fieldErrors?.windowDays ?? effect.refusal.message) : effect.error);

  const applyWindow = () => {
    if (windowText === null) return setWindowError(t('windowRequired'));
    setWindowError(null);
    setWindowDays(windowText);
  };

  return (
    <div data-testid="effect-view">
      <Typography.Paragraph type="secondary">{t('effectIntro')}</Typography.Paragraph>
      <Form layout="inline" component="div" style={{ marginBottom: 16 }}>
        <Form.Item label={t('windowDays')}>
          <Space.Compact>
            <InputNumber
              aria-label={t('windowDays')}
              min={MIN_WINDOW_DAYS}
              max={MAX_WINDOW_DAYS}
              precision={0}
              value={windowText}
              onChange={(v) => setWindowText(v)}
              onPressEnter={applyWindow}
              suffix={t('days')}
            />
            <Button icon={<ReloadOutlined />} onClick={applyWindow}>
              {t('recalculate')}
            </Button>
          </Space.Compact>
        </Form.Item>
        {measure.portIds.length > 1 && (
          <Form.Item label={t('port')}>
            <Select
              aria-label={t('port')}
              style={{ width: 140 }}
              value={portId}
              onChange={setPortId}
              options={measure.portIds.map((id) => ({ value: id, label: ports.find((p) => p.id === id)?.name ?? `#${id}` }))}
            />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      {loading && !result && <Spin />}
      {result?.unavailable && <Alert type="info" showIcon title={result.unavailable} data-testid="effect-unavailable" />}
      <Spin spinning={loading && result !== null}>{result?.metrics.map((m) => <EffectCard key={m.metric} data={m} />)}</Spin>
    </div>
  );
}
