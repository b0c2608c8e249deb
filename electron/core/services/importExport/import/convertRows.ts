import { checkDayValues } from '../../../../../shared/contract/dayValues';
import type { Port } from '../../../../../shared/contract/ports';
import type { DayValueKey, DayValues } from '../../../../../shared/domain/dailyFields';
import { columnName, type ImportTarget } from '../../../../../shared/domain/import/headerMatch';
import { isBlankRow, rowToDay } from '../../../../../shared/domain/import/rowToDay';
import { proposedClosure } from '../../../../../shared/domain/import/closureRemark';
import type { AnalysedSheet } from './analyseSheet';

export interface RowRef {
  sheet: string;
  /** the row's number as the sheet shows it */
  row: number;
}

export interface ParsedDay extends RowRef {
  port: Port;
  date: string;
  values: DayValues;
  /**
   * the fields the sheet has a column for (one array shared by its rows); those this row leaves
   * blank, and the others, keep what the store has
   */
  mappedKeys: readonly DayValueKey[];
  /** column name of each field in the file, for messages after merging */
  columns: Partial<Record<DayValueKey, string>>;
  /**
   * the closure reason proposed from the row's remark (closureRemark.ts): `values` then say closed
   * for that reason, and `asFiled` holds the row as the file has it, should the clerk decline
   */
  proposedClosure: { reason: string; asFiled: DayValues } | null;
}

export interface InvalidCell extends RowRef {
  column: string;
  reason: string;
}

export interface ConvertOptions {
  today: string;
  /** the port of every row of a sheet without a port column (the caller makes sure there is one then) */
  defaultPort: Port | null;
  findPort(written: string): Port | null;
  /** called every few hundred rows; returns false to stop (cancelled) */
  onProgress(rowsDone: number): Promise<boolean>;
}

export interface Converted {
  days: ParsedDay[];
  invalid: InvalidCell[];
  invalidRows: number;
  rowsDone: number;
  stopped: boolean;
}

const PROGRESS_EVERY = 1000;

function isValueKey(target: ImportTarget | null): target is DayValueKey {
  return target !== null && target !== 'date' && target !== 'port';
}

/** Data rows of the recognised sheets → days, each refused cell reported under its sheet, row and column. */
export async function convertRows(sheets: readonly AnalysedSheet[], options: ConvertOptions): Promise<Converted> {
  const days: ParsedDay[] = [];
  const invalid: InvalidCell[] = [];
  let invalidRows = 0;
  let rowsDone = 0;
  const rowOptions = { today: options.today, check: checkDayValues };
  // A file names the same few ports on every row: each written name is looked up once.
  const portByName = new Map<string, Port | null>();
  const portNamed = (name: string | null): Port | null => {
    if (name === null) return null;
    let port = portByName.get(name);
    if (port === undefined) {
      port = options.findPort(name);
      portByName.set(name, port);
    }
    return port;
  };

  for (const analysed of sheets) {
    if (analysed.headerIndex === null) continue;
    const { mapping, sheet } = analysed;
    const valueColumns = mapping.filter((m) => isValueKey(m.target));
    const columns = Object.fromEntries(valueColumns.map((m) => [m.target, columnName(m)])) as ParsedDay['columns'];
    const valueKeys = valueColumns.map((m) => m.target as DayValueKey);
    // A proposed closure writes 开放 and 闭关原因 even where the sheet has no column for them.
    const closureKeys = [...new Set<DayValueKey>([...valueKeys, 'portOpen', 'closureReason'])];
    const portColumn = mapping.find((m) => m.target === 'port');
    const portColumnName = portColumn ? columnName(portColumn) : '口岸';

    for (let r = analysed.headerIndex + 1; r < sheet.rows.length; r++) {
      if (++rowsDone % PROGRESS_EVERY === 0 && !(await options.onProgress(rowsDone))) {
        return { days, invalid, invalidRows, rowsDone, stopped: true };
      }
      const cells = sheet.rows[r]!;
      if (isBlankRow(cells)) continue;
      const result = rowToDay(cells, mapping, rowOptions);
      const port = !result.ok ? null : portColumn ? portNamed(result.portName) : options.defaultPort;
      if (result.ok && port && port.disabledAt === null) {
        // The common case allocates nothing beyond the day: a 100,000-row file keeps them all.
        const reason = proposedClosure(result.values);
        if (reason === null) {
          days.push({ sheet: sheet.name, row: r + 1, port, date: result.date, values: result.values, mappedKeys: valueKeys, columns, proposedClosure: null });
        } else {
          const closed = { ...result.values, portOpen: false, closureReason: reason };
          days.push({ sheet: sheet.name, row: r + 1, port, date: result.date, values: closed, mappedKeys: closureKeys, columns, proposedClosure: { reason, asFiled: result.values } });
        }
        continue;
      }
      const ref = { sheet: sheet.name, row: r + 1 };
      if (!result.ok) invalid.push(...result.errors.map((e) => ({ ...ref, ...e })));
      else if (port) invalid.push({ ...ref, column: portColumnName, reason: `口岸“${port.name}”已停用，不能导入新数据` });
      else if (result.portName === null) invalid.push({ ...ref, column: portColumnName, reason: '口岸为空，请填写口岸名称' });
      else if (portColumn) {
        invalid.push({ ...ref, column: portColumnName, reason: `口岸“${result.portName}”不存在，请先在系统中添加该口岸，或改为已有的口岸名称` });
      }
      invalidRows++;
    }
  }
  await options.onProgress(rowsDone);
  return { days, invalid, invalidRows, rowsDone, stopped: false };
}
