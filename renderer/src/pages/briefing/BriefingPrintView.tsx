import { useEffect, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/contract/briefing';
import { BRIEFING_FAILED_TITLE_PREFIX, BRIEFING_READY_ATTRIBUTE } from '../../../../shared/domain/briefing/printLayout';
import { api } from '../../api/client';
import { BriefingDocument } from './BriefingDocument';
import { periodFromParams } from './briefingQuery';
import { waitUntilDrawn } from './waitUntilDrawn';

function fail(message: string) {
  document.title = `${BRIEFING_FAILED_TITLE_PREFIX}${message}`;
  document.documentElement.setAttribute(BRIEFING_READY_ATTRIBUTE, 'error');
}

/**
 * The briefing alone, without menus: what the desktop export renders in its hidden window and
 * prints to PDF (and what a test or a benchmark loads). Once the data, the fonts and the charts are
 * drawn it sets the document title to the briefing's title, the export's signal to print.
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
