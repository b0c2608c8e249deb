import { todayInShanghai } from '../../../../shared/domain/dates';
import type { MetricKey } from '../../../../shared/domain/metrics';
import type { Period } from '../../../../shared/domain/periods';
import { queryClient } from '../../api/queries';
import { PORT_KEY } from '../../app/session';
import { addressOf } from '../../app/useHashRoute';
import { canStepForward, stepPeriod } from '../../components/period/periodSteps';
import { chartSpan, dashboardParams, defaultPeriod, parseDashboardParams, shownPorts, type DashboardState } from './dashboardState';
import { DEFAULT_PANEL_CHOICE, panelMetrics } from './panelChoices';
import { extentQuery, kpiQuery, trendQuery } from './dashboardRequests';

/**
 * Starts the dashboard's requests as soon as the address names the dashboard (the app opening on
 * it, a menu click, a period change), instead of after React has drawn the page around them: the
 * figures are then on their way while the page is being built (the query cache keeps the answers).
 */

/** The figures the trend charts currently show, so an early request asks for the same. */
let chartMetrics: readonly MetricKey[] = panelMetrics(DEFAULT_PANEL_CHOICE);
export function setPrefetchMetrics(metrics: readonly MetricKey[]): void {
  chartMetrics = metrics;
}

function rememberedPort(): number | null {
  return Number(localStorage.getItem(PORT_KEY)) || null;
}

/** Settles once what the dashboard at `hash` shows is in, including what waits for the extent. */
async function prefetch(hash: string, enteringDashboard: boolean): Promise<void> {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  if (path !== '/dashboard') return;
  const metrics = chartMetrics;
  const state = parseDashboardParams(new URLSearchParams(query));
  const portIds = shownPorts(state.portIds, null, rememberedPort());
  if (portIds.length === 0) return;
  const today = todayInShanghai();
  const figures = (period: Period) =>
    Promise.all([
      queryClient.prefetchQuery(kpiQuery(portIds, period)),
      queryClient.prefetchQuery(trendQuery(portIds, chartSpan(state.chartRange, period, today), state.granularity, metrics, state.lastYear)),
    ]);
  // The extent is asked for when the page opens; without a period in the address the figures wait
  // for it (the default period comes from the last recorded day).
  const asked: Promise<unknown>[] = [];
  if (enteringDashboard || !state.period) {
    const extent = queryClient.fetchQuery(extentQuery(portIds)).catch(() => null);
    if (!state.period) asked.push(extent.then((e) => (e && e.recordedDays > 0 ? figures(defaultPeriod(today, e.last)) : null)));
    else asked.push(extent);
  }
  if (state.period) asked.push(figures(state.period));
  await Promise.all(asked);
}

/**
 * Asks for what the dashboard at `address` shows, now, as a control of the page changes it: the
 * address itself changes a moment later (the browser reports it after drawing a frame).
 */
export function prefetchDashboard(address: string): void {
  void prefetch(`#${address}`, false);
}

/**
 * Asks for the periods the stepper goes to (the one before, then the one after when there is one)
 * once a period is drawn, so that 上一时段 and 下一时段 find their figures in the cache and the
 * page redraws without waiting for the core. One after the other: the period before, the usual
 * step, is not kept waiting behind the one after.
 */
export function prefetchNeighbours(state: DashboardState, portIds: number[], period: Period, today: string): void {
  const at = (p: Period) => `#${addressOf('/dashboard', dashboardParams({ ...state, portIds, period: p }))}`;
  const next = canStepForward(period, today) ? stepPeriod(period, 1) : null;
  void prefetch(at(stepPeriod(period, -1)), false).then(() => (next ? prefetch(at(next), false) : undefined));
}

let watching = false;

/**
 * Watches the address from now on (called as the app starts); settles once what the first address
 * shows is in.
 */
export function watchAddressForDashboard(): Promise<void> {
  if (watching || typeof window === 'undefined') return Promise.resolve();
  watching = true;
  let previous = window.location.hash;
  window.addEventListener('hashchange', () => {
    const current = window.location.hash;
    void prefetch(current, !previous.startsWith('#/dashboard'));
    previous = current;
  });
  return prefetch(previous, true);
}
