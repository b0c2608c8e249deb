import { useEffect, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { briefing as briefingSchema, type Briefing } from '../../../../shared/contract/briefing';
import { BRIEFING_FAILED_TITLE_PREFIX, BRIEFING_PRINT_ROUTE, BRIEFING_READY_ATTRIBUTE, decodeBriefingFromUrl } from '../../../../shared/domain/briefing/printLayout';
import { api } from '../../api/client';
import { BriefingDocument } from './BriefingDocument';
import { periodFromParams } from './briefingUrlState';
import { waitUntilDrawn } from './waitUntilDrawn';

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
 * The briefing alone, without menus or sign-in: what the desktop export renders in its hidden
 * window and prints to PDF (given the briefing in its URL), and what the browser loads to print a
 * briefing (asking the API, under the browser's own sign-in). Once the data, the fonts and the
 * charts are drawn it sets the document title to the briefing's title, the export's signal to print.
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
    const period = periodFromParams(p);
    const port = p.get('port');
    const portId = port === 'all' ? null : Number(port);
    if (!period || (portId !== null && !(portId > 0))) {
      setError('简报参数无效');
      fail('简报参数无效');
      return;
    }
    let live = true;
    void api.getBriefing({ portId, period }).then((r) => {
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

  if (error) return <Result status="error" title={t('loadFailed')} subTitle={error} />;
  if (!briefing) return <Spin tip={t('loading')} fullscreen />;
  return (
    <div className="bf-paper" ref={rootRef}>
      <BriefingDocument briefing={briefing} remarksText={briefing.remarks.text} />
    </div>
  );
}

/** Whether the page was opened on the print view ("#/briefing/print?…"). */
export function isBriefingPrintHash(hash: string): boolean {
  return hash.replace(/^#/, '').split('?')[0] === BRIEFING_PRINT_ROUTE;
}
