import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/contract/dashboard';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { chooseGranularity, type Granularity, type Period } from '../../../../shared/domain/periods';
import type { MetricKey } from '../../../../shared/domain/metrics';
import { useSession } from '../../app/session';
import { addressOf, navigateTo } from '../../app/useHashRoute';
import { CoverageNotice } from './CoverageNotice';
import { PortRows } from './PortRows';
import { EmptyStore } from './EmptyStore';
import { KpiGrid } from './KpiGrid';
import { PeriodPicker } from '../../components/period/PeriodPicker';
import { PortCompare } from './PortCompare';
import { TrendPanels } from './TrendPanels';
import { DEFAULT_PANEL_CHOICE, panelMetrics, type PanelChoice, type PanelId } from './panelChoices';
import { TrendControls } from './TrendControls';
import {
  chartSpan,
  dashboardParams,
  defaultPeriod,
  parseDashboardParams,
  periodOfBucket,
  shownPorts,
  type DashboardState,
} from './dashboardState';
import { useDataExtent, useFigures } from './useDashboardData';
import { prefetchDashboard, prefetchNeighbours, setPrefetchMetrics } from './dashboardPrefetch';
import './dashboard.css';

/** Charts animate unless the reader asked the system for less motion (and in print and screenshots). */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * The officials' dashboard: KPI cards of a period with 同比 and 环比, and trend charts, for one port
 * or several side by side. Figures are summed in the core; the page only draws them.
 */
export function DashboardPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('dashboard');
  const session = useSession();
  const today = todayInShanghai();
  const state = useMemo(() => parseDashboardParams(params), [params]);
  const [choice, setChoice] = useState<PanelChoice>(DEFAULT_PANEL_CHOICE);
  const animate = useMemo(() => !prefersReducedMotion(), []);

  const shown = shownPorts(state.portIds, session.ports.length ? session.ports.map((p) => p.id) : null, session.portId);
  const portIds = useMemo(() => shown, [shown.join(',')]);
  const portNames = session.ports.filter((p) => portIds.includes(p.id)).map((p) => p.name).join('、');

  const extent = useDataExtent(portIds);
  const empty = extent.value?.recordedDays === 0;
  const lastRecorded = extent.value?.last;
  const fallback = useMemo(() => (lastRecorded === undefined ? null : defaultPeriod(today, lastRecorded)), [today, lastRecorded]);
  const period = state.period ?? fallback;
  const span = useMemo(
    () => (!period || empty ? null : chartSpan(state.chartRange, period, today)),
    [period?.kind, period?.from, period?.to, state.chartRange, empty, today],
  );
  const choose = useCallback((panel: PanelId, m: MetricKey) => setChoice((c) => ({ ...c, [panel]: m })), []);
  const metrics = useMemo<MetricKey[]>(() => panelMetrics(choice), [choice]);
  useEffect(() => setPrefetchMetrics(metrics), [metrics]);

  const { kpis, trends } = useFigures(portIds, empty ? null : period, span, state.granularity, metrics, state.lastYear);

  // One stable function for every control: the controls are memoised, and a period change must
  // redraw each of them once, not again when each answer comes in.
  const updateRef = useRef<(change: Partial<DashboardState>) => void>(() => {});
  updateRef.current = (change) => {
    const params = dashboardParams({ ...state, period, ...change });
    prefetchDashboard(addressOf('/dashboard', params));
    navigateTo('/dashboard', params);
  };
  const update = useCallback((change: Partial<DashboardState>) => updateRef.current(change), []);
  const onPeriodChange = useCallback((p: Period) => update({ period: p }), [update]);
  const onPortsChange = useCallback((ids: number[]) => update({ portIds: ids }), [update]);

  // Stable for the memoised charts: a period change must not redraw them before their data comes.
  const pointClick = useRef<(point: TrendPoint) => void>(() => {});
  pointClick.current = (point) => {
    const g = trends.value?.granularity ?? 'day';
    if (g === 'day') navigateTo('/days', { date: point.key });
    else update({ period: periodOfBucket(point, g), chartRange: 'period', granularity: null });
  };
  const onPointClick = useCallback((point: TrendPoint) => pointClick.current(point), []);

  // The pickers and switches are drawn once the figures are: on first opening, styling them is a
  // good part of the work, and the figures are what the official came for. After an error they
  // come at once, so the reader can choose another period.
  const [controlsShown, setControlsShown] = useState(false);
  const failed = !!(extent.error || kpis.error || trends.error);
  useEffect(() => {
    if (failed) setControlsShown(true);
  }, [failed]);

  // Marks the moment the figures of the current choice are on screen (read by `npm run bench`).
  const root = useRef<HTMLDivElement>(null);
  const drawn = useRef(0);
  const ready = !!kpis.value && !!trends.value && !kpis.loading && !trends.loading;
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => {
      performance.mark('dashboard:drawn');
      root.current?.setAttribute('data-drawn', String(++drawn.current));
      setControlsShown(true);
      // (after the mark: the figures asked for now never delay the ones on screen)
      if (period) prefetchNeighbours(state, portIds, period, today);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, kpis.value, trends.value]);

  if (portIds.length === 0) return <Spin />;

  const dataState = extent.error || kpis.error ? 'error' : empty ? 'empty' : ready ? 'ready' : 'loading';
  // (all years: the core knows where they start)
  const autoGranularity: Granularity | null = trends.value?.autoGranularity ?? (span && !span.fromFirstRecord ? chooseGranularity(span.from, span.to) : null);

  return (
    <div ref={root} className="dashboard" data-testid="dashboard" data-state={dataState}>
      <div className="dashboard-head">
        <div>
          <h2 className="dashboard-title" data-testid="dashboard-title">
            {kpis.value ? t('title', { ports: portNames, period: kpis.value.chosen.label }) : t('titleLoading', { ports: portNames })}
          </h2>
          {kpis.value && (
            <div className="dashboard-bases" data-testid="dashboard-bases">
              {kpis.value.previous
                ? t('bases', { previous: kpis.value.previous.label, lastYear: kpis.value.lastYear.label })
                : t('basesCumulative', { lastYear: kpis.value.lastYear.label })}
            </div>
          )}
        </div>
        {!empty && controlsShown && (
          <Space wrap className="no-print">
            {period && <PeriodPicker value={period} today={today} onChange={onPeriodChange} />}
            {session.ports.length > 1 && <PortCompare ports={session.ports} value={portIds} onChange={onPortsChange} />}
          </Space>
        )}
      </div>

      {extent.error && <ErrorNotice message={extent.error} onRetry={extent.retry} />}
      {empty && <EmptyStore portNames={portNames} onDataLoaded={extent.retry} />}

      {!empty && (
        <>
          {kpis.error && <ErrorNotice message={kpis.error} onRetry={kpis.retry} />}
          {kpis.value && <CoverageNotice report={kpis.value} />}
          <KpiGrid report={kpis.value} stale={kpis.loading} />
          {kpis.value && <PortRows report={kpis.value} />}

          <div className="dashboard-section-head">
            <h3 className="dashboard-section-title">{t('trends')}</h3>
            {controlsShown && (
              <TrendControls
                chartRange={state.chartRange}
                granularity={state.granularity}
                autoGranularity={autoGranularity}
                lastYear={state.lastYear}
                onChange={update}
              />
            )}
          </div>
          {trends.error && <ErrorNotice message={trends.error} onRetry={trends.retry} />}
          <TrendPanels
            report={trends.value}
            choice={choice}
            onChoose={choose}
            showLastYear={state.lastYear}
            animate={animate}
            stale={trends.loading}
            onPointClick={onPointClick}
          />
        </>
      )}
    </div>
  );
}

function ErrorNotice({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Alert
      type="error"
      showIcon
      data-testid="dashboard-error"
      title={t('loadFailed')}
      description={message}
      action={
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    />
  );
}
