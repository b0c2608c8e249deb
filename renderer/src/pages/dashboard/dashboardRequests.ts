import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { apiQuery } from '../../api/queries';
import type { ChartSpan } from './dashboardState';

/**
 * The dashboard's three queries, built here by the page and by its early start
 * (dashboardPrefetch.ts) alike, so that both ask with the same input and so share one answer.
 */
export function extentQuery(portIds: number[]) {
  return apiQuery('getDataExtent', { portIds });
}

export function kpiQuery(portIds: number[], period: Period) {
  return apiQuery('getDashboardKpis', { portIds, period });
}

export function trendQuery(portIds: number[], span: ChartSpan, granularity: Granularity | null, metrics: readonly MetricKey[], lastYear: boolean) {
  const fromFirstRecord = span.fromFirstRecord === true;
  return apiQuery('getDashboardTrends', { portIds, from: span.from, to: span.to, granularity, metrics: [...metrics], lastYear, ...(fromFirstRecord ? { fromFirstRecord } : {}) });
}
