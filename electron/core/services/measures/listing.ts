import type { MeasureListFilter, MeasureSortKey, MeasureSummary } from '../../../../shared/contract/measures';
import { MEASURE_CATEGORIES, MEASURE_STATUSES } from '../../../../shared/domain/measures/measureTypes';
import type { LoadedMeasure } from './measureRows';

/**
 * Filtering, search and sorting of the register. Done in memory on purpose: the register holds a
 * few dozen measures, and search reaches into the progress log, which SQL LIKE over a join would
 * make harder to read without being faster.
 */

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/** Blanks after every value. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

function comparer(by: MeasureSortKey): (a: MeasureSummary, b: MeasureSummary) => number {
  switch (by) {
    case 'code':
      return (a, b) => collator.compare(a.code, b.code);
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
    case 'leadUnit':
      return (a, b) => collator.compare(a.leadUnit, b.leadUnit);
    case 'category':
      return (a, b) => MEASURE_CATEGORIES.indexOf(a.category) - MEASURE_CATEGORIES.indexOf(b.category);
    case 'status':
      return (a, b) => MEASURE_STATUSES.indexOf(a.status) - MEASURE_STATUSES.indexOf(b.status);
    case 'startDate':
      return (a, b) => compareNullable(a.startDate, b.startDate);
    case 'lastProgress':
      return (a, b) => compareNullable(a.lastProgress?.date ?? null, b.lastProgress?.date ?? null);
  }
}

function matchesSearch(m: LoadedMeasure, s: MeasureSummary, needle: string): boolean {
  const hay = [s.code, s.title, s.description, s.leadUnit, ...s.partnerUnits, ...m.progress.map((p) => p.note)];
  return hay.some((text) => text.toLowerCase().includes(needle));
}

/** The summaries that pass the filter, in the order asked for (by code when none is given). */
export function filterAndSort(
  measures: readonly { loaded: LoadedMeasure; summary: MeasureSummary }[],
  filter: MeasureListFilter | undefined,
): MeasureSummary[] {
  const f = filter ?? {};
  const needle = f.search?.trim().toLowerCase() ?? '';
  const unit = f.unit?.trim() ?? '';
  const out = measures
    .filter(({ loaded, summary: s }) => {
      if (f.statuses && f.statuses.length > 0 && !f.statuses.includes(s.status)) return false;
      if (f.categories && f.categories.length > 0 && !f.categories.includes(s.category)) return false;
      if (unit && s.leadUnit !== unit && !s.partnerUnits.includes(unit)) return false;
      if (f.portId !== undefined && !s.portIds.includes(f.portId)) return false;
      if (f.flag === 'stalled' && !s.stalled) return false;
      if (f.flag === 'overdue' && !s.overdue) return false;
      if (f.flag === 'attention' && !s.stalled && !s.overdue) return false;
      if (needle && !matchesSearch(loaded, s, needle)) return false;
      return true;
    })
    .map((m) => m.summary);
  const by = f.sort?.by ?? 'code';
  const sign = f.sort?.order === 'desc' ? -1 : 1;
  const cmp = comparer(by);
  const byCode = comparer('code');
  const blank = (s: MeasureSummary) =>
    (by === 'startDate' && s.startDate === null) || (by === 'lastProgress' && s.lastProgress === null);
  return out.sort((a, b) => {
    // Blank dates stay last in either order, so the order is reversed only between two real values.
    const c = blank(a) || blank(b) ? cmp(a, b) : sign * cmp(a, b);
    return c !== 0 ? c : byCode(a, b);
  });
}

/** Every unit named in the register (lead or partner), in collation order. */
export function unitsOf(measures: readonly MeasureSummary[]): string[] {
  const set = new Set<string>();
  for (const m of measures) {
    set.add(m.leadUnit);
    for (const u of m.partnerUnits) set.add(u);
  }
  return [...set].sort(collator.compare);
}
