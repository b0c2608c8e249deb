import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataExtent, KpiReport, TrendReport } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { extentRequest, kpiRequest, trendRequest, type DashboardRequest } from './dashboardRequests';
import { takeEarly, takeSettledEarly } from '../../api/early';

/**
 * One request's state: the last good value stays on screen while the next one loads, so a period
 * change redraws in place instead of flashing a skeleton; only the newest request may land.
 */
export interface Loaded<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
}

function useLatest<T>(request: DashboardRequest<T> | null): Loaded<T> & { retry(): void } {
  const key = request?.key ?? null;
  // An answer already in (asked for early) is drawn at once, with the rest of the page.
  const [state, setState] = useState<Loaded<T>>(() => {
    const ready = key === null ? null : takeSettledEarly<T>(key);
    return ready === null ? { value: null, loading: key !== null, error: null } : { value: ready, loading: false, error: null };
  });
  const drawnFirst = useRef(state.value === null ? null : key);
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    const req = requestRef.current;
    if (key === null || !req) return;
    if (attempt === 0 && key === drawnFirst.current) return;
    drawnFirst.current = null;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    // The first ask may find its answer already on the way (an early request that failed, say
    // before signing in, is asked again); a retry always asks afresh.
    const early = attempt === 0 ? takeEarly<T>(req.key) : null;
    const result = early ? early.then((r) => (r.ok ? r : req.run())) : req.run();
    void result.then((r) => {
      if (mine !== seq.current) return;
      setState((s) => (r.ok ? { value: r.value, loading: false, error: null } : { value: s.value, loading: false, error: r.error.message }));
    });
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

export function useDataExtent(portIds: number[]) {
  return useLatest<DataExtent>(portIds.length ? extentRequest(portIds) : null);
}

export function useKpis(portIds: number[], period: Period | null) {
  return useLatest<KpiReport>(portIds.length && period ? kpiRequest(portIds, period) : null);
}

export function useTrends(portIds: number[], span: { from: string; to: string } | null, granularity: Granularity | null, metrics: MetricKey[], lastYear: boolean) {
  return useLatest<TrendReport>(portIds.length && span ? trendRequest(portIds, span, granularity, metrics, lastYear) : null);
}
