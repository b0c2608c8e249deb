import { usePlotArea } from 'recharts';

/**
 * Where a trend chart's layers draw: the plot area, and the pixel of a point (by its index) and of
 * a value (in the axis unit). Recharts lays the chart out; the layers place their points the way
 * its axes do (points spread evenly from edge to edge, values from 0 at the foot to the top tick)
 * from the plot area alone, so they are redrawn with new figures and not again when Recharts'
 * store catches up with them.
 */
export interface Placement {
  area: { x: number; y: number; width: number; height: number };
  x(index: number): number;
  y(value: number): number;
}

/** null until the chart has laid itself out. `points`: how many; `top`: the value at the top. */
export function usePlacement(points: number, top: number): Placement | null {
  const area = usePlotArea();
  if (!area) return null;
  const step = points > 1 ? area.width / (points - 1) : 0;
  return {
    area,
    // a single point stands in the middle, as on Recharts' point scale
    x: (index) => (points > 1 ? area.x + index * step : area.x + area.width / 2),
    y: (value) => area.y + area.height * (1 - value / top),
  };
}
