import type { MutableRefObject } from 'react';
import { useActiveTooltipLabel } from 'recharts';
import type { ChartLine, ChartRow } from './trendChartModel';
import { usePlacement, type Placement } from './chartPlacement';

export interface TrendLinesProps {
  rows: readonly ChartRow[];
  lines: readonly ChartLine[];
  /** the value at the top of the plot (chartPlacement.ts) */
  top: number;
  /** reveal the lines from left to right as they are drawn */
  animate: boolean;
}

/** An SVG path through a line's values; a missing value breaks it (a day without a record is no zero). */
function linePath(rows: readonly ChartRow[], dataKey: string, { x, y }: Placement): string {
  let d = '';
  let open = false;
  rows.forEach((row, i) => {
    const v = row[dataKey];
    if (typeof v !== 'number') {
      open = false;
      return;
    }
    d += `${open ? 'L' : 'M'}${Math.round(x(i) * 10) / 10},${Math.round(y(v) * 10) / 10}`;
    open = true;
  });
  return d;
}

/**
 * The chart's lines, a path each in one SVG layer. A Recharts <Line> per port and year registers
 * itself with the chart's store and redraws through it on every change of data: thirty of them
 * made up most of the dashboard's drawing time. A value with no neighbour is a dot (ChartMarks), as
 * a path through one point shows nothing.
 */
export function TrendLines({ rows, lines, top, animate }: TrendLinesProps) {
  const place = usePlacement(rows.length, top);
  if (!place) return null;
  return (
    // Keyed by the data when animated: new figures are revealed afresh, as the first ones were.
    <g key={animate ? rows.map((r) => r.key).join() : undefined} className={animate ? 'trend-lines trend-lines-reveal' : 'trend-lines'} pointerEvents="none">
      {lines.map((line) => (
        <path
          key={line.dataKey}
          className={line.lastYear ? 'trend-line trend-line-last-year' : 'trend-line'}
          d={linePath(rows, line.dataKey, place)}
          fill="none"
          stroke={line.color}
          strokeWidth={line.lastYear ? 1.5 : 2}
          strokeOpacity={line.lastYear ? 0.55 : 1}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
}

/**
 * The values of the point the tooltip is on (by mouse or by the arrow keys) as dots on their
 * lines, and that point's index kept for Enter to open it.
 */
export function ActivePoint({ rows, lines, top, into }: { rows: readonly ChartRow[]; lines: readonly ChartLine[]; top: number; into: MutableRefObject<number | null> }) {
  const label = useActiveTooltipLabel();
  const place = usePlacement(rows.length, top);
  const at = label === undefined || label === null ? null : Number(label);
  into.current = at;
  const row = at === null ? undefined : rows[at];
  if (at === null || !row || !place) return null;
  const cx = place.x(at);
  return (
    <g className="trend-active-point" pointerEvents="none">
      {lines.map((line) => {
        const v = row[line.dataKey];
        return typeof v !== 'number' ? null : <circle key={line.dataKey} cx={cx} cy={place.y(v)} r={line.lastYear ? 3 : 5} fill={line.color} stroke="#fff" strokeWidth={2} />;
      })}
    </g>
  );
}
