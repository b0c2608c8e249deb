import { mulberry32 } from '../../../../../shared/domain/seededRandom';

/**
 * A small seeded generator (mulberry32) keyed by text: the demo day of a date is the same on every
 * machine and every load, so loading it again tomorrow only adds the new day.
 */
export function seededRandom(key: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < key.length; i++) seed = Math.imul(seed ^ key.charCodeAt(i), 16777619);
  return mulberry32(seed);
}

/** A factor around 1 with the given spread (triangular: most days near the middle, few at the edges). */
export function jitter(random: () => number, spread: number): number {
  return 1 + spread * (random() + random() - 1);
}
