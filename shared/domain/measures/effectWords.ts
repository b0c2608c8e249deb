/**
 * An effect result in words: whether the change went the way the measure wants, and one plain
 * sentence for the page and the briefing. The sentence never states a number as a finding when
 * the analysis gave no verdict.
 */

import { formatNumber, formatPercent } from '../format';
import type { EffectResult } from './effect';
import { METRICS, type MetricKey } from './measureTypes';

/** Digits a daily mean of the metric is shown with. */
export function metricDecimals(metric: MetricKey): number {
  const unit = METRICS[metric].unit;
  if (unit === '小时' || unit === '万元') return 2;
  return 1;
}

/** A metric's value with its unit: "9.80 小时", "95.0%", "1,402.5 人次"; "—" without a value. */
export function formatMetricValue(metric: MetricKey, value: number | null | undefined): string {
  const text = formatNumber(value ?? null, metricDecimals(metric));
  if (value === null || value === undefined || !Number.isFinite(value)) return text;
  const unit = METRICS[metric].unit;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** True when a clear change went the way the measure wants, false when the other way, null otherwise. */
export function isFavourable(metric: MetricKey, verdict: EffectResult['verdict']): boolean | null {
  if (verdict !== 'increase' && verdict !== 'decrease') return null;
  const wantsHigher = METRICS[metric].better === 'higher';
  return (verdict === 'increase') === wantsHigher;
}

function changeText(metric: MetricKey, r: EffectResult): string {
  if (r.changePct !== null) {
    const interval = r.interval ? `（95% 区间 ${formatPercent(r.interval.low)} 至 ${formatPercent(r.interval.high)}）` : '';
    return `${formatPercent(r.changePct)}${interval}`;
  }
  const d = r.difference;
  const sign = d !== null && d > 0 ? '+' : '';
  const interval = r.differenceInterval
    ? `（95% 区间 ${formatMetricValue(metric, r.differenceInterval.low)} 至 ${formatMetricValue(metric, r.differenceInterval.high)}）`
    : '';
  return `${sign}${formatMetricValue(metric, d)}${interval}`;
}

/** "启动后 90 天进口整体通关时间日均 9.80 小时，启动前 12.30 小时，下降 -20.3%（…），向预期方向变化。" */
export function effectSentence(metric: MetricKey, r: EffectResult): string {
  const label = METRICS[metric].label;
  if (r.verdict === 'insufficient') return `现有数据还不足以判断措施启动后${label}是否有变化。`;
  const before = formatMetricValue(metric, r.before.mean);
  const after = formatMetricValue(metric, r.after.mean);
  const means = `启动前 ${r.windowDays} 天${label}日均 ${before}，启动后 ${r.windowDays} 天日均 ${after}`;
  if (r.verdict === 'noClearChange') return `${means}，变化 ${changeText(metric, r)}，区间包含零，看不出明显变化。`;
  const word = r.verdict === 'increase' ? '上升' : '下降';
  const direction = isFavourable(metric, r.verdict) ? '向预期方向变化' : '与预期方向相反';
  return `${means}，${word} ${changeText(metric, r)}，${direction}。`;
}
