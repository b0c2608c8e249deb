/**
 * Fewer points for a chart without losing its shape: Largest-Triangle-Three-Buckets (Steinarsson,
 * 2013). A series is first aggregated into buckets (days into weeks, months …); only a series that
 * is still longer than a chart can usefully draw (ten years by day) is thinned here.
 *
 * LTTB keeps real points, never averages: every point left is a day or period that exists, so a
 * click on it still opens that day, and peaks and troughs survive because they span the largest
 * triangles.
 */

/** The most points any trend series carries to the screen. */
export const MAX_SERIES_POINTS = 2000;

/**
 * The indices of the points to keep, in order: all of them when there are at most `threshold`,
 * else exactly `threshold`, always including the first and the last. Missing values (null) count
 * as 0 for choosing, so a gap does not hide a peak next to it.
 */
export function lttbIndices(values: readonly (number | null)[], threshold: number): number[] {
  const n = values.length;
  const target = Math.max(2, Math.floor(threshold));
  if (n <= target) return Array.from({ length: n }, (_, i) => i);

  const y = (i: number) => values[i] ?? 0;
  const kept: number[] = [0];
  // The points between the first and the last are cut into target − 2 buckets of equal width.
  const every = (n - 2) / (target - 2);
  let a = 0;
  for (let b = 0; b < target - 2; b++) {
    // The next bucket's average is the third corner of the triangle.
    const nextStart = Math.floor((b + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((b + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgX += i;
      avgY += y(i);
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;

    const start = Math.floor(b * every) + 1;
    const end = Math.floor((b + 1) * every) + 1;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((a - avgX) * (y(i) - y(a)) - (a - i) * (avgY - y(a)));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    kept.push(best);
    a = best;
  }
  kept.push(n - 1);
  return kept;
}
