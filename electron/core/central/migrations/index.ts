import type { Migration } from 'kysely';
import * as m0001 from './0001_central';
import * as m0002 from './0002_central_serve';
import * as m0003 from './0003_value_sources';
import * as m0005 from './0005_office_documents_read';

/**
 * Every migration of the central PostgreSQL database, in order, run by the IT office
 * (`clearance central migrate`). Frozen once landed, like the office store's list
 * (../../store/migrations): a change is a new entry.
 */
export const CENTRAL_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_central': m0001,
  '0002_central_serve': m0002,
  '0003_value_sources': m0003,
  '0005_office_documents_read': m0005,
};

export const LATEST_CENTRAL_MIGRATION = Object.keys(CENTRAL_MIGRATIONS).sort().at(-1)!;
