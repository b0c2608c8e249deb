import type { ApiResult } from '../../../../shared/contract';
import type { DataExtent } from '../../../../shared/contract/dashboard';
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

/** The extent last read for the page, by its request key. */
let lastExtent: { key: string; value: DataExtent } | null = null;

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
  const kpis = (period: Period) => start(kpiRequest(portIds, period));
  const trends = (period: Period, firstRecorded: string | null) =>
    start(trendRequest(portIds, chartSpan(state.chartRange, period, today, firstRecorded), state.granularity, metrics, state.lastYear));
  // The extent is asked for when the page opens, and what depends on it (the period, the charts'
  // reach over all years) as soon as it is in. Within the page (a period change) the page keeps the
  // extent it read on opening, and so does this.
  const needsExtent = !state.period || state.chartRange === 'all';
  const request = extentRequest(portIds);
  const known = !enteringDashboard && lastExtent?.key === request.key ? lastExtent.value : null;
  const fromExtent = (extent: DataExtent) => {
    if (extent.recordedDays === 0) return;
    const period = state.period ?? defaultPeriod(today, extent.last);
    if (!state.period) kpis(period);
    trends(period, extent.first);
  };
  if (known) {
    if (needsExtent) fromExtent(known);
  } else if (enteringDashboard || needsExtent) {
    void start(request).then((r) => {
      if (!r.ok) return;
      lastExtent = { key: request.key, value: r.value };
      if (needsExtent) fromExtent(r.value);
    });
  }
  if (state.period) {
    kpis(state.period);
    if (state.chartRange !== 'all') trends(state.period, null);
  }
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
