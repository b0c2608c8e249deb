import { memo, useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TrendPoint, TrendReport, TrendSeries } from '../../../../shared/contract/dashboard';
import { formatNumber } from '../../../../shared/domain/format';
import { AXIS_FONT_SIZE, MIN_TICK_GAP, buildTrendChartModel, labelWidth, xTickKeys, type ChartLine } from './trendChartModel';
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

/**
 * One figure over time: a line per port, last year's as a dashed line, red dots on buckets with a
 * closed day, purple lines at measures' start dates. Values are drawn in one axis unit (万吨, 亿元 …)
 * and read in the tooltip in their own.
 */
interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * "6月" with "2025年" below it where a year starts, so the labels stay short and never collide.
 * Within `chartWidth` (when known), a label at the edge is pulled in to be read whole.
 */
function AxisTick({ x, y, payload, tickOf, chartWidth }: AxisTickProps & { tickOf: (key: string) => { label: string; year: string | null }; chartWidth?: number | undefined }) {
  const t = tickOf(String(payload?.value ?? ''));
  let at = Number(x);
  if (chartWidth) {
    const half = Math.max(labelWidth(t.label), t.year ? labelWidth(t.year) : 0) / 2;
    at = Math.max(half, Math.min(at, chartWidth - half));
  }
  return (
    <text x={at} y={Number(y)} dy={10} textAnchor="middle" fontSize={AXIS_FONT_SIZE} fill="#666">
      <tspan x={at}>{t.label}</tspan>
      {t.year && (
        <tspan x={at} dy={14} fill="#999">
          {t.year}
        </tspan>
      )}
    </text>
  );
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
const Y_AXIS_WIDTH = 56;

export const TrendChart = memo(function TrendChart({ report, series, showLastYear = true, height = 260, width, isAnimationActive = true, onPointClick }: TrendChartProps) {
  const { t } = useTranslation('charts');
  const model = useMemo(() => buildTrendChartModel(series, report, { lastYear: showLastYear }), [series, report, showLastYear]);
  const hasData = series.points.some((p) => p.values.some((v) => v !== null));
  const cursor = onPointClick ? 'pointer' : 'default';
  const sizing = width ? { width, height, style: { cursor } } : { responsive: true, style: { width: '100%', height, cursor } };
  // Which points get an x label, chosen here from the known width rather than by Recharts measuring
  // each label in the page; a chart that fills its container leaves it to Recharts.
  const xTicks = useMemo(() => {
    const keys = model.rows.map((r) => r.key);
    if (keys.length <= 16) return { ticks: keys, interval: 0 } as const;
    if (!width) return { interval: 'preserveStartEnd', minTickGap: MIN_TICK_GAP } as const;
    const room = { plotWidth: width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right, left: Y_AXIS_WIDTH + MARGIN.left, right: MARGIN.right };
    return { ticks: xTickKeys(keys, model.tick, room), interval: 0 } as const;
  }, [model, width]);

  const yDomain = useMemo(() => [model.yTicks[0] ?? 0, model.yTicks.at(-1) ?? 1], [model]);
  const pointOf = useMemo(() => new Map(series.points.map((p) => [p.key, p])), [series]);

  const active = useRef<string | null>(null);
  // The chart takes focus (Recharts' keyboard layer moves the tooltip with the arrow keys); Enter
  // then opens the point, as a click does.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || !onPointClick || active.current === null) return;
    const point = pointOf.get(active.current);
    if (point) onPointClick(point);
  };

  return (
    <div className="trend-chart" data-testid={`trend-chart-${series.key}`} data-points={series.points.length} onKeyDown={onKeyDown}>
      <div className="trend-chart-caption">
        <span>{t('unit', { unit: model.scale.unit })}</span>
        {series.downsampledFrom !== null && <span>{t('downsampled', { shown: formatNumber(series.points.length, 0), all: formatNumber(series.downsampledFrom, 0) })}</span>}
        {!hasData && <span className="trend-chart-empty">{t('noData')}</span>}
      </div>
      <LineChart
        {...sizing}
        data={model.rows}
        margin={MARGIN}
        onClick={(state) => {
          const row = state.activeTooltipIndex == null ? undefined : model.rows[Number(state.activeTooltipIndex)];
          const point = row ? series.points[row.i] : undefined;
          if (point && onPointClick) onPointClick(point);
        }}
      >
        <CartesianGrid stroke="#f0f0f0" vertical={false} />
        <XAxis dataKey="key" height={34} {...xTicks} tick={(props: AxisTickProps) => <AxisTick {...props} tickOf={model.tick} chartWidth={width} />} />
        {/* Every value tick (about five) is labelled: nothing to measure. */}
        <YAxis width={Y_AXIS_WIDTH} domain={yDomain} allowDataOverflow ticks={model.yTicks} niceTicks="none" interval={0} tick={{ fontSize: AXIS_FONT_SIZE }} tickFormatter={(v: number) => formatNumber(v, 2)} />
        <Tooltip
          isAnimationActive={false}
          includeHidden
          content={({ active, label }) => {
            const point = active && label !== undefined ? pointOf.get(String(label)) : undefined;
            return point ? <TrendTooltip point={point} series={series} report={report} showLastYear={showLastYear} clickable={!!onPointClick} /> : null;
          }}
        />
        {/* Drawn by TrendLines; this one only gives the tooltip something to show (it hides without). */}
        <Line dataKey="i" hide legendType="none" isAnimationActive={false} />
        <TrendLines rows={model.rows} lines={model.lines} animate={isAnimationActive} />
        <ActivePoint rows={model.rows} lines={model.lines} into={active} />
        <ChartMarks rows={model.rows} lines={model.lines} closedKeys={model.closedKeys} markers={model.markers} />
      </LineChart>
      {/* Outside the chart: a Recharts legend measures itself and makes the chart lay out twice. */}
      <ChartLegend lines={model.lines} />
    </div>
  );
});
