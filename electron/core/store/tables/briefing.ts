import type { Generated } from 'kysely';

/** Row types of the briefing's table (migration 0006). */
export interface BriefingRemarksTable {
  id: Generated<number>;
  /** null: the briefing of all ports together */
  port_id: number | null;
  period_kind: string;
  period_from: string;
  period_to: string;
  text: string;
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface BriefingTables {
  briefing_remarks: BriefingRemarksTable;
}
