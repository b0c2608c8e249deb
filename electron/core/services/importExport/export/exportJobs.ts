import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ExportJob } from '../../../../../shared/contract/importExport';
import { AppError } from '../../../../../shared/contract/result';
import { createExpiringJobs } from '../../../jobs/expiringJobs';

/** An export being written to, or waiting in, a file of the data folder's export folder. */
export interface ExportJobState {
  id: string;
  status: ExportJob['status'];
  rowsWritten: number;
  rowsTotal: number;
  fileName: string;
  mimeType: string;
  includesDemo: boolean;
  error: ExportJob['error'];
  /** where the file is written; removed once fetched, failed or forgotten */
  file: string;
  /** the one-time download key, once the file is complete */
  token: string | null;
  /** the sign-in that started it: only that browser may download the file */
  sessionId: string | null;
  /** the file was sent or saved, and removed */
  fetched: boolean;
  touchedAt: number;
}

/** A finished export's file, handed to the host that sends or saves it. */
export interface ExportDownload {
  file: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** removes the file and forgets the export (after it was sent, or could not be) */
  release(): void;
}

/** The folder under the data folder where exports are written before they are fetched. */
export const EXPORT_FOLDER = 'exports';
/** A file not fetched after this long is removed: the person has gone away or will export again. */
const IDLE_MS = 30 * 60 * 1000;
const MAX_JOBS = 8;

/**
 * Downloads by token, for every core of this process: the browser host holds a token and no handler,
 * and a token is 32 random bytes, never guessed across stores.
 */
const byToken = new Map<string, ExportJobState>();

function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

export function createExportJobs(dataDir: string, clock: () => number = Date.now) {
  const folder = path.join(dataDir, EXPORT_FOLDER);
  const jobs = createExpiringJobs<ExportJobState>({
    idleMs: IDLE_MS,
    maxJobs: MAX_JOBS,
    notFound: '导出任务不存在或已过期，请重新导出',
    clock,
    // A file being written is never pulled from under its writer.
    evictable: (job) => job.status !== 'running',
    onDrop: (job) => {
      if (job.token) byToken.delete(job.token);
      job.token = null;
      removeFile(job.file);
    },
  });

  /** Forgets idle exports, and removes files left by a program that stopped while writing one. */
  function prune(): void {
    jobs.prune();
    const now = clock();
    const live = new Set([...jobs.values()].map((j) => j.file));
    for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      const file = path.join(folder, name);
      if (!live.has(file) && now - fs.statSync(file).mtimeMs > IDLE_MS) removeFile(file);
    }
  }

  return {
    create(init: { fileName: string; mimeType: string; extension: string; rowsTotal: number; includesDemo: boolean; sessionId: string | null }): ExportJobState {
      prune();
      if (jobs.isFull()) throw new AppError('CONFLICT', '正在进行的导出过多，请等前面的导出完成后再试');
      fs.mkdirSync(folder, { recursive: true });
      const id = randomUUID();
      return jobs.add({
        id,
        status: 'running',
        rowsWritten: 0,
        rowsTotal: init.rowsTotal,
        fileName: init.fileName,
        mimeType: init.mimeType,
        includesDemo: init.includesDemo,
        error: null,
        file: path.join(folder, `${id}.${init.extension}`),
        token: null,
        sessionId: init.sessionId,
        fetched: false,
        touchedAt: clock(),
      });
    },

    get: jobs.get,

    done(job: ExportJobState): void {
      job.status = 'done';
      job.token = randomBytes(32).toString('base64url');
      byToken.set(job.token, job);
      job.touchedAt = clock();
    },

    failed(job: ExportJobState, error: { code: string; message: string }): void {
      job.status = 'failed';
      job.error = error;
      removeFile(job.file);
    },

    /** The finished file for the desktop app's save, which needs no token: the job is the caller's own. */
    download(job: ExportJobState): ExportDownload {
      if (job.status !== 'done') throw new AppError('CONFLICT', job.status === 'running' ? '文件还在生成中，请稍候' : '导出没有完成，请重新导出');
      if (job.fetched) throw new AppError('CONFLICT', '这份导出已经保存过了，如需再要一份请重新导出');
      if (job.token) byToken.delete(job.token);
      job.token = null;
      return downloadOf(job, () => {
        job.fetched = true;
        jobs.drop(job);
      });
    },

    view(job: ExportJobState): ExportJob {
      return {
        jobId: job.id,
        status: job.status,
        rowsWritten: job.rowsWritten,
        rowsTotal: job.rowsTotal,
        fileName: job.fileName,
        includesDemo: job.includesDemo,
        error: job.error,
        downloadToken: job.token,
      };
    },
  };
}

function downloadOf(job: ExportJobState, release: () => void): ExportDownload {
  return { file: job.file, fileName: job.fileName, mimeType: job.mimeType, size: fs.statSync(job.file).size, release };
}

/**
 * The browser host's download: the finished file of this token, for the sign-in that started the
 * export, once (the token is spent here). Null for an unknown, spent or someone else's token.
 */
export function takeExportDownload(token: string, sessionId: string | null): ExportDownload | null {
  const job = byToken.get(token);
  if (!job || job.status !== 'done' || job.sessionId !== sessionId) return null;
  byToken.delete(token);
  job.token = null;
  return downloadOf(job, () => {
    job.fetched = true;
    removeFile(job.file);
  });
}
