import type { Generated } from 'kysely';

/** Row types of the measure register (migration 0004). */
export interface MeasuresTable {
  id: Generated<number>;
  code: string;
  title: string;
  category: string;
  description: string;
  lead_unit: string;
  /** JSON array of unit names */
  partner_units: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  revision: number;
  is_demo: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface MeasurePortsTable {
  measure_id: number;
  port_id: number;
}

export interface MeasureMetricsTable {
  measure_id: number;
  metric: string;
  position: number;
  target_comparator: string | null;
  target_value: number | null;
}

export interface MeasureProgressTable {
  id: Generated<number>;
  measure_id: number;
  date: string;
  /** 'note' | 'status' */
  kind: string;
  from_status: string | null;
  to_status: string | null;
  note: string;
  recorded_at: string;
  recorded_by: string;
  is_demo: number;
}

export interface MeasureTables {
  measures: MeasuresTable;
  measure_ports: MeasurePortsTable;
  measure_metrics: MeasureMetricsTable;
  measure_progress: MeasureProgressTable;
}
