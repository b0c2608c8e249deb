import type { Generated } from 'kysely';

/** Row types of the import's tables (migration 0002). */
export interface ImportMappingsTable {
  /** mappingSignature() of the header row */
  signature: string;
  /** JSON array of the header texts, to show what the mapping was made for */
  headers: string;
  /** JSON ColumnMapping */
  mapping: string;
  updated_at: string;
  updated_by: string;
}

/** Each applied import, which values name as their source (migration 0013). */
export interface DayImportsTable {
  id: Generated<number>;
  file_name: string;
  imported_at: string;
  imported_by: string;
}

export interface ImportExportTables {
  import_mappings: ImportMappingsTable;
  day_imports: DayImportsTable;
}
