import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_import_mappings';
import * as m0003 from './0003_calendar';
import * as m0004 from './0004_measures';
import * as m0005 from './0005_accounts_audit';
import * as m0006 from './0006_briefing_remarks';
import * as m0010 from './0010_briefing_issues';
import * as m0011 from './0011_trs_declarations';
import * as m0012 from './0012_central_sync';
import * as m0013 from './0013_value_provenance';
import * as m0014 from './0014_port_status';
import * as m0016 from './0016_central_held_and_pulled';

/**
 * Every migration, in order. Names are zero-padded so that their order is their sort order.
 * A migration is frozen once it has landed: fix a mistake with a new one, never by editing.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_foundation': m0001,
  '0002_import_mappings': m0002,
  '0003_calendar': m0003,
  '0004_measures': m0004,
  '0005_accounts_audit': m0005,
  '0006_briefing_remarks': m0006,
  '0010_briefing_issues': m0010,
  '0011_trs_declarations': m0011,
  '0012_central_sync': m0012,
  '0013_value_provenance': m0013,
  '0014_port_status': m0014,
  '0016_central_held_and_pulled': m0016,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!;
