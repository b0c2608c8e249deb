import { useTranslation } from 'react-i18next';
import type { BriefingKpis } from '../../../../../shared/contract/briefing';
import { changeText, figureText } from '../figureText';

/**
 * This period, the period before, the same period last year, 同比 and 环比, one row per figure.
 * 1–N月累计 has no previous-period columns (bulletins give cumulative figures with 同比 only), nor
 * has a year (its period before is last year: see the core's kpiTableFrom). A change withheld for an incomplete base reads "基期数据不全", with the reason under the table.
 */
export function KpiTable({ kpis }: { kpis: BriefingKpis }) {
  const { t } = useTranslation('briefing');
  const hasPrevious = kpis.columns.previous !== null;
  const change = (pct: number | null, withheld: BriefingKpis['withheld']['yoy']) => (withheld ? withheld.label : changeText(pct));
  const reasons = [kpis.withheld.yoy, hasPrevious ? kpis.withheld.mom : null].filter((w) => w !== null).map((w) => w.reason);
  return (
    <>
      <table className="bf-table bf-kpi-table" data-testid="briefing-kpis">
        <thead>
          <tr>
            <th scope="col">{t('doc.kpi.figure')}</th>
            <th scope="col">
              {t('doc.kpi.current')}
              <br />
              <span className="bf-th-sub">{kpis.columns.current}</span>
            </th>
            {hasPrevious && (
              <th scope="col">
                {t('doc.kpi.previous')}
                <br />
                <span className="bf-th-sub">{kpis.columns.previous}</span>
              </th>
            )}
            <th scope="col">
              {t('doc.kpi.lastYear')}
              <br />
              <span className="bf-th-sub">{kpis.columns.lastYear}</span>
            </th>
            <th scope="col">{t('doc.kpi.yoy')}</th>
            {hasPrevious && <th scope="col">{t('doc.kpi.mom')}</th>}
          </tr>
        </thead>
        <tbody>
          {kpis.rows.map((r) => (
            <tr key={r.key} data-figure={r.key}>
              <th scope="row" className={r.part ? 'bf-part' : undefined}>
                {r.part ? t('doc.kpi.partPrefix') : ''}
                {r.label}
              </th>
              <td className="bf-num">{figureText(r.kind, r.current)}</td>
              {hasPrevious && <td className="bf-num">{figureText(r.kind, r.previous)}</td>}
              <td className="bf-num">{figureText(r.kind, r.lastYear)}</td>
              <td className="bf-num">{change(r.yoyPct, kpis.withheld.yoy)}</td>
              {hasPrevious && <td className="bf-num">{change(r.momPct, kpis.withheld.mom)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bf-note">
        {kpis.missingDays > 0 ? t('doc.kpi.coverage', { portDays: kpis.portDays, recorded: kpis.recordedDays, missing: kpis.missingDays }) : null}
        {hasPrevious ? t('doc.kpi.pctNote') : t('doc.kpi.yoyNote')}
        {reasons.map((r) => (
          <span key={r} data-testid="briefing-base-incomplete">
            {' '}
            {r}。
          </span>
        ))}
      </p>
    </>
  );
}
