import type { ChartLine, ChartRow } from './trendChartModel';
import { CLOSED_COLOR, MARKER_COLOR } from './trendChartModel';
import { usePlacement } from './chartPlacement';
import { layoutMeasureLabels } from './measureLabels';

export interface ChartMarksProps {
  rows: readonly ChartRow[];
  lines: readonly ChartLine[];
  /** the value at the top of the plot (chartPlacement.ts) */
  top: number;
  /** indices of the points with a closure worth a mark */
  closedAt: readonly number[];
  /** indices of the points of a bucket cut by the range, drawn hollow */
  partialAt: readonly number[];
  markers: readonly { at: number; label: string }[];
}

/**
 * Everything drawn on top of the lines, in one SVG layer instead of one Recharts element per mark:
 * a dot for a value with no neighbour (a line cannot show a single point), a red dot at the foot
 * of each bucket with a closed day, a hollow ring on the point of a bucket the range cuts short, and
 * a dashed line at each measure's start with titles that never overlap (measureLabels.ts).
 * A chart of ten years would otherwise hold hundreds of marker components.
 */
export function ChartMarks({ rows, lines, top, closedAt, partialAt, markers }: ChartMarksProps) {
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

  const hollow: { cx: number; cy: number; color: string }[] = [];
  for (const line of lines) {
    if (line.lastYear) continue;
    for (const i of partialAt) {
      const v = rows[i]?.[line.dataKey];
      if (typeof v === 'number') hollow.push({ cx: x(i), cy: y(v), color: line.color });
    }
  }
  const labels = layoutMeasureLabels(
    markers.map((m) => ({ x: x(m.at), label: m.label })),
    area.x + area.width,
  );

  return (
    <g className="chart-marks" pointerEvents="none">
      {hollow.map((d, i) => (
        <circle key={`p${i}`} className="chart-mark-partial" cx={d.cx} cy={d.cy} r={4} fill="#fff" stroke={d.color} strokeWidth={1.5} />
      ))}
      {isolated.map((d, i) => (
        <circle key={`i${i}`} cx={d.cx} cy={d.cy} r={d.lastYear ? 2 : 3} fill={d.color} fillOpacity={d.lastYear ? 0.55 : 1} />
      ))}
      {closedAt.map((at) => (
        <circle key={`c${at}`} className="chart-mark-closed" cx={x(at)} cy={bottom} r={3.5} fill={CLOSED_COLOR} stroke="#fff" />
      ))}
      {markers.map((m, i) => (
        <line key={`m${i}`} className="chart-mark-measure-line" x1={x(m.at)} x2={x(m.at)} y1={area.y} y2={bottom} stroke={MARKER_COLOR} strokeDasharray="3 3" />
      ))}
      {labels.map((l, i) => (
        <g key={`l${i}`} className="chart-mark-measure" data-count={l.count} pointerEvents="visiblePainted">
          <title>{l.title}</title>
          <text x={l.x + 3} y={area.y + 10} fontSize={11} fill={MARKER_COLOR}>
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
}
