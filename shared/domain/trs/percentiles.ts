/**
 * count, median, P90 and mean of durations. Percentiles interpolate linearly between the two
 * nearest ranks (Excel's PERCENTILE.INC, R's type 7), so the median of an even count is the mean of
 * the middle two and a P90 does not jump as one declaration is added.
 */

export interface DurationSummary {
  n: number;
  /** minutes; null when n = 0 */
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** The q-quantile (0–1) of values sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Sorts `values` in place (a typed array sorts numerically and without boxing) and summarises it. */
export function summariseDurations(values: Float64Array): DurationSummary {
  return summariseSorted(values.sort());
}

/** The summary of values already sorted ascending. */
export function summariseSorted(values: Float64Array): DurationSummary {
  if (values.length === 0) return { n: 0, median: null, p90: null, mean: null };
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return { n: values.length, median: quantileSorted(values, 0.5), p90: quantileSorted(values, 0.9), mean: sum / values.length };
}

/** Two ascending lists as one, in linear time (the groups' sorted lists make the 'all' list). */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Minutes as hours with two decimals, how the figures are shown and printed. */
export function minutesToHoursText(minutes: number | null): string {
  return minutes === null ? '—' : (minutes / 60).toFixed(2);
}
