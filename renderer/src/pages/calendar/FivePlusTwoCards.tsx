import { Card, Col, Row, Space, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FivePlusTwoReport } from '../../../../shared/contract/calendar';
import { formatPercent } from '../../../../shared/domain/format';
import { ChangeText, FIGURE_OPTIONS, formatFigure } from './figures';

/** 同比 withheld for an incomplete base: "基期数据不全", the reason on hover. */
function Withheld({ label, withheld }: { label: string; withheld: { label: string; reason: string } }) {
  return (
    <Typography.Text type="secondary" title={withheld.reason} data-testid="yoy-withheld">
      {label} {withheld.label}
    </Typography.Text>
  );
}

/** The 5+2 figures as cards, each with its 同比. */
export function FivePlusTwoCards({ report }: { report: FivePlusTwoReport }) {
  const { t } = useTranslation('calendar');
  const c = report.current;
  const yoy = report.yoy;

  return (
    <Row gutter={[12, 12]} data-testid="five-plus-two-cards">
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('card.restDays')} data-testid="card-rest-days">
          <div className="card-big">{t('daysN', { n: c.restDays })}</div>
          <Typography.Text type="secondary">
            {t('restDayKinds', { weekend: c.weekendDays, holiday: c.holidayDays, regional: c.regionalHolidayDays })}
          </Typography.Text>
          {c.unknownTypeDays > 0 && (
            <div>
              <Typography.Text type="warning">{t('unknownDays', { n: c.unknownTypeDays })}</Typography.Text>
            </div>
          )}
          <div>
            <Typography.Text type="secondary">
              {t('lastYearRestDays', { n: report.samePeriodLastYear.restDays, open: report.samePeriodLastYear.restDaysOpen })}
            </Typography.Text>
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('card.coverage')} data-testid="card-coverage">
          <div className="card-big">{formatPercent(c.coveragePct, { signed: false })}</div>
          <Typography.Text type="secondary">
            {t('coverageDetail', { open: c.restDaysOpen, all: c.restDays, closed: c.restDaysClosed, unknown: c.restDaysOpenUnknown })}
          </Typography.Text>
          <div>
            {report.yoyWithheld ? (
              <Withheld label={t('yoy')} withheld={report.yoyWithheld} />
            ) : (
              <>
                <ChangeText label={t('yoy')} points={yoy.coveragePoints} /> <ChangeText label={t('yoyOpenDays')} pct={yoy.restDaysOpenPct} />
              </>
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('card.mismatches')} data-testid="card-mismatches">
          <div className={`card-big ${c.dutyMismatches > 0 ? 'is-warning' : ''}`}>
            {c.dutyMismatches > 0 && <WarningOutlined />} {t('daysN', { n: c.dutyMismatches })}
          </div>
          <Typography.Text type="secondary">{t('mismatchHint')}</Typography.Text>
        </Card>
      </Col>
      {FIGURE_OPTIONS.map((f) => {
        const v = c.volumes[f];
        return (
          <Col xs={24} md={12} xl={6} key={f}>
            <Card size="small" title={t(`card.restDayFigure`, { figure: t(`figure.${f}`) })} data-testid={`card-${f}`}>
              <div className="card-big">{formatFigure(f, v.onRestDays)}</div>
              <Space direction="vertical" size={0}>
                <Typography.Text>
                  {t('share')} <strong>{formatPercent(v.restDaySharePct, { signed: false })}</strong>
                </Typography.Text>
                <Typography.Text>
                  {t('perRestDay')} {formatFigure(f, v.perRestDay)}
                </Typography.Text>
                <Typography.Text>
                  {t('perWorkday')} {formatFigure(f, v.perWorkday)}
                </Typography.Text>
                {v.onUnknownDays !== null && (
                  <Typography.Text type="warning">
                    {t('onUnknownDays')} {formatFigure(f, v.onUnknownDays)}
                  </Typography.Text>
                )}
                {report.yoyWithheld ? <Withheld label={t('yoy')} withheld={report.yoyWithheld} /> : <ChangeText label={t('yoy')} pct={yoy.volumes[f].onRestDaysPct} />}
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
