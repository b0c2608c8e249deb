import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiFigure, KpiReport } from '../../../../shared/contract/dashboard';
import { formatMetric } from '../../../../shared/domain/metrics';
import { Sparkline } from '../charts/Sparkline';
import { PeriodChanges } from './PeriodChanges';
import './kpi.css';

export interface KpiCardProps {
  figure: KpiFigure;
  report: Pick<KpiReport, 'previous' | 'lastYear' | 'spark' | 'withheld'>;
  /** a title other than the figure's own label */
  title?: string;
  /** a line under the value ("休息日开放 8/8 天") */
  footnote?: string;
}

/**
 * One KPI: its value this period, 同比 and 环比 (the bases on hover) and its sparkline. Plain
 * elements styled as a card: a dashboard draws thirteen, on every period change.
 */
export const KpiCard = memo(function KpiCard({ figure, report, title, footnote }: KpiCardProps) {
  const { t } = useTranslation('charts');
  return (
    <section className="kpi-card" data-testid={`kpi-${figure.key}`} aria-label={title ?? figure.label}>
      <div className="kpi-card-title">{title ?? figure.label}</div>
      <div className="kpi-card-value" data-testid="kpi-value">
        <ValueWithUnit text={formatMetric(figure.key, figure.current)} />
      </div>
      {footnote && <div className="kpi-card-footnote">{footnote}</div>}
      <div className="kpi-card-bottom">
        <div className="kpi-card-changes">
          <PeriodChanges metric={figure.key} figure={figure} report={report} withheld={report.withheld} testIdPrefix="kpi" />
        </div>
        <Sparkline values={figure.spark} width={64} height={30} label={t('sparkline', { label: figure.label })} />
      </div>
    </section>
  );
});

/** "8,437.09 万元" with the unit in smaller type, so the figure itself stands out and fits. */
function ValueWithUnit({ text }: { text: string }) {
  const space = text.lastIndexOf(' ');
  if (space < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, space)} <span className="kpi-card-unit">{text.slice(space + 1)}</span>
    </>
  );
}

/** The card's place while its figures load. */
export function KpiCardSkeleton() {
  return (
    <div className="kpi-card kpi-card-skeleton" aria-hidden="true">
      <div className="skeleton-bar" style={{ width: '45%' }} />
      <div className="skeleton-bar skeleton-bar-tall" style={{ width: '70%' }} />
      <div className="skeleton-bar" style={{ width: '85%' }} />
    </div>
  );
}
