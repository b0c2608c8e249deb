import { useTranslation } from 'react-i18next';
import type { TrendPoint, TrendReport, TrendSeries } from '../../../../shared/contract/dashboard';
import { DAY_TYPE_LABELS } from '../../../../shared/domain/dayType';
import { formatPercent, formatShortDateLabel } from '../../../../shared/domain/format';
import { pctChange } from '../../../../shared/domain/kpi';
import { formatMetric } from '../../../../shared/domain/metrics';
import { CLOSED_COLOR, PORT_COLORS } from './trendChartModel';

export interface TrendTooltipProps {
  point: TrendPoint;
  series: TrendSeries;
  report: Pick<TrendReport, 'ports' | 'granularity'>;
  showLastYear: boolean;
  clickable: boolean;
}

/**
 * A point's figures in their Chinese units ("9.60 万吨", "1,400 人次"), with last year's and the
 * change, and what may make it unreliable: days without a record, closures, a cut bucket.
 */
export function TrendTooltip({ point, series, report, showLastYear, clickable }: TrendTooltipProps) {
  const { t } = useTranslation('charts');
  const many = report.ports.length > 1;
  const rows = report.ports.map((port, i) => ({
    name: many ? port.name : t('thisPeriod'),
    color: PORT_COLORS[i % PORT_COLORS.length]!,
    value: point.values[i] ?? null,
    lastYear: point.lastYearValues?.[i] ?? null,
  }));
  return (
    <div className="trend-tooltip" data-testid="trend-tooltip">
      <div className="trend-tooltip-title">
        {point.label}
        {point.dayType && <span className="trend-tooltip-muted">（{DAY_TYPE_LABELS[point.dayType]}）</span>}
      </div>
      {point.partial && (
        <div className="trend-tooltip-muted">{t('partialBucket', { from: formatShortDateLabel(point.from), to: formatShortDateLabel(point.to) })}</div>
      )}
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td>
                <span className="trend-tooltip-swatch" style={{ background: r.color }} />
                {r.name}
              </td>
              <td className="trend-tooltip-value">{formatMetric(series.key, r.value)}</td>
              {showLastYear && (
                <td className="trend-tooltip-muted">
                  {t('lastYearShort')} {formatMetric(series.key, r.lastYear)} · {t('yoy')} {formatPercent(pctChange(r.value, r.lastYear))}
                </td>
              )}
            </tr>
          ))}
          {many && (
            <tr>
              <td>{t('total')}</td>
              <td className="trend-tooltip-value">{formatMetric(series.key, point.total)}</td>
              {showLastYear && <td className="trend-tooltip-muted">{t('lastYearShort')} {formatMetric(series.key, point.lastYearTotal)}</td>}
            </tr>
          )}
        </tbody>
      </table>
      {point.missingDays > 0 && <div className="trend-tooltip-warn">{t('missingDays', { n: point.missingDays })}</div>}
      {point.closedDays > 0 && (
        <div style={{ color: CLOSED_COLOR }}>{t('closedDays', { n: point.closedDays, reasons: point.closureReasons.join('、') })}</div>
      )}
      {clickable && <div className="trend-tooltip-muted">{report.granularity === 'day' ? t('clickDay') : t('clickPeriod')}</div>}
    </div>
  );
}
