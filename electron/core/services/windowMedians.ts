/**
 * The median of the recent past at every point of a date-sorted series, in one pass.
 *
 * Filtering the whole history for each day costs O(n × window) and then a sort per day: seconds
 * for a 100,000-row import. Here a window of the samples before the current day is kept sorted in a
 * typed array as the day moves forward: a sample is inserted once when the scan passes it and removed
 * once when it falls out of the window (binary search, then a shift of at most `windowDays` numbers),
 * so the median is read off the middle.
 */

/** Positive numbers kept in ascending order, with room that grows if a window holds more than expected. */
class SortedWindow {
  private items: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Float64Array(Math.max(16, capacity));
  }

  /** The first index whose item is ≥ value (upper = false) or > value (upper = true). */
  private search(value: number, upper: boolean): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const item = this.items[mid]!;
      if (item < value || (upper && item === value)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(value: number): void {
    if (this.size === this.items.length) {
      const bigger = new Float64Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    const at = this.search(value, true);
    this.items.copyWithin(at + 1, at, this.size);
    this.items[at] = value;
    this.size++;
  }

  /** Removes one item equal to value (it is there: every removal follows its insertion). */
  remove(value: number): void {
    const at = this.search(value, false);
    this.items.copyWithin(at, at + 1, this.size);
    this.size--;
  }

  median(): number {
    const mid = this.size >> 1;
    return this.size % 2 ? this.items[mid]! : (this.items[mid - 1]! + this.items[mid]!) / 2;
  }
}

/**
 * For each point i: the median of the positive values at the points j with
 * `days[i] - windowDays <= days[j] < days[i]`, or NaN when there are fewer than `minSamples` of them.
 *
 * `days` must be strictly increasing (one point per date). A value that is not positive (0, a blank
 * given as 0 or NaN) is not a sample.
 */
export function windowMedians(days: ArrayLike<number>, values: ArrayLike<number>, windowDays: number, minSamples: number): Float64Array {
  const n = days.length;
  const medians = new Float64Array(n);
  const window = new SortedWindow(windowDays + 1);
  let oldest = 0;
  for (let i = 0; i < n; i++) {
    const start = days[i]! - windowDays;
    for (; oldest < i && days[oldest]! < start; oldest++) {
      const v = values[oldest]!;
      if (v > 0) window.remove(v);
    }
    medians[i] = window.size >= minSamples ? window.median() : NaN;
    // Inserted after its own median: a day is compared with the days before it, never with itself.
    const v = values[i]!;
    if (v > 0) window.insert(v);
  }
  return medians;
}
