import { NUMERIC_FIELDS, type DayValues } from '../../../../shared/domain/dailyFields';
import type { DailyRecord } from '../../../../shared/contract/days';
import type { DailyRecordsTable } from '../../store/tables/foundation';
import type { Selectable, Updateable } from 'kysely';

/** Mapping between daily_records rows and the contract's DayValues, driven by the field registry. */

export type DailyRecordRow = Selectable<DailyRecordsTable>;

export function rowToValues(row: DailyRecordRow): DayValues {
  const values = Object.fromEntries(
    NUMERIC_FIELDS.map((f) => [f.key, row[f.column as keyof DailyRecordRow] as number | null]),
  ) as DayValues;
  values.portOpen = row.port_open === null ? null : row.port_open === 1;
  values.closureReason = row.closure_reason;
  values.note = row.note;
  return values;
}

/** The value columns of a row (everything but keys and provenance). */
export type DailyValueColumns = Omit<Updateable<DailyRecordsTable>, 'id' | 'port_id' | 'date'>;

/** 口岸开放 as its column holds it (1, 0 or NULL). */
export function portOpenColumn(portOpen: boolean | null): number | null {
  return portOpen === null ? null : portOpen ? 1 : 0;
}

export function valuesToColumns(v: DayValues): DailyValueColumns {
  const cols: Record<string, unknown> = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.column, v[f.key]]));
  cols.port_open = portOpenColumn(v.portOpen);
  cols.closure_reason = v.closureReason;
  cols.note = v.note;
  return cols as DailyValueColumns;
}

export function rowToRecord(row: DailyRecordRow): DailyRecord {
  return {
    portId: row.port_id,
    date: row.date,
    values: rowToValues(row),
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    isDemo: row.is_demo === 1,
  };
}
