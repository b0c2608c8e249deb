import type { BenchSuite } from './harness';
import { dailyLogSuite } from './dailyLog.bench';

/** Every benchmark suite; each feature adds its own file. */
export const SUITES: BenchSuite[] = [dailyLogSuite];
