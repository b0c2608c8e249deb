import type { ApiResult } from '../../../../shared/contract';
import { todayInShanghai } from '../../../../shared/domain/dates';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Period } from '../../../../shared/domain/periods';
import { askEarly } from '../../api/early';
import { PORT_KEY } from '../../app/session';
import { chartSpan, defaultPeriod, parseDashboardParams, shownPorts } from './dashboardState';
import { DEFAULT_PANEL_CHOICE, panelMetrics } from './panelChoices';
import { extentRequest, kpiRequest, trendRequest, type DashboardRequest } from './dashboardRequests';

/**
 * Starts the dashboard's requests as soon as the address names the dashboard (the app opening on
 * it, a menu click, a period change), instead of after React has drawn the page around them: the
 * figures are then on their way while the page is being built (api/early.ts keeps the answers).
 */

/** The figures the trend charts currently show, so an early request asks for the same. */
let chartMetrics: readonly MetricKey[] = panelMetrics(DEFAULT_PANEL_CHOICE);
export function setPrefetchMetrics(metrics: readonly MetricKey[]): void {
  chartMetrics = metrics;
}

function start<T>(req: DashboardRequest<T>): Promise<ApiResult<T>> {
  return askEarly(req.key, req.run);
}

function rememberedPort(): number | null {
  return Number(localStorage.getItem(PORT_KEY)) || null;
}

function prefetch(hash: string, enteringDashboard: boolean): void {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  if (path !== '/dashboard') return;
  const metrics = chartMetrics;
  const state = parseDashboardParams(new URLSearchParams(query));
  const portIds = shownPorts(state.portIds, null, rememberedPort());
  if (portIds.length === 0) return;
  const today = todayInShanghai();
  const figures = (period: Period) => {
    start(kpiRequest(portIds, period));
    start(trendRequest(portIds, chartSpan(state.chartRange, period, today), state.granularity, metrics, state.lastYear));
  };
  // The extent is asked for when the page opens; without a period in the address the figures wait
  // for it (the default period comes from the last recorded day).
  if (enteringDashboard || !state.period) {
    const extent = start(extentRequest(portIds));
    if (!state.period) void extent.then((r) => r.ok && r.value.recordedDays > 0 && figures(defaultPeriod(today, r.value.last)));
  }
  if (state.period) figures(state.period);
}

/**
 * Asks for what the dashboard at `address` shows, now, as a control of the page changes it: the
 * address itself changes a moment later (the browser reports it after drawing a frame).
 */
export function prefetchDashboard(address: string): void {
  prefetch(`#${address}`, false);
}

let watching = false;

/** Watches the address from now on (called as the app starts). */
export function watchAddressForDashboard(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  let previous = window.location.hash;
  prefetch(previous, true);
  window.addEventListener('hashchange', () => {
    const current = window.location.hash;
    prefetch(current, !previous.startsWith('#/dashboard'));
    previous = current;
  });
}
