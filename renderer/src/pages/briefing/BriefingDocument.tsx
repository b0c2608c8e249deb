import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/contract/briefing';
import { formatDateRangeLabel } from '../../../../shared/domain/format';
import { sectionNumber } from './figureText';
import { KpiTable } from './sections/KpiTable';
import { TrendsSection } from './sections/TrendsSection';
import { FivePlusTwoSection } from './sections/FivePlusTwoSection';
import { MeasuresSection } from './sections/MeasuresSection';
import { ClosedDaysSection } from './sections/ClosedDaysSection';
import { Masthead } from './sections/Masthead';
import { Distribution } from './sections/Distribution';
import './briefing.css';

export interface BriefingDocumentProps {
  briefing: Briefing;
  /** the remarks as they print (the saved text, or what is being typed) */
  remarksText: string;
  /** on screen: the editor shown in place of the printed remarks (none: the remarks read as printed) */
  remarksEditor?: ReactNode | false;
}

interface Section {
  key: string;
  title: string;
  body: ReactNode;
}

/**
 * The briefing as an A4 简报: the red head (publication, 第 N 期, issuing body, date, red rule), the
 * title and the sections, and at the end 报送/抄送 and who issued it. The same component is the
 * on-screen preview, the browser's print, the desktop PDF and the CLI's PDF, so all read alike. A
 * section appears only when it has data; the numbering follows the sections present.
 */
export function BriefingDocument({ briefing: b, remarksText, remarksEditor }: BriefingDocumentProps) {
  const { t } = useTranslation('briefing');
  const sections: Section[] = [{ key: 'summary', title: t('doc.sections.summary'), body: <p className="bf-summary" data-testid="briefing-summary">{b.summary}</p> }];
  if (b.kpis) sections.push({ key: 'kpis', title: t('doc.sections.kpis'), body: <KpiTable kpis={b.kpis} /> });
  if (b.trends) sections.push({ key: 'trends', title: t('doc.sections.trends'), body: <TrendsSection trends={b.trends} /> });
  if (b.fivePlusTwo) sections.push({ key: 'fivePlusTwo', title: t('doc.sections.fivePlusTwo'), body: <FivePlusTwoSection data={b.fivePlusTwo} /> });
  if (b.measures) sections.push({ key: 'measures', title: t('doc.sections.measures'), body: <MeasuresSection data={b.measures} /> });
  sections.push({ key: 'closures', title: t('doc.sections.closures'), body: <ClosedDaysSection days={b.closedDays} showPort={b.portId === null} /> });
  sections.push({
    key: 'remarks',
    title: t('doc.sections.remarks'),
    body: (
      <>
        {remarksEditor && <div className="bf-screen-only">{remarksEditor}</div>}
        <div className={remarksEditor ? 'bf-print-only bf-remarks' : 'bf-remarks'} data-testid="briefing-remarks">
          {remarksText.trim() ? remarksText : t('doc.remarksEmpty')}
        </div>
      </>
    ),
  });

  return (
    <article className="bf-doc" aria-label={b.title}>
      <header className="bf-header">
        <Masthead letterhead={b.letterhead} issue={b.issue} />
        <h1 className="bf-title" data-testid="briefing-title">
          {b.title}
        </h1>
        <p className="bf-meta">
          <span>
            {t('doc.scope')}：{b.scopeLabel}
          </span>
          <span>
            {t('doc.period')}：{formatDateRangeLabel(b.period.from, b.period.to)}
          </span>
        </p>
        {b.notices.map((n) => (
          <p key={n} className="bf-notice">
            {n}
          </p>
        ))}
      </header>
      {sections.map((s, i) => (
        <section key={s.key} className={`bf-section bf-section-${s.key}`}>
          <h2>
            {sectionNumber(i)}
            {s.title}
          </h2>
          {s.body}
        </section>
      ))}
      <Distribution letterhead={b.letterhead} issue={b.issue} />
    </article>
  );
}
