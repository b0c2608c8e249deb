import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../../shared/contract/dashboard';
import { CLEARANCE_TIME_KEYS, figureWithParts, type MetricKey } from '../../../../shared/domain/metrics';
import { KpiCard, KpiCardSkeleton } from '../../components/kpi/KpiCard';
import { createStableValues } from '../../components/charts/stableValues';
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
  // A card is given its figure and the report's bases as the objects it drew before when they hold
  // the same figures (a period shown again), so a period change redraws only the cards that changed.
  const [held] = useState(() => createStableValues());
  const cards = useMemo(() => {
    if (!report) return null;
    const scope = `${report.current.from}|${report.current.to}|${report.ports.map((p) => p.id).join(',')}`;
    const bases = held.stable(`bases|${scope}`, { previous: report.previous, lastYear: report.lastYear, spark: report.spark, withheld: report.withheld });
    return { bases, byKey: new Map(report.figures.map((f) => [f.key, held.stable(`${scope}|${f.key}`, f)])) };
  }, [report, held]);
  if (!report || !cards) {
    return (
      <div className="kpi-grid" aria-busy="true">
        {DASHBOARD_KPIS.map((k) => (
          <KpiCardSkeleton key={k} />
        ))}
      </div>
    );
  }
  const c = report.coverage.current;
  return (
    <>
      <div className={stale ? 'kpi-grid kpi-stale' : 'kpi-grid'} aria-busy={stale}>
        {DASHBOARD_KPIS.map((k) => {
          const figure = cards.byKey.get(k);
          if (!figure) return null;
          return (
            <KpiCard
              key={k}
              figure={figure}
              report={cards.bases}
              {...(k === 'openDays' && c.restDays > 0 ? { footnote: t('restDaysOpen', { open: c.restDaysOpen, all: c.restDays }) } : {})}
            />
          );
        })}
      </div>
      <ClearanceSourcesNote portIds={report.ports.map((p) => p.id)} from={report.current.from} to={report.current.to} />
    </>
  );
});
