import { memo, useCallback, useMemo, useRef } from 'react';
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TrendPoint, TrendReport, TrendSeries } from '../../../../shared/contract/dashboard';
import { formatNumber } from '../../../../shared/domain/format';
import { buildTrendChartModel, type ChartLine } from './trendChartModel';
import { ChartAxes } from './ChartAxes';
import { ChartMarks } from './ChartMarks';
import { ActivePoint, TrendLines } from './TrendLines';
import { TrendTooltip } from './TrendTooltip';
import './charts.css';

export interface TrendChartProps {
  /** the report the series came from (ports, bucket size, markers) */
  report: Pick<TrendReport, 'ports' | 'granularity' | 'markers'>;
  series: TrendSeries;
  /** draw the same period last year as dashed lines (default true) */
  showLastYear?: boolean;
  height?: number;
  /** a fixed width in px (print); without it the chart fills its container */
  width?: number;
  /** false draws the final picture at once: for print, screenshots and reduced motion */
  isAnimationActive?: boolean;
  /** a click on a point: its day or period */
  onPointClick?: (point: TrendPoint) => void;
}

/** The lines' names with their colour and dash, as drawn (Recharts' own legend shows no dashes). */
function ChartLegend({ lines }: { lines: readonly ChartLine[] }) {
  return (
    <ul className="trend-legend">
      {lines.map((l) => (
        <li key={l.dataKey}>
          <svg width={22} height={8} aria-hidden="true">
            <line x1={1} x2={21} y1={4} y2={4} stroke={l.color} strokeWidth={2} strokeOpacity={l.lastYear ? 0.55 : 1} strokeDasharray={l.lastYear ? '5 3' : undefined} />
          </svg>
          {l.name}
        </li>
      ))}
    </ul>
  );
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

/**
 * The chart's axes, the same for every chart and every figure: points by index, values as a share
 * of the top tick (chartPlacement.ts), drawn and labelled by ChartAxes. Elements made once, so a
 * chart drawn with new figures gives Recharts nothing new to register but its data.
 */
const FIXED_AXES = [
  <XAxis key="x" dataKey="i" height={34} tick={false} tickLine={false} />,
  <YAxis key="y" width={56} domain={[0, 1]} allowDataOverflow niceTicks="none" tick={false} tickLine={false} />,
  // Drawn by TrendLines; this one only gives the tooltip something to show (it hides without).
  <Line key="anchor" dataKey="i" hide legendType="none" isAnimationActive={false} />,
];

/**
 * One figure over time: a line per port, last year's as a dashed line, red dots on buckets with a
 * closed day, purple lines at measures' start dates. Values are drawn in one axis unit (万吨, 亿元 …)
 * and read in the tooltip in their own.
 *
 * Recharts lays the chart out and handles the pointer and the keyboard (the tooltip, arrow keys,
 * clicks); the drawing is done by the chart's own layers, placed by Recharts' scales.
 */
export const TrendChart = memo(function TrendChart({ report, series, showLastYear = true, height = 260, width, isAnimationActive = true, onPointClick }: TrendChartProps) {
  const { t } = useTranslation('charts');
  const model = useMemo(() => buildTrendChartModel(series, report, { lastYear: showLastYear }), [series, report, showLastYear]);
  const hasData = series.points.some((p) => p.values.some((v) => v !== null));
  const cursor = onPointClick ? 'pointer' : 'default';
  const sizing = useMemo(() => (width ? { width, height, style: { cursor } } : { responsive: true, style: { width: '100%', height, cursor } }), [width, height, cursor]);
  // What Recharts is given as data: the points' indices only. The figures go to the chart's own
  // layers; Recharts sees new data only when the number of points changes, and so a chart drawn
  // with new figures sends nothing through its store (chartPlacement.ts).
  const n = model.rows.length;
  const indices = useMemo(() => Array.from({ length: n }, (_, i) => ({ i })), [n]);

  // The tooltip's and a click's label is the point's index.
  const pointsRef = useRef(series.points);
  pointsRef.current = series.points;
  const pointAt = (label: unknown) => (label === undefined || label === null ? undefined : pointsRef.current[Number(label)]);
  const clickRef = useRef(onPointClick);
  clickRef.current = onPointClick;
  const onChartClick = useCallback((state: { activeTooltipIndex?: unknown }) => {
    const point = state.activeTooltipIndex == null ? undefined : pointsRef.current[Number(state.activeTooltipIndex)];
    if (point && clickRef.current) clickRef.current(point);
  }, []);
  const active = useRef<number | null>(null);
  // The chart takes focus (Recharts' keyboard layer moves the tooltip with the arrow keys); Enter
  // then opens the point, as a click does.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || !onPointClick || active.current === null) return;
    const point = pointAt(active.current);
    if (point) onPointClick(point);
  };

  return (
    <div className="trend-chart" data-testid={`trend-chart-${series.key}`} data-points={series.points.length} onKeyDown={onKeyDown}>
      <div className="trend-chart-caption">
        <span>{t('unit', { unit: model.scale.unit })}</span>
        {series.downsampledFrom !== null && <span>{t('downsampled', { shown: formatNumber(series.points.length, 0), all: formatNumber(series.downsampledFrom, 0) })}</span>}
        {!hasData && <span className="trend-chart-empty">{t('noData')}</span>}
      </div>
      <LineChart {...sizing} data={indices} margin={MARGIN} onClick={onChartClick}>
        {FIXED_AXES}
        <Tooltip
          isAnimationActive={false}
          includeHidden
          content={({ active, label }) => {
            const point = active ? pointAt(label) : undefined;
            return point ? <TrendTooltip point={point} series={series} report={report} showLastYear={showLastYear} clickable={!!onPointClick} /> : null;
          }}
        />
        <ChartAxes model={model} rightRoom={MARGIN.right} />
        <TrendLines rows={model.rows} lines={model.lines} top={model.yTop} animate={isAnimationActive} />
        <ChartMarks rows={model.rows} lines={model.lines} top={model.yTop} closedAt={model.closedAt} partialAt={model.partialAt} markers={model.markers} />
        <ActivePoint rows={model.rows} lines={model.lines} top={model.yTop} into={active} />
      </LineChart>
      {/* Outside the chart: a Recharts legend measures itself and makes the chart lay out twice. */}
      <ChartLegend lines={model.lines} />
    </div>
  );
});
