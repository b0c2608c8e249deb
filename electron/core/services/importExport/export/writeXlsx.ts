import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS } from './exportColumns';
import { drained, finished, type ExportWriter } from './exportWriter';
import { rowsXml, type CellKind, type StyleIdOf } from './xlsxRowXml';

/** Characters Excel forbids in a sheet name, and its length limit. */
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*:[\]]/g;
const MAX_SHEET_NAME = 31;

export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(FORBIDDEN_IN_SHEET_NAME, '_').slice(0, MAX_SHEET_NAME).trim() || '数据';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** What writeXlsx reaches inside exceljs's streaming writer; none of it is in exceljs's types. */
interface SheetInternals {
  /** the sheet's XML as it is written (exceljs's StreamBuf), open once the header rows are committed */
  stream: Writable & { pipes?: unknown[] };
}
type ZipEntry = Writable & { _writableState: { needDrain: boolean } };
interface WorkbookInternals {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
}

/**
 * The stream the zip reads a sheet's XML from. exceljs's sheet buffer hands it 64 KB pieces without
 * heeding its answer, and the zip reads it only as fast as it compresses (and only once the sheets
 * before it are done): waiting for this stream to drain is what keeps the rows from piling up in
 * memory. Fails loudly rather than exporting with memory that grows, should exceljs change.
 */
function zipEntryOf(ws: ExcelJS.Worksheet): ZipEntry {
  const entry = (ws as unknown as SheetInternals).stream.pipes?.[0] as ZipEntry | undefined;
  if (!entry?._writableState || typeof entry.once !== 'function') throw new Error('exceljs sheet stream has no zip entry to wait on');
  return entry;
}

/**
 * Resolves once the zip has read the entry's backlog. The entry is an older readable-stream (no
 * writableNeedDrain), hence its state. A file stream that fails or closes meanwhile (a full disk,
 * a cancel) ends the wait: the zip would never read on.
 */
function entryDrained(entry: ZipEntry, out: Writable): Promise<void> {
  if (!entry._writableState.needDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      entry.off('drain', done);
      out.off('error', fail);
      out.off('close', done);
      resolve();
    };
    const fail = (e: Error) => {
      done();
      reject(e);
    };
    entry.once('drain', done);
    out.once('error', fail);
    out.once('close', done);
  });
}

const VALUE_TYPES: Record<CellKind, ExcelJS.ValueType> = { number: ExcelJS.ValueType.Number, string: ExcelJS.ValueType.String, date: ExcelJS.ValueType.Date };

/**
 * A workbook with Chinese headers (units included), the header row and the port/date columns frozen,
 * and number formats per column, written with exceljs's streaming writer: a sheet is closed before
 * the next starts. Strings are written in their cells rather than in a shared table, which would hold
 * every distinct text (each day's note) in memory until the end. Data rows are written as XML a page
 * at a time (xlsxRowXml), each cell with the style exceljs gives its column's format.
 *
 * `sheetNameList` are all the sheets' names, made unique and valid together up front. A `note`
 * ("含演示数据（虚构）") stands above the header of every sheet, so that no sheet is read without it.
 */
export function createXlsxWriter(out: Writable, title: string, sheetNameList: readonly string[], note?: string): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.title = title;
  workbook.creator = '樟木口岸通关效率跟踪';
  const names = sheetNames(sheetNameList);
  const styles = (workbook as unknown as WorkbookInternals).styles;
  // Every sheet has the same columns, so one id per column and kind of cell serves them all.
  const styleIds = new Map<string, number>();
  const styleIdOf: StyleIdOf = (column, kind) => {
    const key = `${column}:${kind}`;
    let id = styleIds.get(key);
    if (id === undefined) {
      const numFmt = EXPORT_COLUMNS[column]!.numFmt;
      id = styles.addStyleModel(numFmt ? { numFmt } : {}, VALUE_TYPES[kind]);
      styleIds.set(key, id);
    }
    return id;
  };
  let sheet: { ws: ExcelJS.Worksheet; xml: Writable; entry: ZipEntry; nextRow: number } | null = null;

  const closeSheet = () => {
    sheet?.ws.commit();
    sheet = null;
  };

  return {
    startSheet() {
      closeSheet();
      const ws = workbook.addWorksheet(names.shift() ?? '数据', { views: [{ state: 'frozen', xSplit: 2, ySplit: note ? 2 : 1 }] });
      ws.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
      if (note) {
        const noteRow = ws.addRow([note]);
        noteRow.font = { bold: true, color: { argb: 'FFC00000' } };
        noteRow.commit();
      }
      const header = ws.addRow(EXPORT_COLUMNS.map((c) => c.header));
      header.font = { bold: true };
      header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      header.commit();
      sheet = { ws, xml: (ws as unknown as SheetInternals).stream, entry: zipEntryOf(ws), nextRow: header.number + 1 };
    },
    addRows(rows) {
      if (!sheet) throw new Error('startSheet first');
      sheet.xml.write(rowsXml(rows, sheet.nextRow, styleIdOf));
      sheet.nextRow += rows.length;
    },
    async caughtUp() {
      if (sheet) await entryDrained(sheet.entry, out);
      await drained(out);
    },
    async finish() {
      closeSheet();
      const done = finished(out);
      await workbook.commit();
      await done;
    },
  };
}
