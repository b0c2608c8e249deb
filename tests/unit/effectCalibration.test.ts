import { describe, expect, it } from 'vitest';
import { effectOptionsForMetric } from '../../shared/domain/measures/effect';
import { beforeAfterMethod, calibrate, demoPlaceboCalls, generatedHistory, HISTORY_FROM, RHO, seasonalDidMethod } from './helpers/effectCalibration';

/**
 * The effect method on generated histories whose truth is known (season, growth, weekday pattern,
 * holiday dips, AR(1) noise with ρ ≈ 0.7, closed days): at 95 %, placebo start dates may be called
 * a change at most 10 % of the time, and ±20 % effects must lie inside the interval at least 90 %
 * of the time. Seeded, so every run sees the same histories.
 */

const TRIALS = 160;

describe('calibration of the effect analysis on histories with a known answer', () => {
  it('generates what it says: autocorrelated noise near ρ = 0.7 and some closed days', () => {
    const h = generatedHistory({ seed: 3 });
    expect(h[0]!.date).toBe(HISTORY_FROM);
    expect(h.filter((p) => p.portOpen === false).length).toBeGreaterThan(5);
    // lag-1 autocorrelation from consecutive working Wednesdays and Thursdays (the same weekday
    // pattern in every pair), each taken from a 5-week moving mean so season and growth drop out
    const logs = h.map((p) => (p.portOpen && p.dayType === 'workday' ? Math.log(p.value!) : null));
    const pairs: [number, number][] = [];
    for (let i = 1; i < logs.length; i++) {
      const a = logs[i - 1];
      const b = logs[i];
      const wd = new Date(`${h[i]!.date}T00:00:00Z`).getUTCDay();
      if (a != null && b != null && wd === 4) pairs.push([a, b]);
    }
    const xs = pairs.map((p) => p[0]);
    const ys = pairs.map((p) => p[1]);
    const dev = (v: number[]) => v.map((x, i) => x - v.slice(Math.max(0, i - 2), i + 3).reduce((s, y) => s + y, 0) / (Math.min(v.length, i + 3) - Math.max(0, i - 2)));
    const dx = dev(xs);
    const dy = dev(ys);
    const cov = dx.reduce((s, x, i) => s + x * dy[i]!, 0);
    const corr = cov / Math.sqrt(dx.reduce((s, x) => s + x * x, 0) * dy.reduce((s, y) => s + y * y, 0));
    expect(corr).toBeGreaterThan(RHO - 0.15);
    expect(corr).toBeLessThan(RHO + 0.15);
  });

  it('calls placebo dates a change at most 10% of the time and covers ±20% effects at least 90% of the time', () => {
    const f = calibrate(seasonalDidMethod(1000), TRIALS);
    expect(f.insufficient).toBe(0);
    expect(f.placeboCalls / f.trials).toBeLessThanOrEqual(0.1);
    expect(f.covered / f.trials).toBeGreaterThanOrEqual(0.9);
    // and the effects are found, in the right direction
    expect(f.found / f.trials).toBeGreaterThanOrEqual(0.85);
  });

  it('needs its blocks: resampling single days, the same comparison is far too sure of itself', () => {
    const f = calibrate(seasonalDidMethod(400, { blockDays: 1 }), 40);
    expect(f.placeboCalls / f.trials).toBeGreaterThan(0.2);
    expect(f.covered / f.trials).toBeLessThan(0.8);
  });

  it('would catch the earlier before/after comparison, which mistakes seasons and growth for effects', () => {
    const f = calibrate(beforeAfterMethod(200), 30);
    expect(f.placeboCalls / f.trials).toBeGreaterThan(0.5);
    expect(f.covered / f.trials).toBeLessThan(0.5);
  });

  it('calls few of the demo history\'s 2025 placebo dates a change, where the earlier method called most', () => {
    for (const metric of ['importFreightTonnes', 'persons', 'importClearanceHours'] as const) {
      const now = demoPlaceboCalls(seasonalDidMethod(1000, effectOptionsForMetric(metric)), metric);
      expect(now.calls, metric).toBeLessThanOrEqual(3);
    }
    expect(demoPlaceboCalls(beforeAfterMethod(300), 'persons').calls).toBeGreaterThan(12);
  });
});
