import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../../shared/contract';
import type { DataExtent, KpiReport, TrendReport } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { api } from '../../api/client';

/**
 * One request's state: the last good value stays on screen while the next one loads, so a period
 * change redraws in place instead of flashing a skeleton; only the newest request may land.
 */
export interface Loaded<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
}

function useLatest<T>(key: string | null, load: () => Promise<ApiResult<T>>): Loaded<T> & { retry(): void } {
  const [state, setState] = useState<Loaded<T>>({ value: null, loading: key !== null, error: null });
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    void loadRef.current().then((r) => {
      if (mine !== seq.current) return;
      setState((s) => (r.ok ? { value: r.value, loading: false, error: null } : { value: s.value, loading: false, error: r.error.message }));
    });
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

export function useDataExtent(portIds: number[]) {
  const key = portIds.length ? portIds.join(',') : null;
  return useLatest<DataExtent>(key, () => api.getDataExtent({ portIds }));
}

export function useKpis(portIds: number[], period: Period | null) {
  const key = portIds.length && period ? `${portIds.join(',')}|${period.kind}|${period.from}|${period.to}` : null;
  return useLatest<KpiReport>(key, () => api.getDashboardKpis({ portIds, period: period! }));
}

export function useTrends(portIds: number[], span: { from: string; to: string } | null, granularity: Granularity | null, metrics: MetricKey[], lastYear: boolean) {
  const key = portIds.length && span ? `${portIds.join(',')}|${span.from}|${span.to}|${granularity}|${metrics.join(',')}|${lastYear}` : null;
  return useLatest<TrendReport>(key, () => api.getDashboardTrends({ portIds, from: span!.from, to: span!.to, granularity, metrics, lastYear }));
}
