import type { DayTypeInfo } from '../../../../../shared/domain/dayType';
import type { CoreDeps } from '../../../types';
import { rowToValues } from '../../days/dayRecordRows';
import { findPort } from '../../../data/ports';
import { readDays } from '../../../data/dailyRecords';
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
  const out: LoadedExport = { ports: [], rows: 0, includesDemo: false };
  for (const portId of new Set(selection.portIds)) {
    const port = findPort(sqlite, portId);
    if (!port) continue;
    const stored = readDays(sqlite, portId, selection.from, selection.to);
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
