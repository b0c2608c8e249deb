/**
 * Answers asked for at the same time (a period change asks for the cards' and the charts' figures)
 * are drawn at the same time: the one in first waits for the others, for at most `waitMs`, and
 * then all that are in are applied in one go, so the page is redrawn once rather than once per
 * answer. Pure bookkeeping, so it is tested without React.
 */
export interface LandingGate {
  /** a request has started; its ticket is for `land` or `drop` */
  start(): symbol;
  /** its answer is in: `apply` runs with the others' (or when the wait is over) */
  land(ticket: symbol, apply: () => void): void;
  /** it will not land (it was superseded, or its page has gone) */
  drop(ticket: symbol): void;
}

export function createLandingGate(waitMs: number, timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void } = defaultTimers): LandingGate {
  const inFlight = new Set<symbol>();
  let queued: (() => void)[] = [];
  let timer: unknown = null;

  const flush = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const apply = queued;
    queued = [];
    for (const f of apply) f();
  };
  const settle = () => {
    if (queued.length === 0) return;
    if (inFlight.size === 0) flush();
    else if (timer === null) timer = timers.set(flush, waitMs);
  };

  return {
    start() {
      const ticket = Symbol('request');
      inFlight.add(ticket);
      return ticket;
    },
    land(ticket, apply) {
      if (!inFlight.delete(ticket)) return;
      queued.push(apply);
      settle();
    },
    drop(ticket) {
      inFlight.delete(ticket);
      settle();
    },
  };
}

const defaultTimers = {
  set: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
