import { useTranslation } from 'react-i18next';
import type { BriefingMeasures } from '../../../../../shared/contract/briefing';
import { formatDateLabel } from '../../../../../shared/domain/format';

/** The measures of the implementation plan, their status and latest progress. */
export function MeasuresSection({ data }: { data: BriefingMeasures }) {
  const { t } = useTranslation('briefing');
  const parts = (['inForce', 'inProgress', 'planned', 'other'] as const)
    .filter((k) => data.counts[k] > 0)
    .map((k) => t(`doc.measures.countPart.${k}`, { n: data.counts[k] }))
    .join('、');
  return (
    <div data-testid="briefing-measures">
      <p>{t('doc.measures.counts', { total: data.counts.total, parts })}</p>
      {data.rows.length > 0 && (
        <table className="bf-table bf-measures">
          <thead>
            <tr>
              <th scope="col" className="bf-nowrap">{t('doc.measures.code')}</th>
              <th scope="col">{t('doc.measures.title')}</th>
              <th scope="col" className="bf-nowrap">{t('doc.measures.status')}</th>
              <th scope="col" className="bf-nowrap">{t('doc.measures.leadUnit')}</th>
              <th scope="col">{t('doc.measures.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((m) => (
              <tr key={m.code}>
                <td className="bf-nowrap">{m.code}</td>
                <th scope="row">{m.title}</th>
                <td className="bf-nowrap">{m.statusLabel}</td>
                <td className="bf-lead">{m.leadUnit}</td>
                <td>
                  {m.lastProgress ? `${formatDateLabel(m.lastProgress.date)}：${m.lastProgress.note}` : t('doc.measures.noProgress')}
                  {m.standing.map((s) => (
                    <div key={s} className="bf-standing">
                      {s}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
