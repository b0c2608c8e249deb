import type { ApiResult } from '../../../shared/contract';

/**
 * Answers asked for before the component that needs them is drawn: at start-up (who is signed in,
 * the ports) and as soon as the address names a page (the dashboard's figures). A component takes
 * the answer once, within a few seconds; anything older or not asked for is asked afresh.
 *
 * An answer that has already come in can be read at once (`settledEarly`), so a component drawn
 * after it arrived starts with its figures instead of drawing a loading state first and then
 * itself again.
 */
const FRESH_MS = 5000;

interface Early {
  at: number;
  result: Promise<ApiResult<unknown>>;
  settled: ApiResult<unknown> | null;
}
const early = new Map<string, Early>();

function fresh(e: Early, now = Date.now()): boolean {
  return now - e.at < FRESH_MS;
}

/** Starts `run` unless the same answer is already on its way; returns the answer. */
export function askEarly<T>(key: string, run: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const now = Date.now();
  for (const [k, e] of early) if (!fresh(e, now)) early.delete(k);
  const existing = early.get(key);
  if (existing) return existing.result as Promise<ApiResult<T>>;
  const entry: Early = { at: now, result: run(), settled: null };
  entry.result = entry.result.then(
    (r) => (entry.settled = r),
    // a request that throws (it should not: the client turns failures into results) counts as in
    () => (entry.settled = { ok: false, error: { code: 'INTERNAL', message: '无法连接本机服务，请确认程序仍在运行后重试' } }),
  );
  early.set(key, entry);
  return entry.result as Promise<ApiResult<T>>;
}

/** The early answer to `key`, once, if it is fresh; else null. */
export function takeEarly<T>(key: string): Promise<ApiResult<T>> | null {
  const e = early.get(key);
  if (!e) return null;
  early.delete(key);
  return fresh(e) ? (e.result as Promise<ApiResult<T>>) : null;
}

/**
 * The early answer to `key` if it has come in, is fresh and is not an error, taken (once); else
 * null, and the answer (if any is on its way) stays for `takeEarly`.
 */
export function takeSettledEarly<T>(key: string): T | null {
  const e = early.get(key);
  if (!e || !e.settled?.ok || !fresh(e)) return null;
  early.delete(key);
  return e.settled.value as T;
}

/**
 * Settles once every answer asked for early has come in, including any asked for because of one
 * (the dashboard's charts over all years wait for its first recorded day). Failures count as in.
 */
export async function earlyAnswersIn(): Promise<void> {
  for (;;) {
    const pending = [...early.values()].filter((e) => e.settled === null).map((e) => e.result);
    if (pending.length === 0) return;
    await Promise.allSettled(pending);
  }
}
