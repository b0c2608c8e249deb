import type { DayFigureSource } from './store/dialect';
import type { CoreDeps } from './types';

/** The day figures the core reads: the central database's when it serves one, else the store's own. */
export function dayFiguresOf(deps: Pick<CoreDeps, 'store' | 'days'>): DayFigureSource {
  return deps.days ?? { db: deps.store.db, dialect: 'sqlite', derivedClearance: true };
}
