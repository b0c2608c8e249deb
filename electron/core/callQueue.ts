/**
 * Runs the core's calls one at a time, in arrival order. better-sqlite3 is synchronous, but handlers
 * are async: without this, a read could run between two statements of a write and see it half done,
 * and two writes could interleave their audit entries. Every call is short, so waiting is brief.
 */
export class CallQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
