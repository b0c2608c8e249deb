import { checkDayValues } from '../../../../../shared/contract/dayValues';
import type { ImportPreview } from '../../../../../shared/contract/importExport';
import { changedFields, DAY_VALUE_LABELS, isBlankDay, type DayValueKey, type DayValues } from '../../../../../shared/domain/dailyFields';
import type { Store } from '../../../store/openStore';
import { readDays } from '../../../data/dailyRecords';
import type { DayToWrite } from '../../days/dayWriter';
import { rowToValues, type DailyRecordRow } from '../../days/dayRecordRows';
import { findRangeWarnings, historyStart } from '../../days/rangeWarnings';
import { demoFields, readValueSources } from '../../days/valueSources';
import type { InvalidCell, ParsedDay } from './convertRows';

/** Entries per list in the preview; the counts are always complete. */
export const PREVIEW_LIST_LIMIT = 500;

export interface ComparedImport {
  preview: ImportPreview;
  /** what applying writes: new and changed days only, each with the revision it was compared with */
  toWrite: Map<number, DayToWrite[]>;
  /**
   * for each proposed closure (closureKey), what is written instead when the clerk declines it: the
   * row as filed, merged with the store the same way (null: that leaves the day as stored)
   */
  declined: Map<string, DayToWrite | null>;
}

/** A proposed closure's key, as applyImport's decisions name it. */
export function closureKey(portId: number, date: string): string {
  return `${portId}|${date}`;
}

/** The day as the import leaves it: the row's given fields over what the store has. */
function mergeOver(before: DayValues | null, values: DayValues, mappedKeys: readonly DayValueKey[]): DayValues {
  if (!before) return values;
  const merged = { ...before };
  for (const key of mappedKeys) if (values[key] !== null) (merged as Record<DayValueKey, unknown>)[key] = values[key];
  return merged;
}

type RangeWarningEntry = ImportPreview['rangeWarnings'][number];

/** The port's stored days from the window before the file's first date (the range check's history) to its last. */
function existingRows(store: Store, portId: number, from: string, to: string): Map<string, DailyRecordRow> {
  return new Map(readDays(store.sqlite, portId, historyStart(from), to).map((r) => [r.date, r]));
}

/**
 * The file's days against the store: new, changed (field by field) or unchanged. A blank cell means
 * "not known", so it never erases a figure already stored; only the fields a row gives are changed.
 * The merged day is checked again by the day rules (a day marked closed in the file may have traffic
 * in the store), and refused at its row if it breaks them.
 *
 * Figures far outside the port's usual range are listed as warnings (rangeWarnings.ts): the history
 * is the store as the import will leave it, so a file's own earlier rows count.
 */
export function comparePreview(
  store: Store,
  converted: { days: readonly ParsedDay[]; invalid: readonly InvalidCell[]; invalidRows: number },
  sheetOrder: readonly string[],
): ComparedImport {
  const { days, invalid, invalidRows } = converted;
  const byPort = new Map<number, ParsedDay[]>();
  for (const d of days) {
    const list = byPort.get(d.port.id);
    if (list) list.push(d);
    else byPort.set(d.port.id, [d]);
  }

  const preview: ImportPreview = {
    counts: { newDays: 0, changedDays: 0, unchangedDays: 0, invalidRows, rangeWarnings: 0, proposedClosures: 0 },
    newDays: [],
    proposedClosures: [],
    changedDays: [],
    invalidRows: [],
    rangeWarnings: [],
    listLimit: PREVIEW_LIST_LIMIT,
    from: null,
    to: null,
    ports: [],
    ignoredColumns: [],
  };
  const toWrite = new Map<number, DayToWrite[]>();
  const declined = new Map<string, DayToWrite | null>();
  const refused: InvalidCell[] = [...invalid];
  const warnings: RangeWarningEntry[] = [];

  for (const [portId, portDays] of byPort) {
    const port = portDays[0]!.port;
    let from = portDays[0]!.date;
    let to = from;
    for (const d of portDays) {
      if (d.date < from) from = d.date;
      if (d.date > to) to = d.date;
    }
    const existing = existingRows(store, portId, from, to);
    const writes: DayToWrite[] = [];
    /** the file's row of each write */
    const writtenRows: ParsedDay[] = [];
    let valid = 0;

    // Where a listed day is in the file and the store: made only for the days the preview lists.
    const placeOf = (day: ParsedDay) => ({ sheet: day.sheet, row: day.row, portId, portName: port.name, date: day.date });
    for (const day of portDays) {
      const stored = existing.get(day.date);
      const before = stored ? rowToValues(stored) : null;
      let merged: DayValues = mergeOver(before, day.values, day.mappedKeys);
      if (before) {
        const checked = checkDayValues(merged);
        if (!checked.success) {
          for (const issue of checked.error.issues) {
            const key = issue.path[0] as DayValueKey;
            refused.push({
              sheet: day.sheet,
              row: day.row,
              column: day.columns[key] ?? DAY_VALUE_LABELS[key] ?? '—',
              reason: `${issue.message}（与系统中该日已有的数据合并后）`,
            });
          }
          preview.counts.invalidRows++;
          continue;
        }
        merged = checked.data;
      }
      valid++;
      if (preview.from === null || day.date < preview.from) preview.from = day.date;
      if (preview.to === null || day.date > preview.to) preview.to = day.date;

      // A new day's changes are all its fields: only a changed day needs the comparison.
      const changes = before ? changedFields(before, merged) : null;
      // The figures the file gives are the file's from now on, also where the store had the same (valueSources.ts).
      const claimed = day.mappedKeys.filter((k) => day.values[k] !== null);
      if (changes ? changes.length === 0 : isBlankDay(merged)) {
        preview.counts.unchangedDays++;
        // Same figures as demo ones: written only to make them the file's, so that removing the demo keeps them.
        if (stored && claimsDemoValue(stored, claimed)) {
          writes.push({ date: day.date, values: merged, expectedRevision: stored.revision, claimed });
          writtenRows.push(day);
        }
        continue;
      }
      writes.push({ date: day.date, values: merged, expectedRevision: stored?.revision ?? null, claimed });
      writtenRows.push(day);
      if (day.proposedClosure) {
        preview.counts.proposedClosures++;
        if (preview.proposedClosures.length < PREVIEW_LIST_LIMIT) preview.proposedClosures.push({ ...placeOf(day), reason: day.proposedClosure.reason });
        const asFiled = checkDayValues(mergeOver(before, day.proposedClosure.asFiled, day.mappedKeys));
        const keep = asFiled.success && (before ? changedFields(before, asFiled.data).length > 0 : !isBlankDay(asFiled.data));
        declined.set(closureKey(portId, day.date), keep && asFiled.success ? { date: day.date, values: asFiled.data, expectedRevision: stored?.revision ?? null } : null);
      }
      if (changes) {
        preview.counts.changedDays++;
        if (preview.changedDays.length < PREVIEW_LIST_LIMIT) preview.changedDays.push({ ...placeOf(day), changes: changes as ImportPreview['changedDays'][number]['changes'] });
      } else {
        preview.counts.newDays++;
        if (preview.newDays.length < PREVIEW_LIST_LIMIT) preview.newDays.push({ ...placeOf(day), values: merged });
      }
    }
    if (writes.length > 0) toWrite.set(portId, writes);
    for (const w of findRangeWarnings(existing, writes)) {
      const day = writtenRows[w.index]!;
      warnings.push({
        sheet: day.sheet,
        row: day.row,
        portId,
        portName: port.name,
        date: day.date,
        field: w.field.key,
        column: day.columns[w.field.key] ?? w.field.label,
        message: w.message,
      });
    }
    preview.ports.push({ portId, portName: port.name, days: valid });
  }

  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  refused.sort((a, b) => (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) || a.row - b.row);
  preview.invalidRows = refused.slice(0, PREVIEW_LIST_LIMIT);
  // In the file's order, so that the list can be checked against the sheet; a row's figures in registry order.
  warnings.sort((a, b) => (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) || a.row - b.row);
  preview.counts.rangeWarnings = warnings.length;
  preview.rangeWarnings = warnings.slice(0, PREVIEW_LIST_LIMIT);
  preview.newDays.sort(byPlace);
  preview.changedDays.sort(byPlace);
  preview.proposedClosures.sort(byPlace);
  return { preview, toWrite, declined };
}

function claimsDemoValue(stored: DailyRecordRow, claimed: readonly DayValueKey[]): boolean {
  if (stored.is_demo !== 1) return false;
  const demo = demoFields(readValueSources(stored.value_sources));
  return claimed.some((k) => demo.includes(k));
}

function byPlace(a: { portId: number; date: string }, b: { portId: number; date: string }): number {
  return a.portId - b.portId || a.date.localeCompare(b.date);
}
