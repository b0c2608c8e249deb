import type { ApiResult } from '../../../../shared/contract';
import type { DataExtent, KpiReport, TrendReport } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Granularity, Period } from '../../../../shared/domain/periods';
import { api } from '../../api/client';
import type { ChartSpan } from './dashboardState';

/**
 * The dashboard's three requests, each with the key that says which answer it is: the page's
 * hooks and the early start (dashboardPrefetch.ts) build them here so that they agree.
 */
export interface DashboardRequest<T> {
  key: string;
  run(): Promise<ApiResult<T>>;
}

export function extentRequest(portIds: number[]): DashboardRequest<DataExtent> {
  return { key: `extent|${portIds.join(',')}`, run: () => api.getDataExtent({ portIds }) };
}

export function kpiRequest(portIds: number[], period: Period): DashboardRequest<KpiReport> {
  return {
    key: `kpis|${portIds.join(',')}|${period.kind}|${period.from}|${period.to}`,
    run: () => api.getDashboardKpis({ portIds, period }),
  };
}

export function trendRequest(
  portIds: number[],
  span: ChartSpan,
  granularity: Granularity | null,
  metrics: readonly MetricKey[],
  lastYear: boolean,
): DashboardRequest<TrendReport> {
  const fromFirstRecord = span.fromFirstRecord === true;
  return {
    key: `trends|${portIds.join(',')}|${span.from}|${span.to}|${fromFirstRecord}|${granularity}|${metrics.join(',')}|${lastYear}`,
    run: () => api.getDashboardTrends({ portIds, from: span.from, to: span.to, granularity, metrics: [...metrics], lastYear, ...(fromFirstRecord ? { fromFirstRecord } : {}) }),
  };
}
