import { randomUUID } from 'node:crypto';
import type { ImportJob, ImportPreview, ImportSheet } from '../../../../../shared/contract/importExport';
import { createExpiringJobs } from '../../../jobs/expiringJobs';
import type { DayToWrite } from '../../days/dayWriter';
import type { ColumnMapping } from '../../../../../shared/domain/import/headerMatch';

/** An import in progress or waiting to be applied, held in memory by the core that started it. */
export interface JobState {
  id: string;
  fileName: string;
  status: ImportJob['status'];
  phase: ImportJob['phase'];
  percent: number;
  rowsDone: number;
  rowsTotal: number;
  error: ImportJob['error'];
  sheets: ImportSheet[];
  preview: ImportPreview | null;
  result: ImportJob['result'];
  /** set by cancelImport; the running job stops at its next check */
  cancelRequested: boolean;
  /** new and changed days by port, once the preview is done */
  toWrite: Map<number, DayToWrite[]> | null;
  /** what a declined proposed closure writes instead (comparePreview.ts) */
  declined: Map<string, DayToWrite | null>;
  /** mappings the person corrected for this file, remembered once the import is applied */
  mappingsToRemember: { signature: string; headers: string[]; mapping: ColumnMapping }[];
  touchedAt: number;
}

/** Finished jobs are forgotten after this long unseen; the preview would be stale anyway. */
const IDLE_MS = 30 * 60 * 1000;
/** At most this many jobs are kept; starting another drops the oldest (cancelling it if it runs). */
const MAX_JOBS = 4;

export function createJobRegistry(clock: () => number = Date.now) {
  const jobs = createExpiringJobs<JobState>({
    idleMs: IDLE_MS,
    maxJobs: MAX_JOBS,
    notFound: '导入任务不存在或已过期，请重新选择文件',
    clock,
    // A running job stops at its next check; the days it would write are let go at once.
    onDrop: (job) => {
      job.cancelRequested = true;
      job.toWrite = null;
    },
  });

  return {
    create(fileName: string): JobState {
      jobs.prune();
      return jobs.add({
        id: randomUUID(),
        fileName,
        status: 'running',
        phase: 'reading',
        percent: 0,
        rowsDone: 0,
        rowsTotal: 0,
        error: null,
        sheets: [],
        preview: null,
        result: null,
        cancelRequested: false,
        toWrite: null,
        declined: new Map(),
        mappingsToRemember: [],
        touchedAt: clock(),
      });
    },

    get: jobs.get,

    view(job: JobState): ImportJob {
      return {
        jobId: job.id,
        fileName: job.fileName,
        status: job.status,
        phase: job.phase,
        percent: Math.round(job.percent * 10) / 10,
        rowsDone: job.rowsDone,
        rowsTotal: job.rowsTotal,
        error: job.error,
        sheets: job.sheets,
        preview: job.preview,
        result: job.result,
      };
    },
  };
}
