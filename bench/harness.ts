/**
 * The benchmark harness: each suite measures its task and a bare baseline in the same run, so the
 * ratio means something on whatever machine runs it. Figures are printed, never asserted.
 */
export interface BenchRow {
  name: string;
  /** milliseconds, median of the runs */
  ms: number;
  /** the bare baseline's median, measured in the same run */
  baselineName?: string;
  baselineMs?: number;
  /** the goal in words, e.g. "< 1000 ms and ≤ 1.5× baseline" */
  goal?: string;
  /** whether the goal was met (printed, not asserted) */
  met?: boolean;
  /** what stops the goal, printed when it is not met */
  notMetBecause?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/**
 * A full collection before a timed run (`npm run bench` exposes gc), so that no run pays for the
 * garbage the one before it left: baselines and tasks alternate, and either would be charged for the other.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The middle of the runs (the upper middle of an even count). */
export function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}

export async function timeMedian(fn: () => Promise<unknown> | unknown, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/**
 * A row whose goal is a ratio to its baseline (the issue's goals: ratios count, absolute times move
 * with the machine): "≤ 1.5× of <baseline>", met or not.
 */
export function ratioGoalRow(row: BenchRow & { baselineName: string; baselineMs: number }, max: number): BenchRow {
  return { ...row, goal: `≤ ${max}× of ${row.baselineName}`, met: row.ms / row.baselineMs <= max };
}

export function printRows(suite: string, rows: BenchRow[]): void {
  console.log(`\n## ${suite}`);
  for (const r of rows) {
    const ratio = r.baselineMs ? `  ${(r.ms / r.baselineMs).toFixed(2)}× of ${r.baselineName} (${r.baselineMs.toFixed(1)} ms)` : '';
    const goal = r.goal ? `  goal: ${r.goal} → ${r.met ? 'met' : `NOT met${r.notMetBecause ? `（${r.notMetBecause}）` : ''}`}` : '';
    console.log(`- ${r.name}: ${r.ms.toFixed(1)} ms${ratio}${goal}`);
  }
}
