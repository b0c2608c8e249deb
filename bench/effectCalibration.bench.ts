import { beforeAfterMethod, calibrate, seasonalDidMethod, type CalibrationFigures } from '../tests/unit/helpers/effectCalibration';
import type { BenchSuite } from './harness';

const TRIALS = 200;

function pct(part: number, f: CalibrationFigures): string {
  return `${((part / f.trials) * 100).toFixed(1)}%`;
}

/**
 * The effect analysis on generated histories with a known answer (the calibration test's, with
 * more trials): how often a placebo start date is called a change (goal ≤ 10 %) and how often the
 * 95 % interval holds an injected ±20 % effect (goal ≥ 90 %), for the seasonal difference-in-
 * differences beside the earlier before/after comparison. Rates, not times: `ms` is the run time.
 */
export const effectCalibrationSuite: BenchSuite = {
  name: '措施效果校准（已知答案的模拟数据）',
  async run() {
    const rows = [];
    for (const [name, method] of [
      ['季节双重差分（现方法）', seasonalDidMethod(2000)],
      ['启动前后对比（原方法）', beforeAfterMethod(2000)],
    ] as const) {
      const t0 = performance.now();
      const f = calibrate(method, TRIALS);
      const ms = performance.now() - t0;
      const placebo = f.placeboCalls / f.trials;
      const coverage = f.covered / f.trials;
      rows.push({
        name: `${name}：安慰剂误报率 ${pct(f.placeboCalls, f)}，±20% 效果区间覆盖率 ${pct(f.covered, f)}，检出率 ${pct(f.found, f)}，数据不足 ${f.insufficient} 次（各 ${TRIALS} 次）`,
        ms,
        goal: '误报 ≤ 10%，覆盖 ≥ 90%',
        met: placebo <= 0.1 && coverage >= 0.9,
      });
    }
    return rows;
  },
};
