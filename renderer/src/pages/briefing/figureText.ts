import type { BriefingQuantityKind } from '../../../../shared/contract/briefing';
import { formatNumber, formatPercent, formatQuantity, EMPTY_MARK } from '../../../../shared/domain/format';

/** A briefing figure with its unit, grouped the Chinese way: "2.45 亿元", "1,400 人次", "28 天", "—". */
export function figureText(kind: BriefingQuantityKind, value: number | null): string {
  if (kind === 'days') {
    const n = formatNumber(value, 0);
    return n === EMPTY_MARK ? n : `${n} 天`;
  }
  return formatQuantity(kind, value);
}

/** 同比 / 环比 in a table: "+12.3%", "-5.0%", "0.0%", or "—" without a base. */
export function changeText(pct: number | null): string {
  return formatPercent(pct);
}

/** A share or a coverage, never signed: "88.9%". */
export function shareText(pct: number | null): string {
  return formatPercent(pct, { signed: false });
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The heading number of the n-th section (0-based): "一、", "二、" … */
export function sectionNumber(index: number): string {
  return `${NUMERALS[index] ?? String(index + 1)}、`;
}
