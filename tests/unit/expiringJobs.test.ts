import { describe, expect, it } from 'vitest';
import { createExpiringJobs } from '../../electron/core/jobs/expiringJobs';
import { AppError } from '../../shared/contract/result';

interface TestJob {
  id: string;
  touchedAt: number;
  running: boolean;
}

function registry(maxJobs = 3) {
  let now = 1_000;
  const dropped: string[] = [];
  const jobs = createExpiringJobs<TestJob>({
    idleMs: 100,
    maxJobs,
    notFound: '任务不存在或已过期',
    clock: () => now,
    evictable: (job) => !job.running,
    onDrop: (job) => dropped.push(job.id),
  });
  const add = (id: string, running = false) => jobs.add({ id, touchedAt: 0, running });
  return { jobs, add, dropped, advance: (ms: number) => (now += ms), now: () => now };
}

describe('expiring job registry', () => {
  it('stamps a job when it is added and again when it is read', () => {
    const r = registry();
    expect(r.add('a').touchedAt).toBe(1_000);
    r.advance(40);
    expect(r.jobs.get('a').touchedAt).toBe(1_040);
  });

  it('refuses an unknown job with its Chinese message and the NOT_FOUND code', () => {
    const r = registry();
    let caught: unknown;
    try {
      r.jobs.get('missing');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('NOT_FOUND');
    expect((caught as AppError).message).toBe('任务不存在或已过期');
  });

  it('forgets a job left idle longer than idleMs, and only then, letting go of what it holds', () => {
    const r = registry();
    r.add('a');
    r.advance(100);
    r.jobs.prune();
    expect(r.dropped).toEqual([]);
    r.advance(1);
    r.jobs.prune();
    expect(r.dropped).toEqual(['a']);
    expect(() => r.jobs.get('a')).toThrow('任务不存在或已过期');
  });

  it('keeps a job that may not go yet however long it is idle', () => {
    const r = registry();
    r.add('busy', true);
    r.advance(10_000);
    r.jobs.prune();
    expect(r.dropped).toEqual([]);
    expect(r.jobs.get('busy').id).toBe('busy');
  });

  it('makes room for one more by forgetting the oldest evictable jobs first', () => {
    const r = registry(3);
    r.add('busy', true);
    r.add('old');
    r.add('newer');
    r.jobs.prune();
    expect(r.dropped).toEqual(['old']);
    expect(r.jobs.isFull()).toBe(false);
    expect([...r.jobs.values()].map((j) => j.id)).toEqual(['busy', 'newer']);
  });

  it('is full when every kept job is one that may not go', () => {
    const r = registry(2);
    r.add('a', true);
    r.add('b', true);
    r.jobs.prune();
    expect(r.dropped).toEqual([]);
    expect(r.jobs.isFull()).toBe(true);
  });

  it('drops a job once: a second drop does not let go of it again', () => {
    const r = registry();
    const job = r.add('a');
    r.jobs.drop(job);
    r.jobs.drop(job);
    expect(r.dropped).toEqual(['a']);
  });
});
