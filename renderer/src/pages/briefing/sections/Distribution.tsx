import { useTranslation } from 'react-i18next';
import type { BriefingIssue, BriefingLetterhead } from '../../../../../shared/contract/briefing';

/**
 * The 版记 at the end of a 简报 (GB/T 9704): 报送 and 抄送 between rules, then who issued it and
 * when ("…办公室　2025年7月10日印发"). A recipients line that is not set is left out.
 */
export function Distribution({ letterhead, issue }: { letterhead: BriefingLetterhead; issue: BriefingIssue }) {
  const { t } = useTranslation('briefing');
  const lines = [
    { key: 'reportTo', label: t('doc.reportTo'), text: letterhead.reportTo },
    { key: 'copyTo', label: t('doc.copyTo'), text: letterhead.copyTo },
  ].filter((l) => l.text.trim() !== '');
  return (
    <footer className="bf-distribution" data-testid="briefing-distribution">
      {lines.map((l) => (
        <p key={l.key} className="bf-distribution-line" data-testid={`briefing-${l.key}`}>
          <span className="bf-distribution-label">{l.label}：</span>
          {l.text}
        </p>
      ))}
      <p className="bf-distribution-line bf-printed-by">
        <span>{letterhead.issuingBody}</span>
        <span>{t('doc.printedOn', { date: issue.issuedLabel })}</span>
      </p>
    </footer>
  );
}
