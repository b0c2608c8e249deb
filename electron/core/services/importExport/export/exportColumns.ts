import { DAY_VALUE_LABELS, NUMERIC_FIELDS, type DayValues, type NumericFieldDef } from '../../../../../shared/domain/dailyFields';
import { DAY_TYPE_LABELS, type DayTypeInfo } from '../../../../../shared/domain/dayType';
import { formatScaled } from '../../../../../shared/domain/scaledNumber';

/** One day of one port, as exported. */
export interface ExportRow {
  portName: string;
  date: string;
  dayType: DayTypeInfo | undefined;
  values: DayValues;
}

export type ExportCell = string | number | Date | null;

export interface ExportColumn {
  /** the header, with the unit the figures are written in, so the file reads back without guessing */
  header: string;
  width: number;
  /** Excel number format of the column's cells */
  numFmt?: string;
  /** the cell in a workbook (numbers and dates as such) */
  xlsx(row: ExportRow): ExportCell;
  /** the cell in a CSV: exact decimals, no grouping, so a spreadsheet reads them as numbers (text is guarded by csvDocument) */
  csv(row: ExportRow): string;
}

function numFmtOf(def: NumericFieldDef): string {
  if (def.scale === 0) return '#,##0';
  if (def.unit === '小时') return '0.00';
  return `#,##0.${'0'.repeat(def.scale)}`;
}

function numericColumn(def: NumericFieldDef): ExportColumn {
  const text = (row: ExportRow) => {
    const v = row.values[def.key];
    return v === null ? null : formatScaled(v, def.scale);
  };
  return {
    header: `${def.label}(${def.unit})`,
    width: Math.max(12, def.label.length * 2 + 6),
    numFmt: numFmtOf(def),
    // A float of the display figure (123.456 吨) reads back to the same decimal: at most 15 digits.
    xlsx: (row) => {
      const t = text(row);
      return t === null ? null : Number(t);
    },
    csv: (row) => text(row) ?? '',
  };
}

/** The export's columns, in order: port, date, day type, every figure of the registry, then the operations text. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: '口岸', width: 12, xlsx: (r) => r.portName, csv: (r) => r.portName },
  {
    header: '日期',
    width: 12,
    numFmt: 'yyyy-mm-dd',
    // A real date cell (sortable, filterable in Excel), at UTC midnight as exceljs reads dates back.
    xlsx: (r) => new Date(`${r.date}T00:00:00Z`),
    csv: (r) => r.date,
  },
  {
    header: '日期类型',
    width: 12,
    xlsx: (r) => dayTypeText(r.dayType),
    csv: (r) => dayTypeText(r.dayType),
  },
  ...NUMERIC_FIELDS.map(numericColumn),
  {
    header: DAY_VALUE_LABELS.portOpen,
    width: 10,
    xlsx: (r) => openText(r.values.portOpen),
    csv: (r) => openText(r.values.portOpen) ?? '',
  },
  { header: DAY_VALUE_LABELS.closureReason, width: 16, xlsx: (r) => r.values.closureReason, csv: (r) => r.values.closureReason ?? '' },
  { header: DAY_VALUE_LABELS.note, width: 30, xlsx: (r) => r.values.note, csv: (r) => r.values.note ?? '' },
];

function openText(open: boolean | null): string | null {
  return open === null ? null : open ? '是' : '否';
}

function dayTypeText(info: DayTypeInfo | undefined): string {
  if (!info) return '';
  const label = DAY_TYPE_LABELS[info.type];
  return info.name ? `${label}（${info.name}）` : label;
}
