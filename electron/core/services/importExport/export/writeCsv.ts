import type { Writable } from 'node:stream';
import { CSV_BOM, csvLine } from '../../../csvDocument';
import { EXPORT_COLUMNS } from './exportColumns';
import { drained, finished, type ExportWriter } from './exportWriter';

/**
 * The export as one CSV table (see csvDocument: UTF-8 with a BOM, CRLF, every text cell guarded),
 * written a page of rows per chunk. A `note` ("含演示数据（虚构）") is a line of its own before the
 * header: CSV has no sheet header to put it in, and the import finds the header below it as it finds
 * any title line.
 */
export function createCsvWriter(out: Writable, note?: string): ExportWriter {
  out.write(CSV_BOM + (note ? csvLine([note]) : '') + csvLine(EXPORT_COLUMNS.map((c) => c.header)));
  return {
    startSheet() {
      // One table for every port: the port column tells them apart.
    },
    addRows(rows) {
      let chunk = '';
      for (const row of rows) chunk += csvLine(EXPORT_COLUMNS.map((c) => c.csv(row)));
      out.write(chunk);
    },
    caughtUp: () => drained(out),
    finish() {
      const done = finished(out);
      out.end();
      return done;
    },
  };
}
