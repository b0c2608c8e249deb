/**
 * Which points of a date-sorted series are more than `factor` times the median of the window of
 * days before them, in one pass.
 *
 * Filtering the whole history for each day, then sorting, costs O(n × window log window): seconds for
 * a 100,000-row import. Two structures follow the window instead as the day moves forward:
 *
 * - a histogram of the window's values in buckets of an eighth of an octave (read off the float's
 *   exponent and top mantissa bits, so a value costs a few integer operations), with a pointer to the
 *   bucket holding the median. The median is at least that bucket's lower edge, so an ordinary value
 *   (up to about 4.4 × the median) is cleared without knowing the median exactly: nearly every day;
 * - a sorted copy of the window (a Float64Array) for the few values the histogram cannot clear,
 *   brought up to date only when such a value needs it: by binary-search removal and insertion of
 *   the days that moved since, or by one sort when many did. A series where every value needs it
 *   costs what keeping the sorted window at every step would.
 */

export interface OutlierRule {
  /** the window is the `windowDays` days before a point's day (that day excluded) */
  windowDays: number;
  /** fewer positive values than this in the window: nothing is flagged */
  minSamples: number;
  /** flagged when the value is more than this many times the window's median */
  factor: number;
}

// Buckets: 8 per octave from 2^MIN_EXP to 2^MAX_EXP; anything smaller goes to bucket 0 (lower edge 0),
// anything larger to the top bucket. Stored figures are integers from 1 to 10^12 < 2^40.
const MIN_EXP = -8;
const MAX_EXP = 48;
const PER_OCTAVE = 8;
const BUCKETS = (MAX_EXP - MIN_EXP + 1) * PER_OCTAVE;

const LOWER_EDGE = new Float64Array(BUCKETS);
for (let b = 1; b < BUCKETS; b++) LOWER_EDGE[b] = 2 ** (Math.floor(b / PER_OCTAVE) + MIN_EXP) * (1 + (b % PER_OCTAVE) / PER_OCTAVE);

const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);
/** the index of the 32-bit word that holds a double's sign, exponent and top mantissa bits */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The bucket of a positive value: its exponent and the top three bits of its mantissa. */
function bucketOf(value: number): number {
  floatView[0] = value;
  const high = wordView[HIGH_WORD]!;
  const exponent = (high >>> 20) - 1023;
  if (exponent < MIN_EXP) return 0;
  if (exponent > MAX_EXP) return BUCKETS - 1;
  return (exponent - MIN_EXP) * PER_OCTAVE + ((high >>> 17) & 7);
}

/** The first index whose item is ≥ value. */
function lowerBound(items: Float64Array, size: number, value: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each point i with `candidates[i]` set: the median of the positive values at the points j with
 * `days[i] - windowDays <= days[j] < days[i]` when there are at least `minSamples` of them and
 * `values[i] > factor × median`; NaN for every other point.
 *
 * `days` must be strictly increasing (one point per date). A value that is not positive (0, a blank
 * given as 0 or NaN) is not a sample.
 */
export function windowOutliers(days: ArrayLike<number>, values: ArrayLike<number>, candidates: ArrayLike<number | boolean>, rule: OutlierRule): Float64Array {
  const { windowDays, minSamples, factor } = rule;
  const n = days.length;
  const medians = new Float64Array(n).fill(NaN);

  // The histogram of the window [oldest, i) and the bucket holding rank (size - 1) >> 1.
  const counts = new Int32Array(BUCKETS);
  const bucketAt = new Int16Array(n);
  let size = 0;
  let medianBucket = 0;
  let below = 0;

  // The sorted copy, valid for the points [syncedFrom, syncedTo).
  let sorted = new Float64Array(Math.max(16, windowDays + 1));
  let sortedSize = 0;
  let syncedFrom = 0;
  let syncedTo = 0;

  const insertSorted = (v: number) => {
    if (sortedSize === sorted.length) {
      const bigger = new Float64Array(sorted.length * 2);
      bigger.set(sorted);
      sorted = bigger;
    }
    const at = lowerBound(sorted, sortedSize, v);
    sorted.copyWithin(at + 1, at, sortedSize);
    sorted[at] = v;
    sortedSize++;
  };
  const removeSorted = (v: number) => {
    const at = lowerBound(sorted, sortedSize, v);
    sorted.copyWithin(at, at + 1, sortedSize);
    sortedSize--;
  };
  /** The exact median of the window [from, to), the sorted copy brought up to date first. */
  const exactMedian = (from: number, to: number): number => {
    const moved = from - syncedFrom + (to - syncedTo);
    if (syncedTo <= from || moved > 32) {
      sortedSize = 0;
      for (let j = from; j < to; j++) {
        const v = values[j]!;
        if (v > 0) {
          if (sortedSize === sorted.length) {
            const bigger = new Float64Array(sorted.length * 2);
            bigger.set(sorted);
            sorted = bigger;
          }
          sorted[sortedSize++] = v;
        }
      }
      sorted.subarray(0, sortedSize).sort();
    } else {
      for (let j = syncedFrom; j < from; j++) if (values[j]! > 0) removeSorted(values[j]!);
      for (let j = syncedTo; j < to; j++) if (values[j]! > 0) insertSorted(values[j]!);
    }
    syncedFrom = from;
    syncedTo = to;
    const mid = sortedSize >> 1;
    return sortedSize % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };

  let oldest = 0;
  for (let i = 0; i < n; i++) {
    const start = days[i]! - windowDays;
    for (; oldest < i && days[oldest]! < start; oldest++) {
      if (!(values[oldest]! > 0)) continue;
      const b = bucketAt[oldest]!;
      counts[b]!--;
      size--;
      if (b < medianBucket) below--;
    }

    const v = values[i]!;
    if (candidates[i] && v > 0 && size > 0 && size >= minSamples) {
      const rank = (size - 1) >> 1;
      while (below > rank) below -= counts[--medianBucket]!;
      while (below + counts[medianBucket]! <= rank) below += counts[medianBucket++]!;
      // The median is at least the lower edge of its bucket: most values are cleared here.
      if (v > factor * LOWER_EDGE[medianBucket]!) {
        const median = exactMedian(oldest, i);
        if (v > factor * median) medians[i] = median;
      }
    }

    // Added after its own check: a day is compared with the days before it, never with itself.
    if (v > 0) {
      const b = bucketOf(v);
      bucketAt[i] = b;
      counts[b]!++;
      size++;
      if (b < medianBucket) below++;
    }
  }
  return medians;
}
