import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint, TrendReport } from '../../../../shared/contract/dashboard';
import type { MetricKey } from '../../../../shared/domain/metrics';
import { TrendChart } from '../../components/charts/TrendChart';
import { FigureSwitch } from '../../components/charts/FigureSwitch';

export type PanelId = 'freight' | 'value' | 'persons' | 'vehicles' | 'clearance';

/** The trend charts and the figures each can switch between (its total, or one direction). */
export const TREND_PANELS: readonly { id: PanelId; options: readonly MetricKey[] }[] = [
  { id: 'freight', options: ['freightKg', 'importFreightKg', 'exportFreightKg'] },
  { id: 'value', options: ['tradeValueYuan', 'importValueYuan', 'exportValueYuan'] },
  { id: 'persons', options: ['persons', 'personsIn', 'personsOut'] },
  { id: 'vehicles', options: ['vehicles', 'vehiclesIn', 'vehiclesOut'] },
  { id: 'clearance', options: ['importClearanceCentihours', 'exportClearanceCentihours'] },
];

export type PanelChoice = Record<PanelId, MetricKey>;
export const DEFAULT_PANEL_CHOICE: PanelChoice = Object.fromEntries(TREND_PANELS.map((p) => [p.id, p.options[0]!])) as PanelChoice;

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
  return (
    <div className={stale ? 'trend-grid trend-stale' : 'trend-grid'} aria-busy={stale}>
      {TREND_PANELS.map((panel) => (
        <TrendPanel
          key={panel.id}
          panel={panel}
          report={report}
          metric={choice[panel.id]}
          onChoose={onChoose}
          showLastYear={showLastYear}
          animate={animate}
          onPointClick={onPointClick}
        />
      ))}
    </div>
  );
}

interface TrendPanelProps {
  panel: (typeof TREND_PANELS)[number];
  report: TrendReport | null;
  metric: MetricKey;
  onChoose(panel: PanelId, metric: MetricKey): void;
  showLastYear: boolean;
  animate: boolean;
  onPointClick(point: TrendPoint): void;
}

/** One chart with its title and figure switch; redrawn only when its own series changes. */
const TrendPanel = memo(function TrendPanel({ panel, report, metric, onChoose, showLastYear, animate, onPointClick }: TrendPanelProps) {
  const { t } = useTranslation('dashboard');
  const series = report?.series.find((s) => s.key === metric);
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
      {report && series ? (
        <TrendChart report={report} series={series} showLastYear={showLastYear} isAnimationActive={animate} onPointClick={onPointClick} height={240} />
      ) : (
        <div className="trend-panel-skeleton" aria-hidden="true" />
      )}
    </section>
  );
});
