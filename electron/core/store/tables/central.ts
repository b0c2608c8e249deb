/** Row types of the office store's sync bookkeeping (migration 0012). */
export interface CentralPortsTable {
  port_id: number;
  /** the office that owns the port's figures */
  office: string;
  pulled_at: string;
}

export interface CentralDocumentsTable {
  kind: string;
  key: string;
  hash: string;
}

export interface CentralSyncTables {
  central_ports: CentralPortsTable;
  central_documents: CentralDocumentsTable;
}
