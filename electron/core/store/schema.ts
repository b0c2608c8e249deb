import type { FoundationTables } from './tables/foundation';
import type { ImportExportTables } from './tables/importExport';
import type { CalendarTables } from './tables/calendar';
import type { MeasureTables } from './tables/measures';
import type { TrustTables } from './tables/trust';
import type { BriefingTables } from './tables/briefing';
import type { TrsTables } from './tables/trs';
import type { CentralSyncTables } from './tables/central';

/**
 * The whole database as Kysely sees it: each domain declares its tables in ./tables/<domain>.ts
 * and they are joined here.
 */
export interface Database extends FoundationTables, ImportExportTables, CalendarTables, MeasureTables, TrustTables, BriefingTables, TrsTables, CentralSyncTables {}
