/**
 * The circular moving-block bootstrap of a window's mean (Politis and Romano). Consecutive days at a
 * port are alike (a backlog after a closed road spills into the next days; a busy week stays busy),
 * so resampling single days would treat 90 days as 90 independent facts and give intervals some
 * 2.5 times too narrow. Resampling runs of `block` consecutive days keeps that likeness inside
 * each run; wrapping around the window's end gives every day the same chance to be drawn.
 */

/** Days per block: autocorrelation in daily port figures dies out within about two weeks. */
export const BLOCK_DAYS = 14;

/** A block length the window can hold several times (a short window still gets a few blocks). */
export function blockLength(n: number, preferred = BLOCK_DAYS): number {
  return Math.max(1, Math.min(preferred, Math.floor(n / 3)));
}

/** The mean of one resample of `xs` (in date order), drawn in wrapped blocks of `block` days. */
export function blockResampleMean(xs: Float64Array, block: number, rand: () => number): number {
  const n = xs.length;
  let sum = 0;
  let taken = 0;
  while (taken < n) {
    let i = Math.floor(rand() * n);
    const len = Math.min(block, n - taken);
    for (let j = 0; j < len; j++) {
      sum += xs[i] as number;
      i = i + 1 === n ? 0 : i + 1;
    }
    taken += len;
  }
  return sum / n;
}

/** Linear interpolation between order statistics (the usual "type 7" quantile) of sorted values. */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}
