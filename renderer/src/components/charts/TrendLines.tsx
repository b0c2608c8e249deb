import type { MutableRefObject } from 'react';
import { useActiveTooltipLabel, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartLine, ChartRow } from './trendChartModel';

export interface TrendLinesProps {
  rows: readonly ChartRow[];
  lines: readonly ChartLine[];
  /** reveal the lines from left to right as they are drawn */
  animate: boolean;
}

/** An SVG path through a line's values; a missing value breaks it (a day without a record is no zero). */
function linePath(rows: readonly ChartRow[], dataKey: string, x: (key: string) => number | undefined, y: (v: number) => number | undefined): string {
  let d = '';
  let open = false;
  for (const row of rows) {
    const v = row[dataKey];
    const px = typeof v === 'number' ? x(row.key) : undefined;
    const py = typeof v === 'number' ? y(v) : undefined;
    if (px === undefined || py === undefined) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${Math.round(px * 10) / 10},${Math.round(py * 10) / 10}`;
    open = true;
  }
  return d;
}

/**
 * The chart's lines, a path each in one SVG layer, placed by the chart's own axes. A Recharts
 * <Line> per port and year registers itself with the chart's store and redraws through it on every
 * change of data: thirty of them made up most of the dashboard's drawing time. A value with no
 * neighbour is a dot (ChartMarks), as a path through one point shows nothing.
 */
export function TrendLines({ rows, lines, animate }: TrendLinesProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const x = (key: string) => xScale(key) as number | undefined;
  const y = (v: number) => yScale(v) as number | undefined;
  return (
    // Keyed by the data: new figures are revealed afresh, as the first ones were.
    <g key={animate ? rows.map((r) => r.key).join() : undefined} className={animate ? 'trend-lines trend-lines-reveal' : 'trend-lines'} pointerEvents="none">
      {lines.map((line) => (
        <path
          key={line.dataKey}
          className={line.lastYear ? 'trend-line trend-line-last-year' : 'trend-line'}
          d={linePath(rows, line.dataKey, x, y)}
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
 * lines, and that point's key kept for Enter to open it.
 */
export function ActivePoint({ rows, lines, into }: { rows: readonly ChartRow[]; lines: readonly ChartLine[]; into: MutableRefObject<string | null> }) {
  const label = useActiveTooltipLabel();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const key = label === undefined || label === null ? null : String(label);
  into.current = key;
  const row = key === null ? undefined : rows.find((r) => r.key === key);
  if (!row || !xScale || !yScale) return null;
  const cx = xScale(row.key) as number | undefined;
  if (cx === undefined) return null;
  return (
    <g className="trend-active-point" pointerEvents="none">
      {lines.map((line) => {
        const v = row[line.dataKey];
        const cy = typeof v === 'number' ? (yScale(v) as number | undefined) : undefined;
        return cy === undefined ? null : <circle key={line.dataKey} cx={cx} cy={cy} r={line.lastYear ? 3 : 5} fill={line.color} stroke="#fff" strokeWidth={2} />;
      })}
    </g>
  );
}
