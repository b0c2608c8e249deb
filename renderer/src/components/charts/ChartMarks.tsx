import type { ChartLine, ChartRow } from './trendChartModel';
import { CLOSED_COLOR, MARKER_COLOR } from './trendChartModel';
import { usePlacement } from './chartPlacement';

export interface ChartMarksProps {
  rows: readonly ChartRow[];
  lines: readonly ChartLine[];
  /** the value at the top of the plot (chartPlacement.ts) */
  top: number;
  /** indices of the points with a closure worth a mark */
  closedAt: readonly number[];
  markers: readonly { at: number; label: string }[];
}

/**
 * Everything drawn on top of the lines, in one SVG layer instead of one Recharts element per mark:
 * a dot for a value with no neighbour (a line cannot show a single point), a red dot at the foot
 * of each bucket with a closed day, and a dashed line with its title at each measure's start.
 * A chart of ten years would otherwise hold hundreds of marker components.
 */
export function ChartMarks({ rows, lines, top, closedAt, markers }: ChartMarksProps) {
  const place = usePlacement(rows.length, top);
  if (!place) return null;
  const { area, x, y } = place;
  const bottom = area.y + area.height;

  const isolated: { cx: number; cy: number; color: string; lastYear: boolean }[] = [];
  for (const line of lines) {
    rows.forEach((row, i) => {
      const v = row[line.dataKey];
      if (typeof v !== 'number') return;
      const before = rows[i - 1]?.[line.dataKey];
      const after = rows[i + 1]?.[line.dataKey];
      if (typeof before === 'number' || typeof after === 'number') return;
      isolated.push({ cx: x(i), cy: y(v), color: line.color, lastYear: line.lastYear });
    });
  }

  return (
    <g className="chart-marks" pointerEvents="none">
      {isolated.map((d, i) => (
        <circle key={`i${i}`} cx={d.cx} cy={d.cy} r={d.lastYear ? 2 : 3} fill={d.color} fillOpacity={d.lastYear ? 0.55 : 1} />
      ))}
      {closedAt.map((at) => (
        <circle key={`c${at}`} className="chart-mark-closed" cx={x(at)} cy={bottom} r={3.5} fill={CLOSED_COLOR} stroke="#fff" />
      ))}
      {markers.map((m, i) => {
        const cx = x(m.at);
        return (
          <g key={`m${i}`} className="chart-mark-measure">
            <line x1={cx} x2={cx} y1={area.y} y2={bottom} stroke={MARKER_COLOR} strokeDasharray="3 3" />
            <text x={cx + 3} y={area.y + 10 + (i % 3) * 12} fontSize={11} fill={MARKER_COLOR}>
              {m.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
