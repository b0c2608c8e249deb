import type { Generated } from 'kysely';

/** Row types of the foundation's tables (migration 0001; ports.disabled_at from 0014). */
export interface PortsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
  /** when an administrator disabled the port; null while it takes new figures */
  disabled_at: Generated<string | null>;
}

export interface DailyRecordsTable {
  id: Generated<number>;
  port_id: number;
  date: string;
  import_freight_kg: number | null;
  export_freight_kg: number | null;
  import_value_yuan: number | null;
  export_value_yuan: number | null;
  border_trade_yuan: number | null;
  import_declarations: number | null;
  export_declarations: number | null;
  vehicles_in: number | null;
  vehicles_out: number | null;
  persons_in: number | null;
  persons_out: number | null;
  import_clearance_centihours: number | null;
  export_clearance_centihours: number | null;
  open_centihours: number | null;
  /** 1 open, 0 closed, null not recorded */
  port_open: number | null;
  closure_reason: string | null;
  note: string | null;
  revision: number;
  /** 1 when the day holds at least one value from the demo data set (migration 0013) */
  is_demo: number;
  /** JSON: field → where its stored value came from, typed values left out (services/valueSources.ts, migration 0013) */
  value_sources: Generated<string>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface DailyRecordRevisionsTable {
  id: Generated<number>;
  record_id: number;
  revision: number;
  changed_at: string;
  changed_by: string;
  source: string;
  /** an edit: JSON array of { field, from, to }; a day's first revision: JSON object of field → value (services/days/revisionChanges.ts) */
  changes: string;
}

export interface FoundationTables {
  ports: PortsTable;
  daily_records: DailyRecordsTable;
  daily_record_revisions: DailyRecordRevisionsTable;
}
