import { useTranslation } from 'react-i18next';
import type { BriefingFivePlusTwo } from '../../../../../shared/contract/briefing';
import { figureText, shareText } from '../figureText';

/** Rest days, how many the port was open on, and what was cleared on them. */
export function FivePlusTwoSection({ data }: { data: BriefingFivePlusTwo }) {
  const { t } = useTranslation('briefing');
  const days = (n: number | null) => (n === null ? '—' : t('doc.fivePlusTwo.days', { n }));
  return (
    <div data-testid="briefing-five-plus-two">
      <table className="bf-table bf-facts">
        <tbody>
          <tr>
            <th scope="row">{t('doc.fivePlusTwo.restDays')}</th>
            <td className="bf-num">{days(data.restDays)}</td>
            <th scope="row">{t('doc.fivePlusTwo.restDaysOpen')}</th>
            <td className="bf-num">{days(data.restDaysOpen)}</td>
          </tr>
          <tr>
            <th scope="row">{t('doc.fivePlusTwo.weekendDays')}</th>
            <td className="bf-num">{days(data.weekendDays)}</td>
            <th scope="row">{t('doc.fivePlusTwo.holidayDays')}</th>
            <td className="bf-num">{days(data.holidayDays)}</td>
          </tr>
          <tr>
            <th scope="row">{t('doc.fivePlusTwo.coverage')}</th>
            <td className="bf-num" colSpan={3}>
              {shareText(data.coveragePct)}
            </td>
          </tr>
        </tbody>
      </table>
      {data.volumes.length > 0 && (
        <table className="bf-table">
          <thead>
            <tr>
              <th scope="col">{t('doc.fivePlusTwo.figure')}</th>
              <th scope="col">{t('doc.fivePlusTwo.total')}</th>
              <th scope="col">{t('doc.fivePlusTwo.onRestDays')}</th>
              <th scope="col">{t('doc.fivePlusTwo.share')}</th>
            </tr>
          </thead>
          <tbody>
            {data.volumes.map((v) => (
              <tr key={v.key}>
                <th scope="row">{v.label}</th>
                <td className="bf-num">{figureText(v.kind, v.total)}</td>
                <td className="bf-num">{figureText(v.kind, v.onRestDays)}</td>
                <td className="bf-num">{shareText(v.restDaySharePct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
