import { addDays } from '../../../../../shared/domain/dates';
import type { CoreDeps } from '../../../types';
import { findPort } from '../../../data/ports';
import { periodHoldsDemo } from '../demo/demoInPeriod';
import { rowToValues, type DailyRecordRow } from '../../days/dayRecordRows';
import type { ExportRow } from './exportColumns';

export interface ExportSelection {
  portIds: number[];
  from: string;
  to: string;
}

export interface ExportPort {
  id: number;
  name: string;
  /** stored days of the period */
  rows: number;
}

export interface ExportPlan {
  /** ports in the order asked; ports without days are left out */
  ports: ExportPort[];
  rows: number;
  includesDemo: boolean;
}

/**
 * What an export will hold, counted before a row is read: the total for its progress, and whether
 * demo rows are among them (the file's name and title say so, and both are written first).
 */
export function planExport(deps: CoreDeps, selection: ExportSelection): ExportPlan {
  const { sqlite } = deps.store;
  const counted = sqlite.prepare('SELECT COUNT(*) AS n FROM daily_records WHERE port_id = ? AND date BETWEEN ? AND ?');
  const plan: ExportPlan = { ports: [], rows: 0, includesDemo: false };
  for (const portId of new Set(selection.portIds)) {
    const port = findPort(sqlite, portId);
    if (!port) continue;
    const { n } = counted.get(portId, selection.from, selection.to) as { n: number };
    if (n === 0) continue;
    plan.ports.push({ id: port.id, name: port.name, rows: n });
    plan.rows += n;
  }
  // The same question the briefing asks, so a file and a briefing of one period agree.
  plan.includesDemo = periodHoldsDemo(sqlite, { portIds: plan.ports.map((p) => p.id), from: selection.from, to: selection.to });
  return plan;
}

/** Rows read per query: enough that a query's cost is spread, few enough that memory stays flat. */
export const EXPORT_PAGE_ROWS = 2000;

/**
 * One port's days in date order, a page at a time. Each page is a query of its own, keyed on the last
 * date read, so no statement stays open while the writer waits for its file: other calls keep using
 * the store meanwhile, and memory holds one page, whatever the period's length.
 */
export function* exportPages(deps: CoreDeps, port: ExportPort, selection: ExportSelection, pageRows = EXPORT_PAGE_ROWS): Generator<ExportRow[]> {
  const page = deps.store.sqlite.prepare('SELECT * FROM daily_records WHERE port_id = ? AND date >= ? AND date <= ? ORDER BY date LIMIT ?');
  // A port has one record a day, so the next page starts the day after the last one read.
  for (let from = selection.from; ; ) {
    const stored = page.all(port.id, from, selection.to, pageRows) as DailyRecordRow[];
    if (stored.length === 0) return;
    const types = new Map(deps.dayTypes.range(port.id, stored[0]!.date, stored.at(-1)!.date).map((t) => [t.date, t]));
    yield stored.map((r) => ({ portName: port.name, date: r.date, dayType: types.get(r.date), values: rowToValues(r) }));
    if (stored.length < pageRows) return;
    from = addDays(stored.at(-1)!.date, 1);
  }
}
