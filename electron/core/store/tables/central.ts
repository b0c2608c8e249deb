/** Row types of the office store's sync bookkeeping (migrations 0012 and 0016). */
export interface CentralPortsTable {
  port_id: number;
  /** the office that owns the port's figures */
  office: string;
  pulled_at: string;
  /** the hash of the other office's calendar entries for the port as last pulled (migration 0016) */
  calendar_hash: string | null;
}

export interface CentralDocumentsTable {
  kind: string;
  key: string;
  hash: string;
}

/** An own day's revision that the central database is known to hold. */
export interface CentralDaysTable {
  record_id: number;
  revision: number;
}

/** A measure pulled from the central database: another office's, read-only here. */
export interface CentralMeasuresTable {
  measure_id: number;
  office: string;
  /** the hash of the server's copy it was made from */
  hash: string;
}

export interface CentralSyncTables {
  central_ports: CentralPortsTable;
  central_documents: CentralDocumentsTable;
  central_days: CentralDaysTable;
  central_measures: CentralMeasuresTable;
}
