import type { ApiResult } from '../../../../shared/contract';
import { todayInShanghai } from '../../../../shared/domain/dates';
import type { MetricKey } from '../../../../shared/domain/metrics';
import { PORT_KEY } from '../../app/session';
import { chartSpan, defaultPeriod, parseDashboardParams, shownPorts } from './dashboardState';
import { extentRequest, kpiRequest, trendRequest, type DashboardRequest } from './dashboardRequests';

/**
 * Starts the dashboard's requests as soon as the address names the dashboard (the app opening on
 * it, a menu click, a period change), instead of after React has drawn the page around them: the
 * figures are then on their way while the page is being built. The page takes an answer only when
 * it asks for exactly that request within a few seconds; anything else is asked afresh.
 */
const FRESH_MS = 5000;
const early = new Map<string, { at: number; result: Promise<ApiResult<unknown>> }>();

/** The figures the trend charts currently show, so an early request asks for the same. */
let chartMetrics: readonly MetricKey[] | null = null;
export function setPrefetchMetrics(metrics: readonly MetricKey[]): void {
  chartMetrics = metrics;
}

function start<T>(req: DashboardRequest<T>): Promise<ApiResult<T>> {
  const now = Date.now();
  for (const [key, e] of early) if (now - e.at >= FRESH_MS) early.delete(key);
  const existing = early.get(req.key);
  if (existing) return existing.result as Promise<ApiResult<T>>;
  const result = req.run();
  early.set(req.key, { at: now, result });
  return result;
}

/** The early answer to `key`, once, if it is fresh; else null. */
export function takePrefetched<T>(key: string): Promise<ApiResult<T>> | null {
  const e = early.get(key);
  if (!e) return null;
  early.delete(key);
  return Date.now() - e.at < FRESH_MS ? (e.result as Promise<ApiResult<T>>) : null;
}

function rememberedPort(): number | null {
  return Number(localStorage.getItem(PORT_KEY)) || null;
}

function prefetch(hash: string, enteringDashboard: boolean): void {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  if (path !== '/dashboard' || !chartMetrics) return;
  const metrics = chartMetrics;
  const state = parseDashboardParams(new URLSearchParams(query));
  const portIds = shownPorts(state.portIds, null, rememberedPort());
  if (portIds.length === 0) return;
  const today = todayInShanghai();
  const figures = (period = state.period) => {
    if (!period) return;
    start(kpiRequest(portIds, period));
    if (state.chartRange !== 'all') start(trendRequest(portIds, chartSpan(state.chartRange, period, today, null), state.granularity, metrics, state.lastYear));
  };
  // The extent is asked for when the page opens (or when the period must come from it).
  if (enteringDashboard || !state.period) {
    const extent = start(extentRequest(portIds));
    if (!state.period) void extent.then((r) => r.ok && r.value.recordedDays > 0 && figures(defaultPeriod(today, r.value.last)));
  }
  figures();
}

let watching = false;

/** Watches the address from now on; `initialMetrics` are the charts' figures before any choice. */
export function watchAddressForDashboard(initialMetrics: readonly MetricKey[]): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  chartMetrics ??= initialMetrics;
  let previous = window.location.hash;
  prefetch(previous, true);
  window.addEventListener('hashchange', () => {
    const current = window.location.hash;
    prefetch(current, !previous.startsWith('#/dashboard'));
    previous = current;
  });
}
