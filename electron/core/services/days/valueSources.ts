import { DAY_VALUE_KEYS, type DayValueKey, type DayValues } from '../../../../shared/domain/dailyFields';
import type { ChangeSource } from '../../../../shared/contract/days';

/**
 * Where each stored value of a day came from (daily_records.value_sources, migration 0013): a JSON
 * object from field to "d" (the demo data set), "i<n>" (the import kept as day_imports row n) or
 * "i" (an import from before imports were kept). Typed values, by far the most common, have no
 * entry, and neither has a blank value. A write sets the source of the fields it changes and leaves
 * the others' as they were, so a demo day a person corrects in one field keeps its other demo values
 * marked, and removing the demo takes exactly those.
 */
export type ValueSources = Partial<Record<DayValueKey, string>>;

export const DEMO_SOURCE = 'd';

/** The source a writer's values get: null for typed (form, grid, paste, undo). */
export function sourceCodeOf(source: ChangeSource, importId?: number): string | null {
  if (source === 'demo') return DEMO_SOURCE;
  if (source === 'import') return importId === undefined ? 'i' : `i${importId}`;
  return null;
}

export function readValueSources(json: string): ValueSources {
  return JSON.parse(json) as ValueSources;
}

export function holdsDemo(sources: ValueSources): boolean {
  return Object.values(sources).includes(DEMO_SOURCE);
}

/** A new day's sources: each non-blank value from the writer (built as text: an import writes thousands). */
export function newDaySourcesJson(values: DayValues, code: string | null): string {
  if (code === null) return '{}';
  let json = '';
  for (const key of DAY_VALUE_KEYS) if (values[key] !== null) json += `${json ? ',' : ''}"${key}":"${code}"`;
  return `{${json}}`;
}

/**
 * The sources after a write of `values` that set the `written` fields: those take the writer's
 * source (none when typed or blank), every other field keeps its own.
 */
export function sourcesAfterWrite(before: ValueSources, values: DayValues, written: Iterable<DayValueKey>, code: string | null): ValueSources {
  const after: ValueSources = { ...before };
  for (const key of written) {
    if (code === null || values[key] === null) delete after[key];
    else after[key] = code;
  }
  return after;
}

export function sameSources(a: ValueSources, b: ValueSources): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<DayValueKey>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** The fields whose stored value came from the demo data set. */
export function demoFields(sources: ValueSources): DayValueKey[] {
  return DAY_VALUE_KEYS.filter((k) => sources[k] === DEMO_SOURCE);
}
