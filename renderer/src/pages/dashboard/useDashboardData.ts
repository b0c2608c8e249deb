import { useRef } from 'react';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
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

function loaded<T>(q: UseQueryResult<T>, value: T | undefined = q.data): Loaded<T> {
  return { value: value ?? null, loading: q.isFetching, error: q.error ? q.error.message : null, retry: () => void q.refetch() };
}

export function useDataExtent(portIds: number[]): Loaded<DataExtent> {
  return loaded(useQuery({ ...extentQuery(portIds), enabled: portIds.length > 0 }));
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
  const kpis = useQuery({
    ...kpiQuery(portIds, period ?? { kind: 'month', from: '', to: '' }),
    enabled: portIds.length > 0 && period !== null,
    placeholderData: keepPreviousData,
  });
  const trends = useQuery({
    ...trendQuery(portIds, span ?? { from: '', to: '' }, granularity, metrics, lastYear),
    enabled: portIds.length > 0 && span !== null,
    placeholderData: keepPreviousData,
  });
  // The pair last drawn together; kept (not state) because it follows from the two answers alone.
  const landed = useRef({ kpis: kpis.data, trends: trends.data });
  if (!kpis.isFetching && !trends.isFetching) landed.current = { kpis: kpis.data, trends: trends.data };
  return { kpis: loaded(kpis, landed.current.kpis), trends: loaded(trends, landed.current.trends) };
}
