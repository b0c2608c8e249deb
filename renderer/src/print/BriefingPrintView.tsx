import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { briefing as briefingSchema, type Briefing } from '../../../shared/contract/briefing';
import { BRIEFING_FAILED_TITLE_PREFIX, BRIEFING_READY_ATTRIBUTE, decodeBriefingFromUrl } from '../../../shared/domain/briefing/printLayout';
import { BriefingDocument } from '../pages/briefing/BriefingDocument';
import { waitUntilDrawn } from './waitUntilDrawn';
import { fetchBriefing, printedBriefing } from './earlyStart';

function fail(message: string) {
  document.title = `${BRIEFING_FAILED_TITLE_PREFIX}${message}`;
  document.documentElement.setAttribute(BRIEFING_READY_ATTRIBUTE, 'error');
}

/** The briefing the desktop export put in the URL, checked against the contract; null if absent or broken. */
function embeddedBriefing(data: string): Briefing | null {
  try {
    const parsed = briefingSchema.safeParse(decodeBriefingFromUrl(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The briefing alone, without menus or sign-in (print.html): what the desktop export renders in its
 * hidden window and prints to PDF (given the briefing in its URL), and what the CLI's headless
 * Chromium loads from the browser host (given it too, or asking the API under the browser's own
 * sign-in). Once the data, the fonts and the charts are drawn it sets the document title to the
 * briefing's title, the export's signal to print.
 */
export function BriefingPrintView({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('briefing');
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const query = params.toString();

  useEffect(() => {
    document.documentElement.removeAttribute(BRIEFING_READY_ATTRIBUTE);
    const p = new URLSearchParams(query);
    const data = p.get('data');
    if (data !== null) {
      const given = embeddedBriefing(data);
      if (given) setBriefing(given);
      else {
        setError('简报数据无效');
        fail('简报数据无效');
      }
      return;
    }
    const ask = printedBriefing(p);
    if (!ask) {
      setError('简报参数无效');
      fail('简报参数无效');
      return;
    }
    let live = true;
    void fetchBriefing(query, ask).then((r) => {
      if (!live) return;
      if (r.ok) setBriefing(r.value);
      else {
        setError(r.error.message);
        fail(r.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, [query]);

  useEffect(() => {
    if (!briefing || !rootRef.current) return;
    let live = true;
    waitUntilDrawn(rootRef.current, `${briefing.title}${briefing.summary}`)
      .then(() => {
        if (!live) return;
        document.title = briefing.title;
        document.documentElement.setAttribute(BRIEFING_READY_ATTRIBUTE, 'true');
      })
      .catch((e: unknown) => live && fail(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [briefing]);

  // Plain text, not antd's Result and Spin: the print page loads no component library.
  if (error)
    return (
      <div className="print-state" role="alert">
        <h1>{t('loadFailed')}</h1>
        <p>{error}</p>
      </div>
    );
  if (!briefing)
    return (
      <p className="print-state" role="status">
        {t('loading')}
      </p>
    );
  return (
    <div className="bf-paper" ref={rootRef}>
      <BriefingDocument briefing={briefing} remarksText={briefing.remarks.text} />
    </div>
  );
}
