import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../../shared/contract/dashboard';
import { formatMetric, type MetricKey } from '../../../../shared/domain/metrics';
import { ChangeIndicator } from './ChangeIndicator';

interface FigureChanges {
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  yoyPct: number | null;
  momPct: number | null;
}

export interface PeriodChangesProps {
  metric: MetricKey;
  figure: FigureChanges;
  report: Pick<KpiReport, 'previous' | 'lastYear'>;
  withheld: KpiReport['withheld'];
  /** test ids are `${testIdPrefix}-yoy` and `${testIdPrefix}-mom` */
  testIdPrefix: string;
}

/**
 * 同比 and 环比 of one figure, each with its base on hover: the cards and the per-port rows read a
 * change the same way. 1–N月累计 has no 环比 (bulletins give cumulative figures with 同比 only), so
 * it is drawn only when the report has a previous period.
 */
export function PeriodChanges({ metric, figure, report, withheld, testIdPrefix }: PeriodChangesProps) {
  const { t } = useTranslation('charts');
  const base = (which: string, label: string, value: number | null) => `${which}（${label}）：${formatMetric(metric, value)}`;
  return (
    <>
      <ChangeIndicator
        metric={metric}
        label={t('yoy')}
        pct={figure.yoyPct}
        testId={`${testIdPrefix}-yoy`}
        withheld={withheld.yoy}
        comparison={base(t('lastYear'), report.lastYear.label, figure.lastYear)}
      />{' '}
      {report.previous && (
        <ChangeIndicator
          metric={metric}
          label={t('mom')}
          pct={figure.momPct}
          testId={`${testIdPrefix}-mom`}
          withheld={withheld.mom}
          comparison={base(t('previous'), report.previous.label, figure.previous)}
        />
      )}
    </>
  );
}
