import type { DayTypeInfo } from '../../../../shared/domain/dayType';
import type { CoreDeps } from '../../types';
import { rowToValues, type DailyRecordRow } from '../dayRecordRows';
import type { ExportRow } from './exportColumns';
import { periodHoldsDemo } from '../demo/demoInPeriod';

export interface ExportSelection {
  portIds: number[];
  from: string;
  to: string;
}

export interface LoadedExport {
  /** ports in the order asked, each with its days in date order; ports without days are left out */
  ports: { id: number; name: string; rows: ExportRow[] }[];
  rows: number;
  includesDemo: boolean;
}

/** The stored days of the chosen ports and period (days without a record are not exported). */
export function loadExportRows(deps: CoreDeps, selection: ExportSelection): LoadedExport {
  const { sqlite } = deps.store;
  const portRow = sqlite.prepare('SELECT id, name FROM ports WHERE id = ?');
  const records = sqlite.prepare('SELECT * FROM daily_records WHERE port_id = ? AND date BETWEEN ? AND ? ORDER BY date');
  const out: LoadedExport = { ports: [], rows: 0, includesDemo: false };
  for (const portId of new Set(selection.portIds)) {
    const port = portRow.get(portId) as { id: number; name: string } | undefined;
    if (!port) continue;
    const stored = records.all(portId, selection.from, selection.to) as DailyRecordRow[];
    if (stored.length === 0) continue;
    const types = new Map<string, DayTypeInfo>(
      deps.dayTypes.range(portId, stored[0]!.date, stored.at(-1)!.date).map((t) => [t.date, t]),
    );
    const rows = stored.map((r) => ({ portName: port.name, date: r.date, dayType: types.get(r.date), values: rowToValues(r) }));
    out.ports.push({ id: port.id, name: port.name, rows });
    out.rows += rows.length;
  }
  out.includesDemo = periodHoldsDemo(sqlite, { portIds: out.ports.map((p) => p.id), from: selection.from, to: selection.to });
  return out;
}
