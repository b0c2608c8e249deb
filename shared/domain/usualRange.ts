/**
 * The bounds of a port's "usual range" (electron/core/services/days/rangeWarnings.ts says how they are
 * used), here so that the screens can name them in their texts.
 */

/** A value more than this many times the recent median is probably a typo (an extra zero, 元 for 万元). */
export const OUTLIER_FACTOR = 5;
/** The recent past: this many days before the date. */
export const WINDOW_DAYS = 90;
/** Too few recent values make the median meaningless; then nothing is flagged. */
export const MIN_SAMPLES = 10;
