/**
 * The unit a chart axis reads in, chosen from the largest value drawn so ticks stay short numbers:
 * a year of freight reads in 万吨, a week in 吨; tooltips still give each point in its own unit
 * through format.ts.
 */

import { QUANTITY_COUNT_UNITS } from './format';
import type { MetricKind } from './metrics';

export interface ChartScale {
  /** stored integer ÷ divisor = the number on the axis */
  divisor: number;
  /** the axis unit: 万吨, 亿元, 人次 … */
  unit: string;
}

export function chartScaleFor(kind: MetricKind, maxStored: number | null): ChartScale {
  const max = maxStored !== null && Number.isFinite(maxStored) ? Math.abs(maxStored) : 0;
  switch (kind) {
    case 'yuan':
      return max >= 100_000_000 ? { divisor: 100_000_000, unit: '亿元' } : { divisor: 10_000, unit: '万元' };
    case 'kg':
      return max >= 10_000_000 ? { divisor: 10_000_000, unit: '万吨' } : { divisor: 1000, unit: '吨' };
    case 'centihours':
      return { divisor: 100, unit: '小时' };
    case 'days':
      return { divisor: 1, unit: '天' };
    case 'persons':
    case 'vehicles':
    case 'declarations': {
      const unit = QUANTITY_COUNT_UNITS[kind];
      return max >= 100_000 ? { divisor: 10_000, unit: `万${unit}` } : { divisor: 1, unit };
    }
  }
}

/** A value on the axis, rounded to what a tick can show; null stays null (a gap in the line). */
export function toChartNumber(stored: number | null, scale: ChartScale): number | null {
  if (stored === null || !Number.isFinite(stored)) return null;
  return Math.round((stored / scale.divisor) * 10_000) / 10_000;
}
