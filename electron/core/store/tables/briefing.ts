import type { Generated } from 'kysely';

/** Row types of the briefing's remarks (migration 0006). */
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

/** The one row of the 简报's letterhead (migration 0010). */
export interface BriefingLetterheadTable {
  id: number;
  publication: string;
  issuing_body: string;
  report_to: string;
  copy_to: string;
  next_number: number;
  /** the year next_number belongs to: a new year starts again at 1 */
  next_number_year: number;
  updated_at: string | null;
  updated_by: string | null;
}

/** An issued briefing and its number (migration 0010). */
export interface BriefingIssuesTable {
  id: Generated<number>;
  port_id: number | null;
  period_kind: string;
  period_from: string;
  period_to: string;
  issue_year: number;
  issue_number: number;
  issued_on: string;
  issued_at: string;
  issued_by: string;
}

export interface BriefingTables {
  briefing_remarks: BriefingRemarksTable;
  briefing_letterhead: BriefingLetterheadTable;
  briefing_issues: BriefingIssuesTable;
}
