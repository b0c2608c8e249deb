/**
 * Answers that hold the same figures as one drawn before are given back as the object drawn
 * before, so that memoised charts and cards see unchanged props and are not drawn again. Going back
 * to a period shown a moment ago (上一时段, then 下一时段) asks the core again — the figures may have
 * changed meanwhile — but redraws only what did change.
 */

/** Whether two JSON values (an API answer or a part of one) are equal by value. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export interface StableValues {
  /** `value`, or the object last given for `key` when that holds the same figures */
  stable<T>(key: string, value: T): T;
}

/** Remembers the last `limit` values by key (the periods recently shown, per chart). */
export function createStableValues(limit = 64): StableValues {
  const held = new Map<string, unknown>();
  return {
    stable<T>(key: string, value: T): T {
      const before = held.get(key);
      held.delete(key);
      const kept = before !== undefined && sameJson(before, value) ? (before as T) : value;
      held.set(key, kept);
      if (held.size > limit) held.delete(held.keys().next().value!);
      return kept;
    },
  };
}
