import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_import_mappings';
import * as m0004 from './0004_measures';

/**
 * Every migration, in order. Names are zero-padded so that their order is their sort order.
 * A migration is frozen once it has landed: fix a mistake with a new one, never by editing.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_foundation': m0001,
  '0002_import_mappings': m0002,
  '0004_measures': m0004,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!;
