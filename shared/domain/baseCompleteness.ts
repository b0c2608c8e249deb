/**
 * Whether a comparison base is complete enough to give a percentage. A base with days nobody
 * entered, or with far fewer recorded days than the period it is compared with, gives no 同比 or
 * 环比 at all but "基期数据不全" (the reason on hover): a port whose history starts this year would
 * otherwise show +492.5 % in green against the few days it happened to have last year.
 */

export const BASE_INCOMPLETE_LABEL = '基期数据不全';

/** Below this share of the current period's recorded days a base is too thin to compare with. */
export const MIN_BASE_SHARE = 0.8;

export interface SpanRecords {
  /** calendar days × ports */
  portDays: number;
  /** port-days with a record */
  recordedDays: number;
}

/**
 * Why a base gives no percentage, in Chinese for the hover text; null when it is complete.
 * `baseName`: "上年同期" or "上期".
 */
export function baseShortfall(baseName: string, base: SpanRecords, current: Pick<SpanRecords, 'recordedDays'>): string | null {
  const missing = base.portDays - base.recordedDays;
  if (missing > 0) return `${baseName}缺少 ${missing} 天数据（${base.recordedDays}/${base.portDays} 天有记录），不计算变化率`;
  if (base.recordedDays < MIN_BASE_SHARE * current.recordedDays) {
    return `${baseName}只有 ${base.recordedDays} 天记录，不足本期 ${current.recordedDays} 天的 ${MIN_BASE_SHARE * 100}%，不计算变化率`;
  }
  return null;
}
