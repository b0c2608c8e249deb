import type { Migration } from 'kysely';
import * as m0001 from './0001_central';
import * as m0002 from './0002_value_sources';

/**
 * Every migration of the central PostgreSQL database, in order, run by the IT office
 * (`clearance central migrate`). Frozen once landed, like the office store's list
 * (../../store/migrations): a change is a new entry.
 */
export const CENTRAL_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_central': m0001,
  '0002_value_sources': m0002,
};

export const LATEST_CENTRAL_MIGRATION = Object.keys(CENTRAL_MIGRATIONS).sort().at(-1)!;
