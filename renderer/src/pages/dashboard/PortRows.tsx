import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../../shared/contract/dashboard';
import { formatMetric, HEADLINE_TOTALS, type MetricKey } from '../../../../shared/domain/metrics';
import { PeriodChanges } from '../../components/kpi/PeriodChanges';

/** The headline figures a port is read by when several are compared. */
const PORT_ROW_FIGURES: readonly MetricKey[] = HEADLINE_TOTALS;

/**
 * One row per port under the cards when ports are compared, each with its own 同比 and 环比 on its own
 * bases: the total's change can hide that one port has no history (then its base is incomplete and
 * so is the total's, and neither shows a percentage).
 */
export const PortRows = memo(function PortRows({ report }: { report: KpiReport }) {
  const { t } = useTranslation(['dashboard', 'charts']);
  if (report.byPort.length === 0) return null;
  const names = new Map(report.ports.map((p) => [p.id, p.name]));
  const label = (key: MetricKey) => report.figures.find((f) => f.key === key)?.label ?? key;
  return (
    <table className="port-rows" data-testid="port-rows">
      <thead>
        <tr>
          <th scope="col">{t('portColumn')}</th>
          {PORT_ROW_FIGURES.map((k) => (
            <th scope="col" key={k}>
              {label(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.byPort.map((row) => (
          <tr key={row.portId} data-testid={`port-row-${row.portId}`}>
            <th scope="row">{names.get(row.portId)}</th>
            {PORT_ROW_FIGURES.map((k) => {
              const f = row.figures.find((x) => x.key === k)!;
              return (
                <td key={k} data-figure={k}>
                  <div className="port-rows-value">{formatMetric(k, f.current)}</div>
                  <PeriodChanges metric={k} figure={f} report={report} withheld={row.withheld} testIdPrefix="port" />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
