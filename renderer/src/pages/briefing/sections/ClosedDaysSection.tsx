import { useTranslation } from 'react-i18next';
import type { BriefingClosedDay } from '../../../../../shared/contract/briefing';
import { DAY_TYPE_LABELS, holidayNameOf } from '../../../../../shared/domain/dayType';
import { formatDateLabel } from '../../../../../shared/domain/format';

/** Every day recorded closed, with its day type and why. */
export function ClosedDaysSection({ days, showPort }: { days: readonly BriefingClosedDay[]; showPort: boolean }) {
  const { t } = useTranslation('briefing');
  if (days.length === 0) return <p data-testid="briefing-closures">{t('doc.closures.none')}</p>;
  return (
    <div data-testid="briefing-closures">
      <p>{t('doc.closures.count', { n: days.length })}</p>
      <table className="bf-table">
        <thead>
          <tr>
            <th scope="col">{t('doc.closures.date')}</th>
            {showPort && <th scope="col">{t('doc.closures.port')}</th>}
            <th scope="col">{t('doc.closures.dayType')}</th>
            <th scope="col">{t('doc.closures.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => {
            const holiday = holidayNameOf({ type: d.dayType, name: d.holidayName });
            return (
              <tr key={`${d.date}:${d.portName}`}>
                <td className="bf-nowrap">{formatDateLabel(d.date)}</td>
                {showPort && <td className="bf-nowrap">{d.portName}</td>}
                <td className="bf-nowrap">{holiday ? `${DAY_TYPE_LABELS[d.dayType]}（${holiday}）` : DAY_TYPE_LABELS[d.dayType]}</td>
                <td>{d.reason ?? t('doc.closures.noReason')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
