import { useRef } from 'react';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { queryClient } from '../../api/queries';
import type { DataExtent } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { extentQuery, kpiQuery, trendQuery } from './dashboardRequests';
import type { ChartSpan } from './dashboardState';

/**
 * One request's state: the last good value stays on screen while the next one loads, so a period
 * change redraws in place instead of flashing a skeleton.
 */
export interface Loaded<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
  retry(): void;
}

/**
 * Whether what is shown is not yet the answer to the current choice: another choice's answer kept
 * meanwhile, or an answer a write has made out of date. An answer of this choice that is only
 * older than the cache's freshness is shown as it is while it is asked again (a period shown a
 * moment ago, or prefetched, redraws at once instead of waiting for the core).
 */
function awaited(q: UseQueryResult<unknown>, key: QueryKey): boolean {
  if (!q.isFetching) return false;
  return q.data === undefined || q.isPlaceholderData || queryClient.getQueryState(key)?.isInvalidated === true;
}

function loaded<T>(q: UseQueryResult<T>, key: QueryKey, value: T | undefined = q.data): Loaded<T> {
  return { value: value ?? null, loading: awaited(q, key), error: q.error ? q.error.message : null, retry: () => void q.refetch() };
}

export function useDataExtent(portIds: number[]): Loaded<DataExtent> {
  const query = extentQuery(portIds);
  return loaded(useQuery({ ...query, enabled: portIds.length > 0 }), query.queryKey);
}

/**
 * The cards' and the charts' figures. Asked for together on a period change, they are drawn
 * together: while one is still on its way the other keeps showing its last answer, so the page
 * is redrawn once with both rather than once per answer.
 */
export function useFigures(
  portIds: number[],
  period: Period | null,
  span: ChartSpan | null,
  granularity: Granularity | null,
  metrics: MetricKey[],
  lastYear: boolean,
) {
  const kpiAsk = kpiQuery(portIds, period ?? { kind: 'month', from: '', to: '' });
  const trendAsk = trendQuery(portIds, span ?? { from: '', to: '' }, granularity, metrics, lastYear);
  const kpis = useQuery({ ...kpiAsk, enabled: portIds.length > 0 && period !== null, placeholderData: keepPreviousData });
  const trends = useQuery({ ...trendAsk, enabled: portIds.length > 0 && span !== null, placeholderData: keepPreviousData });
  // The pair last drawn together; kept (not state) because it follows from the two answers alone.
  const landed = useRef({ kpis: kpis.data, trends: trends.data });
  if (!awaited(kpis, kpiAsk.queryKey) && !awaited(trends, trendAsk.queryKey)) landed.current = { kpis: kpis.data, trends: trends.data };
  return { kpis: loaded(kpis, kpiAsk.queryKey, landed.current.kpis), trends: loaded(trends, trendAsk.queryKey, landed.current.trends) };
}
