import { AppError } from '../../../shared/contract/result';

/** What the registry needs of a job: its key and when it was last created, read or advanced. */
export interface ExpiringJob {
  id: string;
  touchedAt: number;
}

export interface ExpiringJobsOptions<J extends ExpiringJob> {
  /** a job left alone this long is forgotten (if it may be) */
  idleMs: number;
  /** at most this many jobs are kept; the oldest that may go make room for a new one */
  maxJobs: number;
  /** the Chinese message for a job that is unknown or already forgotten */
  notFound: string;
  /** whether a job may be forgotten now (an export still being written may not); default: always */
  evictable?: (job: J) => boolean;
  /** lets go of what the job holds (a file, a running read) when it is forgotten */
  onDrop?: (job: J) => void;
  clock?: () => number;
}

/**
 * Jobs held in memory by the core that started them (imports, exports), forgotten when idle or when
 * too many wait, so that a person who walks away leaves nothing behind for long.
 */
export function createExpiringJobs<J extends ExpiringJob>(options: ExpiringJobsOptions<J>) {
  const { idleMs, maxJobs, notFound } = options;
  const evictable = options.evictable ?? (() => true);
  const clock = options.clock ?? Date.now;
  // A Map keeps insertion order, so the first evictable job is the oldest.
  const jobs = new Map<string, J>();

  function drop(job: J): void {
    if (jobs.get(job.id) !== job) return;
    jobs.delete(job.id);
    options.onDrop?.(job);
  }

  return {
    now: clock,

    /** Forgets idle jobs, then the oldest ones until there is room for one more. */
    prune(): void {
      const now = clock();
      for (const job of [...jobs.values()]) if (evictable(job) && now - job.touchedAt > idleMs) drop(job);
      for (const job of [...jobs.values()]) if (jobs.size >= maxJobs && evictable(job)) drop(job);
    },

    /** No room even after pruning: every kept job is one that may not be forgotten yet. */
    isFull(): boolean {
      return jobs.size >= maxJobs;
    },

    add(job: J): J {
      job.touchedAt = clock();
      jobs.set(job.id, job);
      return job;
    },

    get(id: string): J {
      const job = jobs.get(id);
      if (!job) throw new AppError('NOT_FOUND', notFound);
      job.touchedAt = clock();
      return job;
    },

    drop,

    values(): IterableIterator<J> {
      return jobs.values();
    },
  };
}
