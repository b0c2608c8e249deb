import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../store/tables/trust';
import type { DailyRecordsTable } from '../store/tables/foundation';

/** Row types of the central PostgreSQL database (central/migrations). */
export interface OfficesTable {
  /** the office's PostgreSQL login role */
  name: string;
  title: string;
}

export interface CentralPortsTable {
  code: string;
  name: string;
  /** the one office that writes this port's days */
  office: string;
}

/** A day as the office store keeps it, keyed by port code instead of the store's own ids. */
export type CentralDaysTable = Omit<Selectable<DailyRecordsTable>, 'id' | 'port_id' | 'is_demo'> & {
  port_code: string;
  /** chained hash of the day's revisions up to `revision` (dayRevisionHash) */
  revision_hash: string;
};

export interface CentralDayRevisionsTable {
  port_code: string;
  date: string;
  revision: number;
  changed_at: string;
  changed_by: string;
  source: string;
  changes: string;
}

export interface OfficeDocumentsTable {
  office: string;
  kind: string;
  key: string;
  body: string;
  hash: string;
}

export type AuditEntriesTable = AuditLogTable & { office: string };

export interface CentralDatabase {
  offices: OfficesTable;
  ports: CentralPortsTable;
  days: CentralDaysTable;
  day_revisions: CentralDayRevisionsTable;
  office_documents: OfficeDocumentsTable;
  audit_entries: AuditEntriesTable;
}
