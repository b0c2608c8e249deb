import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../../shared/contract/dashboard';
import { CLEARANCE_TIME_KEYS, figureWithParts, type MetricKey } from '../../../../shared/domain/metrics';
import { KpiCard, KpiCardSkeleton } from '../../components/kpi/KpiCard';
import { ClearanceSourcesNote } from '../trs/ClearanceSourcesNote';

/** The cards, in the order bulletins list them: value, freight, people, vehicles, time, days open. */
export const DASHBOARD_KPIS: readonly MetricKey[] = [
  ...figureWithParts('tradeValueYuan'),
  ...figureWithParts('freightKg'),
  'openDays',
  ...figureWithParts('persons'),
  'vehicles',
  ...CLEARANCE_TIME_KEYS,
];

export const KpiGrid = memo(function KpiGrid({ report, stale }: { report: KpiReport | null; stale: boolean }) {
  const { t } = useTranslation('dashboard');
  if (!report) {
    return (
      <div className="kpi-grid" aria-busy="true">
        {DASHBOARD_KPIS.map((k) => (
          <KpiCardSkeleton key={k} />
        ))}
      </div>
    );
  }
  const byKey = new Map(report.figures.map((f) => [f.key, f]));
  const c = report.coverage.current;
  return (
    <>
      <div className={stale ? 'kpi-grid kpi-stale' : 'kpi-grid'} aria-busy={stale}>
        {DASHBOARD_KPIS.map((k) => {
          const figure = byKey.get(k);
          if (!figure) return null;
          return (
            <KpiCard
              key={k}
              figure={figure}
              report={report}
              {...(k === 'openDays' && c.restDays > 0 ? { footnote: t('restDaysOpen', { open: c.restDaysOpen, all: c.restDays }) } : {})}
            />
          );
        })}
      </div>
      <ClearanceSourcesNote portIds={report.ports.map((p) => p.id)} from={report.current.from} to={report.current.to} />
    </>
  );
});
