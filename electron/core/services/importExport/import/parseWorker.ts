import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../../shared/contract/result';
import { packSpreadsheet, type PackedSpreadsheet } from './packedSheets';
import { readSpreadsheet } from './readSpreadsheet';

/**
 * The thread that reads untrusted import files (see readInWorker): one file per message, answered
 * with its sheets or with the refusal. It holds no store and no session; the worst a file can do
 * here is run out of this thread's memory or time, and the host ends the thread then.
 */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

export type ParseAnswer =
  | { id: number; ok: true; data: PackedSpreadsheet }
  | { id: number; ok: false; refusal: { message: string; details: string[] } | null; internal: string | null };

const port = parentPort;
if (port) {
  port.on('message', async ({ id, fileName, bytes }: ParseRequest) => {
    let answer: ParseAnswer;
    try {
      answer = { id, ok: true, data: packSpreadsheet(await readSpreadsheet(fileName, bytes)) };
    } catch (e) {
      answer =
        e instanceof AppError
          ? { id, ok: false, refusal: { message: e.message, details: Array.isArray(e.details) ? e.details.map(String) : [] }, internal: null }
          : { id, ok: false, refusal: null, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(answer);
  });
}
