import { useTranslation } from 'react-i18next';
import type { BriefingIssue, BriefingLetterhead } from '../../../../../shared/contract/briefing';

/**
 * The 版头 of a 简报 as GB/T 9704 lays out an official document's head: the publication's name in
 * red, large and centred; 第 N 期 under it; the issuing body on the left and the date of issue on
 * the right; a red rule across the text column. A briefing not issued yet shows the number it would
 * get, marked as such, so nobody hands upward a number that was never given.
 */
export function Masthead({ letterhead, issue }: { letterhead: BriefingLetterhead; issue: BriefingIssue }) {
  const { t } = useTranslation('briefing');
  return (
    <div className="bf-masthead" data-testid="briefing-masthead">
      <div className="bf-publication">{letterhead.publication}</div>
      <div className="bf-issue-number" data-testid="briefing-issue-number">
        {t('doc.issueNumber', { n: issue.number })}
        {!issue.issued && <span className="bf-unissued">{t('doc.unissued')}</span>}
      </div>
      <div className="bf-issuer-line">
        <span data-testid="briefing-issuing-body">{letterhead.issuingBody}</span>
        <span data-testid="briefing-issued-on">{issue.issuedLabel}</span>
      </div>
      <div className="bf-red-rule" role="presentation" />
    </div>
  );
}
