import { useTranslation } from 'react-i18next';
import type { BriefingKpis } from '../../../../../shared/contract/briefing';
import { changeText, figureText } from '../figureText';

/**
 * This period, the period before, the same period last year, 同比 and 环比, one row per figure. A
 * year has no 上期 column and no 环比 (its period before is last year: see the core's kpiTableFrom).
 */
export function KpiTable({ kpis }: { kpis: BriefingKpis }) {
  const { t } = useTranslation('briefing');
  const withPrevious = kpis.columns.previous !== null;
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
            {withPrevious && (
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
            {withPrevious && <th scope="col">{t('doc.kpi.mom')}</th>}
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
              {withPrevious && <td className="bf-num">{figureText(r.kind, r.previous)}</td>}
              <td className="bf-num">{figureText(r.kind, r.lastYear)}</td>
              <td className="bf-num">{changeText(r.yoyPct)}</td>
              {withPrevious && <td className="bf-num">{changeText(r.momPct)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bf-note">
        {kpis.missingDays > 0 ? t('doc.kpi.coverage', { portDays: kpis.portDays, recorded: kpis.recordedDays, missing: kpis.missingDays }) : null}
        {withPrevious ? t('doc.kpi.pctNote') : t('doc.kpi.yoyNote')}
      </p>
    </>
  );
}
