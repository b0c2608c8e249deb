import { formatNumber } from '../../../../shared/domain/format';
import { usePlacement } from './chartPlacement';
import { AXIS_FONT_SIZE, labelWidth, xTickIndices, type TrendChartModel } from './trendChartModel';

const TICK_COLOR = '#666';
const GRID_COLOR = '#f0f0f0';
/** Recharts' tick line and the gap between it and its label, so the axes read as its own did. */
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Up to this many points every one is labelled. */
const LABEL_ALL_UP_TO = 16;

export interface ChartAxesProps {
  model: Pick<TrendChartModel, 'rows' | 'yTicks' | 'yTop' | 'tick' | 'calendar'>;
  /** the room right of the plot, that an end label may use */
  rightRoom: number;
}

/**
 * The grid, the ticks and the labels of both axes, in one SVG layer under the lines. Recharts'
 * axes (kept for their lines and the plot's layout) hold fixed settings — see chartPlacement.ts —
 * and would otherwise measure every label in the page to space them.
 *
 * The value axis is labelled at its ticks in the axis unit; the time axis at as many points as
 * keep clear of each other (xTickIndices: "6月", with "2025年" below it where a year starts), an
 * end label pulled inside the chart to be read whole.
 */
export function ChartAxes({ model, rightRoom }: ChartAxesProps) {
  const place = usePlacement(model.rows.length, model.yTop);
  if (!place) return null;
  const { area, x, y } = place;
  const bottom = area.y + area.height;
  const chartWidth = area.x + area.width + rightRoom;
  const keys = model.rows.map((r) => r.key);
  const labelled = keys.length <= LABEL_ALL_UP_TO ? keys.map((_, i) => i) : xTickIndices(keys, model.tick, { plotWidth: area.width, left: area.x, right: rightRoom }, model.calendar);

  return (
    <g className="trend-axes">
      {model.yTicks.map((v) => {
        const at = y(v);
        return (
          <g key={`y${v}`}>
            <line className="trend-grid-line" x1={area.x} x2={area.x + area.width} y1={at} y2={at} stroke={GRID_COLOR} />
            <line x1={area.x - TICK_SIZE} x2={area.x} y1={at} y2={at} stroke={TICK_COLOR} />
            <text className="trend-axis-value" x={area.x - TICK_SIZE - TICK_MARGIN} y={at} dy="0.355em" textAnchor="end" fontSize={AXIS_FONT_SIZE} fill={TICK_COLOR}>
              {formatNumber(v, 2)}
            </text>
          </g>
        );
      })}
      {labelled.map((i) => {
        const key = keys[i]!;
        const px = x(i);
        const t = model.tick(key);
        const half = Math.max(labelWidth(t.label), t.year ? labelWidth(t.year) : 0) / 2;
        const tx = Math.max(half, Math.min(px, chartWidth - half));
        const ty = bottom + TICK_SIZE + TICK_MARGIN;
        return (
          <g key={`x${key}`}>
            <line x1={px} x2={px} y1={bottom} y2={bottom + TICK_SIZE} stroke={TICK_COLOR} />
            <text className="trend-axis-time" x={tx} y={ty} dy={10} textAnchor="middle" fontSize={AXIS_FONT_SIZE} fill={TICK_COLOR}>
              <tspan x={tx}>{t.label}</tspan>
              {t.year && (
                <tspan x={tx} dy={14} fill="#999">
                  {t.year}
                </tspan>
              )}
            </text>
          </g>
        );
      })}
    </g>
  );
}
