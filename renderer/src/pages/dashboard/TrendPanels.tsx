import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint, TrendReport, TrendSeries } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import { TrendChart, type TrendChartProps } from '../../components/charts/TrendChart';
import { FigureSwitch } from '../../components/charts/FigureSwitch';
import { createStableValues } from '../../components/charts/stableValues';
import { TREND_PANELS, type PanelChoice, type PanelId } from './panelChoices';

export interface TrendPanelsProps {
  report: TrendReport | null;
  choice: PanelChoice;
  onChoose(panel: PanelId, metric: MetricKey): void;
  showLastYear: boolean;
  animate: boolean;
  stale: boolean;
  onPointClick(point: TrendPoint): void;
}

export function TrendPanels({ report, choice, onChoose, showLastYear, animate, stale, onPointClick }: TrendPanelsProps) {
  // The charts' width, measured once for all five (they share a grid column width) before the first
  // paint, so each chart is drawn once at its size instead of measuring itself after mounting.
  const grid = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const panel = grid.current?.querySelector<HTMLElement>('.trend-panel');
    if (!panel) return;
    const measure = () => {
      const style = getComputedStyle(panel);
      const inner = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setWidth((w) => (w !== null && Math.abs(w - inner) < 1 ? w : Math.floor(inner)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(panel);
    return () => observer.disconnect();
  }, []);

  // Each chart is given its series and the report's ports, bucket size and markers as the objects
  // it drew before when their figures are the same (a period shown again, a figure switched back),
  // so a period change redraws only the charts whose figures changed.
  const [held] = useState(() => createStableValues());
  const drawn = useMemo(() => {
    if (!report) return null;
    const scope = `${report.from}|${report.to}|${report.granularity}|${report.ports.map((p) => p.id).join(',')}`;
    const chartReport = held.stable(`report|${scope}`, { ports: report.ports, granularity: report.granularity, markers: report.markers });
    const series = new Map(report.series.map((s) => [s.key, held.stable(`${scope}|${s.key}`, s)]));
    return { chartReport, series };
  }, [report, held]);

  return (
    <div ref={grid} className={stale ? 'trend-grid trend-stale' : 'trend-grid'} aria-busy={stale}>
      {TREND_PANELS.map((panel) => (
        <TrendPanel
          key={panel.id}
          panel={panel}
          report={drawn?.chartReport ?? null}
          series={drawn?.series.get(choice[panel.id])}
          metric={choice[panel.id]}
          onChoose={onChoose}
          showLastYear={showLastYear}
          animate={animate}
          onPointClick={onPointClick}
          width={width}
        />
      ))}
    </div>
  );
}

interface TrendPanelProps {
  panel: (typeof TREND_PANELS)[number];
  report: TrendChartProps['report'] | null;
  series: TrendSeries | undefined;
  metric: MetricKey;
  onChoose(panel: PanelId, metric: MetricKey): void;
  showLastYear: boolean;
  animate: boolean;
  onPointClick(point: TrendPoint): void;
  width: number | null;
}

/** One chart with its title and figure switch; redrawn only when its own series changes (by value). */
const TrendPanel = memo(function TrendPanel({ panel, report, series, metric, onChoose, showLastYear, animate, onPointClick, width }: TrendPanelProps) {
  const { t } = useTranslation('dashboard');
  const title = t(`panels.${panel.id}`);
  return (
    <section className="trend-panel" data-testid={`trend-panel-${panel.id}`} aria-label={title}>
      <header className="trend-panel-head">
        <span className="trend-panel-title">{title}</span>
        <FigureSwitch
          label={t('panelFigure', { panel: title })}
          value={metric}
          options={panel.options.map((m) => ({ value: m, label: t(`figureShort.${m}`) }))}
          onChange={(m) => onChoose(panel.id, m)}
        />
      </header>
      {report && series && width ? (
        <TrendChart report={report} series={series} showLastYear={showLastYear} isAnimationActive={animate} onPointClick={onPointClick} height={240} width={width} />
      ) : (
        <div className="trend-panel-skeleton" aria-hidden="true" />
      )}
    </section>
  );
});
