import { useMemo } from 'react';

export interface SparklineProps {
  values: readonly (number | null)[];
  width?: number;
  height?: number;
  color?: string;
  /** read by screen readers instead of the drawing */
  label?: string;
}

/**
 * A figure's shape over its period, small enough for a KPI card. Plain SVG: a card row draws a
 * dozen of these, and a full chart for each would cost more than the whole dashboard may take.
 * Gaps (days without a record) break the line rather than dropping to zero.
 */
export function Sparkline({ values, width = 120, height = 32, color = '#1f5fa8', label }: SparklineProps) {
  const paths = useMemo(() => {
    const nums = values.filter((v): v is number => v !== null);
    if (nums.length === 0) return [];
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    const span = max - min || 1;
    const stepX = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
    const segments: string[][] = [];
    let current: string[] = [];
    values.forEach((v, i) => {
      if (v === null) {
        if (current.length) segments.push(current);
        current = [];
        return;
      }
      const x = 2 + i * stepX;
      const y = max === min ? height / 2 : 2 + (1 - (v - min) / span) * (height - 4);
      current.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    });
    if (current.length) segments.push(current);
    return segments;
  }, [values, width, height]);

  return (
    <svg width={width} height={height} role="img" aria-label={label} className="sparkline">
      {paths.map((pts, i) =>
        pts.length === 1 ? (
          <circle key={i} cx={pts[0]!.split(',')[0]} cy={pts[0]!.split(',')[1]} r={1.5} fill={color} />
        ) : (
          <polyline key={i} points={pts.join(' ')} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
        ),
      )}
    </svg>
  );
}
