import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unpackSpreadsheet } from './packedSheets';
import type { ParseAnswer, ParseRequest } from './parseWorker';
import { refuse } from './refusal';
import type { SpreadsheetData } from './sheetData';

/**
 * Import files come from anywhere, and reading one is where a file can do harm: a workbook that
 * expands to gigabytes, a reader caught in a loop. They are therefore read off the host's thread,
 * in a worker with its own memory cap and a time limit: the host keeps answering everyone else
 * meanwhile, and a file that reaches either limit ends the worker, never the program.
 */
export interface ReadLimits {
  /** the worker's JavaScript heap; a 100,000-row CSV needs about a third of it */
  memoryMb: number;
  /** the longest a file may take to read; the largest real files take a few seconds */
  timeMs: number;
}

export const READ_LIMITS: ReadLimits = { memoryMb: 512, timeMs: 60_000 };

const MEMORY_MESSAGE = '这个文件读取时需要的内存超过了上限，文件可能已损坏或被故意构造；未写入任何数据。如确是数据文件，请按年份或口岸拆分成几个文件后分别导入。';
const TIME_MESSAGE = '这个文件读取时间过长，已停止读取，文件可能已损坏或被故意构造；未写入任何数据。如确是数据文件，请按年份或口岸拆分成几个文件后分别导入。';

/**
 * Where the worker's code is: parseWorker.js beside this module in the built app (electron-vite
 * builds it as an entry of its own, see electron.vite.config.ts), else the TypeScript source, which
 * is loaded through tsx as the rest of the program is when run from source (CLI, browser host, tests).
 */
function workerScript(): { code: string | URL; eval: boolean } {
  const built = new URL('./parseWorker.js', import.meta.url);
  if (fs.existsSync(fileURLToPath(built))) return { code: built, eval: false };
  const source = new URL('./parseWorker.ts', import.meta.url);
  // A worker's first module is loaded before any --import hook reaches it, and tsx's plain entry
  // registers itself on the main thread only: a small script registers tsx through its API first,
  // then imports the TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  return { code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`, eval: true };
}

let script: ReturnType<typeof workerScript> | null = null;
/** A started worker is kept for the next file (starting one costs up to a second from source). */
let idle: { worker: Worker; limits: ReadLimits } | null = null;
let nextId = 1;

function startWorker(limits: ReadLimits): Worker {
  script ??= workerScript();
  return new Worker(script.code, {
    eval: script.eval,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.memoryMb / 8)) },
    stdout: false,
    stderr: false,
  });
}

function takeWorker(limits: ReadLimits): Worker {
  if (idle && idle.limits.memoryMb === limits.memoryMb) {
    const { worker } = idle;
    idle = null;
    worker.ref();
    return worker;
  }
  return startWorker(limits);
}

/** A job's own listeners (never all: Worker keeps internal ones that deliver its messages). */
function forget(worker: Worker): void {
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
}

function keepOrEnd(worker: Worker, limits: ReadLimits): void {
  forget(worker);
  if (idle) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process alive, nor outlive a crash unnoticed.
  worker.unref();
  worker.on('error', () => {
    if (idle?.worker === worker) idle = null;
  });
  worker.on('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
  idle = { worker, limits };
}

/**
 * Starts the worker ahead of the first file, for hosts that run from source (the browser mode), where
 * starting it means compiling its TypeScript first: the first import would otherwise wait for that.
 */
export function warmReadWorker(): void {
  if (!idle) keepOrEnd(startWorker(READ_LIMITS), READ_LIMITS);
}

/** Ends the kept worker (a host shutting down; tests). */
export async function endReadWorker(): Promise<void> {
  const kept = idle;
  idle = null;
  if (kept) await kept.worker.terminate();
}

/**
 * Reads an import file in the worker: its sheets, or a refusal (AppError) with one Chinese sentence
 * when the file is refused, runs out of memory or of time.
 */
export function readSpreadsheetInWorker(fileName: string, bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<SpreadsheetData> {
  const worker = takeWorker(limits);
  const id = nextId++;
  return new Promise<SpreadsheetData>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (keep) keepOrEnd(worker, limits);
      else {
        forget(worker);
        void worker.terminate();
      }
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(refuse(TIME_MESSAGE)), false), limits.timeMs);
    worker.on('message', (answer: ParseAnswer) => {
      if (answer.id !== id) return;
      if (answer.ok) finish(() => resolve(unpackSpreadsheet(answer.data)), true);
      else if (answer.refusal) finish(() => reject(refuse(answer.refusal!.message, answer.refusal!.details)), true);
      else finish(() => reject(new Error(answer.internal ?? 'worker failed')), false);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(outOfMemory ? refuse(MEMORY_MESSAGE) : e), false);
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`import worker exited (${code})`)), false));
    // The worker gets its own copy: the caller's bytes stay as they are (no transfer), and copying a
    // file of at most 20 MB is a memcpy.
    worker.postMessage({ id, fileName, bytes } satisfies ParseRequest);
  });
}
