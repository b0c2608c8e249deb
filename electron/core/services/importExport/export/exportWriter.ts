import { PassThrough, type Writable } from 'node:stream';
import type { ExportRow } from './exportColumns';

/**
 * A file of the export written as it is read: rows go out a page at a time, so the file, not the
 * memory, grows with the period. A CSV is one table; a workbook starts a sheet per port on request.
 */
export interface ExportWriter {
  startSheet(): void;
  addRows(rows: readonly ExportRow[]): void;
  /**
   * Resolves once what was added has gone on towards the file (no stage holds more than its own
   * small buffer): the caller waits for it before reading the next page, so memory holds one page.
   */
  caughtUp(): Promise<void>;
  /** writes what is left, ends the stream, and resolves once it is flushed */
  finish(): Promise<void>;
}

/** Resolves when a stream has flushed everything (or rejects with its error). */
export function finished(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.errored) return reject(out.errored);
    if (out.writableFinished) return resolve();
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
  });
}

/** Resolves once a stream that said "enough" (write returned false) wants more. */
export function drained(out: Writable): Promise<void> {
  if (out.errored) return Promise.reject(out.errored);
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('error', fail);
      resolve();
    };
    const fail = (e: Error) => {
      out.off('drain', done);
      reject(e);
    };
    out.once('drain', done);
    out.once('error', fail);
  });
}

/** A stream that keeps what is written to it, for an export answered in one piece (small periods). */
export function inMemory(): { out: Writable; bytes(): Buffer } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, bytes: () => Buffer.concat(chunks) };
}
