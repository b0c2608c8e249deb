import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartLine, ChartRow } from './trendChartModel';
import { CLOSED_COLOR, MARKER_COLOR } from './trendChartModel';

export interface ChartMarksProps {
  rows: readonly ChartRow[];
  lines: readonly ChartLine[];
  closedKeys: readonly string[];
  markers: readonly { key: string; label: string }[];
}

/**
 * Everything drawn on top of the lines, in one SVG layer instead of one Recharts element per mark:
 * a dot for a value with no neighbour (a line cannot show a single point), a red dot at the foot
 * of each bucket with a closed day, and a dashed line with its title at each measure's start.
 * A chart of ten years would otherwise hold hundreds of marker components.
 */
export function ChartMarks({ rows, lines, closedKeys, markers }: ChartMarksProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const bottom = area.y + area.height;
  const px = (key: string) => x(key) as number | undefined;

  const isolated: { cx: number; cy: number; color: string; lastYear: boolean }[] = [];
  for (const line of lines) {
    rows.forEach((row, i) => {
      const v = row[line.dataKey];
      if (typeof v !== 'number') return;
      const before = rows[i - 1]?.[line.dataKey];
      const after = rows[i + 1]?.[line.dataKey];
      if (typeof before === 'number' || typeof after === 'number') return;
      const cx = px(row.key);
      const cy = y(v) as number | undefined;
      if (cx !== undefined && cy !== undefined) isolated.push({ cx, cy, color: line.color, lastYear: line.lastYear });
    });
  }

  return (
    <g className="chart-marks" pointerEvents="none">
      {isolated.map((d, i) => (
        <circle key={`i${i}`} cx={d.cx} cy={d.cy} r={d.lastYear ? 2 : 3} fill={d.color} fillOpacity={d.lastYear ? 0.55 : 1} />
      ))}
      {closedKeys.map((key) => {
        const cx = px(key);
        return cx === undefined ? null : <circle key={`c${key}`} className="chart-mark-closed" cx={cx} cy={bottom} r={3.5} fill={CLOSED_COLOR} stroke="#fff" />;
      })}
      {markers.map((m, i) => {
        const cx = px(m.key);
        if (cx === undefined) return null;
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
