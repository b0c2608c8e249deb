import { describe, expect, it } from 'vitest';
import { createLandingGate } from '../../renderer/src/pages/dashboard/landTogether';

/** Timers run by hand: `run()` fires what is due. */
function handTimers() {
  const due: { fn: () => void; ms: number }[] = [];
  return {
    set: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      due.push(t);
      return t;
    },
    clear: (t: unknown) => {
      const i = due.indexOf(t as (typeof due)[number]);
      if (i >= 0) due.splice(i, 1);
    },
    pending: () => due.length,
    run: () => due.splice(0).forEach((t) => t.fn()),
  };
}

describe('answers asked for together land together', () => {
  it('holds the first answer until the second is in, then applies both at once', () => {
    const timers = handTimers();
    const gate = createLandingGate(150, timers);
    const applied: string[] = [];
    const kpis = gate.start();
    const trends = gate.start();
    gate.land(kpis, () => applied.push('kpis'));
    expect(applied).toEqual([]);
    expect(timers.pending()).toBe(1);
    gate.land(trends, () => applied.push('trends'));
    expect(applied).toEqual(['kpis', 'trends']);
    expect(timers.pending()).toBe(0);
  });

  it('waits no longer than its limit for a slow answer', () => {
    const timers = handTimers();
    const gate = createLandingGate(150, timers);
    const applied: string[] = [];
    const kpis = gate.start();
    const trends = gate.start();
    gate.land(kpis, () => applied.push('kpis'));
    timers.run();
    expect(applied).toEqual(['kpis']);
    gate.land(trends, () => applied.push('trends'));
    expect(applied).toEqual(['kpis', 'trends']);
  });

  it('lands a lone answer at once, and a superseded request holds nothing up', () => {
    const timers = handTimers();
    const gate = createLandingGate(150, timers);
    const applied: string[] = [];
    gate.land(gate.start(), () => applied.push('alone'));
    expect(applied).toEqual(['alone']);

    const old = gate.start();
    const kpis = gate.start();
    gate.land(kpis, () => applied.push('kpis'));
    expect(applied).toEqual(['alone']);
    gate.drop(old);
    expect(applied).toEqual(['alone', 'kpis']);
    // a dropped ticket cannot land later
    gate.land(old, () => applied.push('old'));
    expect(applied).toEqual(['alone', 'kpis']);
  });
});
