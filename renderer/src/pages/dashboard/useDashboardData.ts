import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataExtent, KpiReport, TrendReport } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { extentRequest, kpiRequest, trendRequest, type DashboardRequest } from './dashboardRequests';
import { takeEarly, takeSettledEarly } from '../../api/early';
import { createLandingGate, type LandingGate } from './landTogether';
import type { ChartSpan } from './dashboardState';

/**
 * One request's state: the last good value stays on screen while the next one loads, so a period
 * change redraws in place instead of flashing a skeleton; only the newest request may land.
 */
export interface Loaded<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
}

function useLatest<T>(request: DashboardRequest<T> | null, gate?: LandingGate): Loaded<T> & { retry(): void } {
  const key = request?.key ?? null;
  // An answer already in (asked for early) is drawn at once, with the rest of the page.
  const [state, setState] = useState<Loaded<T>>(() => {
    const ready = key === null ? null : takeSettledEarly<T>(key);
    return ready === null ? { value: null, loading: key !== null, error: null } : { value: ready, loading: false, error: null };
  });
  const drawnFirst = useRef(state.value === null ? null : key);
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);
  const ticket = useRef<symbol | null>(null);
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    const req = requestRef.current;
    if (key === null || !req) return;
    if (attempt === 0 && key === drawnFirst.current) return;
    drawnFirst.current = null;
    const mine = ++seq.current;
    // The request this one supersedes will not land.
    if (ticket.current) gate?.drop(ticket.current);
    const myTicket = gate?.start() ?? null;
    ticket.current = myTicket;
    setState((s) => ({ ...s, loading: true, error: null }));
    // The first ask may find its answer already on the way (an early request that failed, say
    // before signing in, is asked again); a retry always asks afresh.
    const early = attempt === 0 ? takeEarly<T>(req.key) : null;
    const result = early ? early.then((r) => (r.ok ? r : req.run())) : req.run();
    void result.then((r) => {
      if (mine !== seq.current) return;
      const apply = () => setState((s) => (r.ok ? { value: r.value, loading: false, error: null } : { value: s.value, loading: false, error: r.error.message }));
      if (gate && myTicket) gate.land(myTicket, apply);
      else apply();
    });
  }, [key, attempt]);

  // A page that goes away holds up no other answer.
  useEffect(
    () => () => {
      if (ticket.current) gate?.drop(ticket.current);
    },
    [],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

export function useDataExtent(portIds: number[]) {
  return useLatest<DataExtent>(portIds.length ? extentRequest(portIds) : null);
}

/** How long the cards' figures wait for the charts' (or the other way round) to be drawn with them. */
const LAND_TOGETHER_MS = 150;

/**
 * The cards' and the charts' figures. Asked for together on a period change, they are drawn
 * together (one redraw of the page, not one per answer), unless one keeps the other waiting.
 */
export function useFigures(
  portIds: number[],
  period: Period | null,
  span: ChartSpan | null,
  granularity: Granularity | null,
  metrics: MetricKey[],
  lastYear: boolean,
) {
  const [gate] = useState(() => createLandingGate(LAND_TOGETHER_MS));
  const kpis = useLatest<KpiReport>(portIds.length && period ? kpiRequest(portIds, period) : null, gate);
  const trends = useLatest<TrendReport>(portIds.length && span ? trendRequest(portIds, span, granularity, metrics, lastYear) : null, gate);
  return { kpis, trends };
}
