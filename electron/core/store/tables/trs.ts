import type { Generated } from 'kysely';

/** Row type of the Time Release Study's table (migration 0011). Stamps and stages in minutes. */
export interface TrsDeclarationsTable {
  id: Generated<number>;
  port_id: number;
  declaration_no: string;
  direction: 'import' | 'export';
  inspected: number;
  arrival_at: number | null;
  declared_at: number;
  inspection_start_at: number | null;
  inspection_end_at: number | null;
  released_at: number | null;
  exit_at: number | null;
  declared_date: string;
  arrival_to_declaration_min: number | null;
  declaration_to_release_min: number | null;
  inspection_min: number | null;
  release_to_exit_min: number | null;
  whole_min: number | null;
  is_demo: Generated<number>;
  imported_at: string;
  imported_by: string;
}

/** Per port, day and direction: the count and sum of whole times, kept by triggers (migration 0011). */
export interface TrsDailyTable {
  port_id: number;
  date: string;
  direction: 'import' | 'export';
  declarations: number;
  whole_count: number;
  whole_sum_min: number;
}

export interface TrsTables {
  trs_declarations: TrsDeclarationsTable;
  trs_daily: TrsDailyTable;
}
