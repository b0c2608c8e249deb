/**
 * An effect result in words: whether the change went the way the measure wants, and one plain
 * sentence for the page and the briefing. The sentence never states a number as a finding when
 * the analysis gave no verdict.
 */

import { formatNumber, formatPercent } from '../format';
import type { EffectResult } from './effect';
import { MEASURE_METRICS, type MeasureMetricKey } from './measureTypes';

/** Digits a daily mean of the metric is shown with. */
export function metricDecimals(metric: MeasureMetricKey): number {
  const unit = MEASURE_METRICS[metric].unit;
  if (unit === '小时' || unit === '万元') return 2;
  return 1;
}

/** A metric's value with its unit: "9.80 小时", "95.0%", "1,402.5 人次"; "—" without a value. */
export function formatMetricValue(metric: MeasureMetricKey, value: number | null | undefined): string {
  const text = formatNumber(value ?? null, metricDecimals(metric));
  if (value === null || value === undefined || !Number.isFinite(value)) return text;
  const unit = MEASURE_METRICS[metric].unit;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** True when a clear change went the way the measure wants, false when the other way, null otherwise. */
export function isFavourable(metric: MeasureMetricKey, verdict: EffectResult['verdict']): boolean | null {
  if (verdict !== 'increase' && verdict !== 'decrease') return null;
  const wantsHigher = MEASURE_METRICS[metric].better === 'higher';
  return (verdict === 'increase') === wantsHigher;
}

/** A change on the effect's scale: "+18.2%" (ratio), "+20.0 个百分点" or "+1.50 小时" (difference). */
export function formatEffectChange(metric: MeasureMetricKey, scale: EffectResult['scale'], value: number | null): string {
  if (scale === 'ratio') return formatPercent(value);
  if (value === null || !Number.isFinite(value)) return formatPercent(null);
  const sign = value > 0 ? '+' : '';
  const unit = MEASURE_METRICS[metric].unit;
  return unit === '%' ? `${sign}${formatNumber(value, 1)} 个百分点` : `${sign}${formatMetricValue(metric, value)}`;
}

/** "+6.1% 至 +31.5%", or "—" without an interval. */
export function formatEffectInterval(metric: MeasureMetricKey, r: EffectResult): string {
  if (!r.interval) return formatPercent(null);
  return `${formatEffectChange(metric, r.scale, r.interval.low)} 至 ${formatEffectChange(metric, r.scale, r.interval.high)}`;
}

/** How a window changed: "上升 23.4%", on the effect's scale. */
function movement(metric: MeasureMetricKey, r: EffectResult, pct: number | null, difference: number | null): string {
  const value = r.scale === 'ratio' ? pct : difference;
  if (value === null || !Number.isFinite(value)) return '变化无法计算';
  if (value === 0) return '持平';
  return `${value > 0 ? '上升' : '下降'} ${formatEffectChange(metric, r.scale, Math.abs(value)).replace(/^\+/, '')}`;
}

/**
 * One plain sentence for the page and the briefing: this year's change, the year-earlier one, and
 * the change beyond it that is put down to the measure. With no verdict it says "数据不足以判断" and
 * the first reason, and no change as a finding.
 */
export function effectSentence(metric: MeasureMetricKey, r: EffectResult): string {
  const label = MEASURE_METRICS[metric].label;
  if (r.verdict === 'insufficient') return `数据不足以判断措施对${label}的效果：${r.reasons[0] ?? '数据不足。'}`;
  const w = r.windowDays;
  const thisYear = `启动后 ${w} 天${label}日均 ${formatMetricValue(metric, r.after.mean)}，较启动前 ${w} 天（${formatMetricValue(metric, r.before.mean)}）${movement(metric, r, r.changePct, r.difference)}`;
  const lastYear = `上年同期同样两段${movement(metric, r, r.yearEarlierChangePct, r.yearEarlierDifference)}`;
  const net = `扣除后净变化 ${formatEffectChange(metric, r.scale, r.effect)}（95% 区间 ${formatEffectInterval(metric, r)}）`;
  if (r.verdict === 'noClearChange') return `${thisYear}；${lastYear}；${net}，区间包含零，看不出措施带来的明显变化。`;
  const direction = isFavourable(metric, r.verdict) ? '向预期方向变化' : '与预期方向相反';
  return `${thisYear}；${lastYear}；${net}，${direction}。`;
}

/** What was compared with what, for the official who asks why: the four windows and how they are read. */
export function effectExplanation(r: EffectResult): string {
  const w = r.windowDays;
  const days = (x: { from: string; to: string }) => `${x.from} 至 ${x.to}`;
  const compared =
    `比较的是：今年启动前 ${w} 天（${days(r.before)}）到启动后 ${w} 天（${days(r.after)}）的日均变化，` +
    `与上年同期同样两段（${days(r.yearEarlierBefore)}、${days(r.yearEarlierAfter)}）的日均变化之差。` +
    '上年同期的变化代表季节和口岸自身的增长，只有超出它的部分才可能来自措施。';
  const how =
    r.scale === 'ratio'
      ? '日均值已按工作日、周末、节假日校正（调休上班日算作工作日），闭关日不计；'
      : '休息日开放率按百分点比较，闭关的休息日计为未开放；';
  return `${compared}${how}95% 区间把相邻 ${r.blockDays} 天作为一段重抽样算出，因为相邻几天的数字彼此相关。`;
}
