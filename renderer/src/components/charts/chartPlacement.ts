import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

/**
 * Where a trend chart's layers draw: the plot area, and the pixel of a point (by its index) and of
 * a value (in the axis unit). The chart's axes are fixed — points by index, values as a share of
 * the top tick — so that new figures change no axis setting: Recharts then redraws a chart once
 * per change of data instead of again a frame later for its axes.
 */
export interface Placement {
  area: { x: number; y: number; width: number; height: number };
  x(index: number): number | undefined;
  y(value: number): number | undefined;
}

/** null until the chart has laid itself out. */
export function usePlacement(top: number): Placement | null {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  return {
    area,
    x: (index) => xScale(index) as number | undefined,
    y: (value) => yScale(value / top) as number | undefined,
  };
}
