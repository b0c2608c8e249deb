import type { Briefing } from '../../../shared/contract/briefing';
import type { ApiResult } from '../../../shared/contract';
import { api } from '../api/client';
import { periodFromParams } from '../pages/briefing/briefingUrlState';
import type { Period } from '../../../shared/domain/periods';
import { loadBriefingFont } from './waitUntilDrawn';

/**
 * Imported first by print/main.tsx, so that the print page's two waits begin while the rest of its
 * code (React, the charts) is still being evaluated, not after React has drawn the page: the core
 * assembling the briefing (getBriefing), and the bundled CJK font (two files of about 1 MB each,
 * read and decoded while the core works).
 */

/** What the address asks to print (a port, or null for all ports, and a period); null when it is not valid. */
export function printedBriefing(params: URLSearchParams): { portId: number | null; period: Period } | null {
  const period = periodFromParams(params);
  const port = params.get('port');
  const portId = port === 'all' ? null : Number(port);
  return period && (portId === null || portId > 0) ? { portId, period } : null;
}

const startQuery = window.location.hash.replace(/^#/, '');
const startParams = new URLSearchParams(startQuery);
const startAsk = startParams.has('data') ? null : printedBriefing(startParams);
let early: Promise<ApiResult<Briefing>> | null = startAsk ? api.getBriefing(startAsk) : null;

// Any CJK text loads the whole file (the chinese-simplified files have no unicode ranges).
void loadBriefingFont('简报').catch(() => undefined);

/** The briefing of `query`: the answer asked for at start when it is the same address (once), else a new ask. */
export function fetchBriefing(query: string, ask: { portId: number | null; period: Period }): Promise<ApiResult<Briefing>> {
  const answer = query === startQuery && early ? early : api.getBriefing(ask);
  early = null;
  return answer;
}
