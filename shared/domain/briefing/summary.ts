/**
 * The summary paragraph of a briefing, written the way a port committee's bulletin reads:
 * "本月樟木口岸进出口货值 2.45 亿元，同比增长12.3%，环比下降5.0%；……".
 *
 * Pure: figures in, one paragraph out. Every number goes through format.ts, so the paragraph says
 * exactly what the KPI table beside it shows. Rules that are easy to get wrong:
 * - a fall is "下降5.0%", never "增长-5.0%"; a change that rounds to zero is "持平";
 * - without a base (no figures a year earlier, or zero) there is no percentage at all: the
 *   sentence says "上年同期无可比数据" instead;
 * - a figure nobody entered is left out rather than written as 0;
 * - clearance times are "缩短"/"延长", since a shorter time is the good news.
 */

import { formatChangeInWords, formatCount, formatPercent, formatQuantity, type QuantityKind } from '../format';
import type { PeriodKind } from '../periods';

/** A figure the paragraph may mention, in its stored unit (元, kg, 人次, 1/100 h …). */
export interface SummaryFigure {
  label: string;
  kind: QuantityKind;
  current: number | null;
  /** 同比 and 环比 in percent; null when the base is missing or zero */
  yoyPct: number | null;
  momPct: number | null;
}

export interface ClosureReasonCount {
  reason: string;
  days: number;
}

export interface SummaryInput {
  /** who the figures are of: "樟木口岸", or "各口岸" for all ports together */
  subject: string;
  period: { kind: PeriodKind; from: string; to: string };
  /** totals, in the order they should be mentioned; null when the figures are not available at all */
  figures: readonly SummaryFigure[] | null;
  /** average clearance times (kind 'centihours'), mentioned after the totals */
  times?: readonly SummaryFigure[];
  /** days recorded open and closed; null when the KPI figures are not available */
  openDays?: number | null;
  closedDays?: number | null;
  closureReasons?: readonly ClosureReasonCount[];
  /** "5+2": rest days in the period and on how many of them the port was open */
  restDays?: number | null;
  restDaysOpen?: number | null;
  /** port-days of the period without a record */
  missingDays?: number | null;
}

/** Where the paragraph starts: "本月", "本季度", "2025年1–6月，" … */
export function periodOpening(period: SummaryInput['period']): { opening: string; separator: string; cumulative: boolean } {
  switch (period.kind) {
    case 'week':
      return { opening: '本周', separator: '', cumulative: false };
    case 'month':
      return { opening: '本月', separator: '', cumulative: false };
    case 'quarter':
      return { opening: '本季度', separator: '', cumulative: false };
    case 'year':
      return { opening: '本年度', separator: '', cumulative: false };
    case 'ytd': {
      const year = period.from.slice(0, 4);
      const month = Number(period.to.slice(5, 7));
      return { opening: month === 1 ? `${year}年1月` : `${year}年1–${month}月`, separator: '，', cumulative: true };
    }
    case 'range':
      return { opening: '统计期内', separator: '，', cumulative: false };
  }
}

/** "本月" → "本月" for later sentences that refer back to the period ("本月口岸开放 28 天"). */
function periodReference(period: SummaryInput['period']): string {
  switch (period.kind) {
    case 'week':
      return '本周';
    case 'month':
      return '本月';
    case 'quarter':
      return '本季度';
    case 'year':
      return '本年度';
    case 'ytd':
    case 'range':
      return '统计期内';
  }
}

function hasValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** "增长12.3%" / "下降5.0%" / "持平", or with other verbs for a time ("缩短8.0%"). */
function changeWords(pct: number, verbs: { up: string; down: string }): string {
  const words = formatChangeInWords(pct);
  if (words.startsWith('增长')) return verbs.up + words.slice(2);
  if (words.startsWith('下降')) return verbs.down + words.slice(2);
  return words;
}

const GROWTH = { up: '增长', down: '下降' };
const DURATION = { up: '延长', down: '缩短' };

/**
 * "同比增长12.3%，环比下降5.0%"; "上年同期无可比数据，环比增长3.1%"; "同比持平".
 * 环比 without a base is simply not mentioned: the 同比 is what a bulletin must state.
 */
export function comparisonClause(yoyPct: number | null, momPct: number | null, verbs = GROWTH): string {
  const parts = [hasValue(yoyPct) ? `同比${changeWords(yoyPct, verbs)}` : '上年同期无可比数据'];
  if (hasValue(momPct)) parts.push(`环比${changeWords(momPct, verbs)}`);
  return parts.join('，');
}

function figureClause(f: SummaryFigure, prefix: string): string {
  return `${prefix}${f.label} ${formatQuantity(f.kind, f.current)}，${comparisonClause(f.yoyPct, f.momPct)}`;
}

function timeClause(f: SummaryFigure): string {
  return `${f.label}平均 ${formatQuantity(f.kind, f.current)}，${comparisonClause(f.yoyPct, f.momPct, DURATION)}`;
}

function closureSentence(input: SummaryInput, reference: string): string | null {
  const open = input.openDays;
  const closed = input.closedDays;
  if (!hasValue(open) && !hasValue(closed)) return null;
  const parts: string[] = [];
  if (hasValue(open)) parts.push(`口岸开放 ${open} 天`);
  if (hasValue(closed) && closed > 0) {
    const reasons = (input.closureReasons ?? []).filter((r) => r.reason.trim() !== '');
    const why = reasons.length > 0 ? `因${reasons.map((r) => r.reason.trim()).join('、')}` : '';
    parts.push(`${why}闭关 ${closed} 天`);
  } else if (hasValue(closed)) {
    parts.push('未发生闭关');
  }
  return `${reference}${parts.join('，')}。`;
}

function fivePlusTwoSentence(input: SummaryInput): string | null {
  const rest = input.restDays;
  const open = input.restDaysOpen;
  if (!hasValue(rest) || !hasValue(open) || rest <= 0) return null;
  const pct = formatPercent((open / rest) * 100, { signed: false });
  return `“5+2”无休通关方面，${rest} 个休息日（周末及节假日）中口岸开放 ${open} 天，覆盖率 ${pct}。`;
}

function missingSentence(input: SummaryInput, reference: string): string | null {
  const missing = input.missingDays;
  if (!hasValue(missing) || missing <= 0) return null;
  return `${reference}尚有 ${formatCount(missing, '天', { grouping: 'full' })}数据未录入，以上数据以补录后为准。`;
}

/** The paragraph. Always ends with "。"; never holds "NaN", "Infinity", "—" or "增长-". */
export function briefingSummary(input: SummaryInput): string {
  const { opening, separator, cumulative } = periodOpening(input.period);
  const reference = periodReference(input.period);
  const figures = (input.figures ?? []).filter((f) => hasValue(f.current));
  const times = (input.times ?? []).filter((f) => hasValue(f.current));
  const sentences: string[] = [];

  if (input.figures === null) {
    // No figures to speak of (not that none were entered): the paragraph starts with what is known.
  } else if (figures.length === 0 && times.length === 0) {
    sentences.push(`${opening}${separator}${input.subject}暂无通关数据记录。`);
  } else {
    const clauses = [...figures.map((f, i) => figureClause(f, i === 0 && cumulative ? '累计' : '')), ...times.map(timeClause)];
    sentences.push(`${opening}${separator}${input.subject}${clauses.join('；')}。`);
  }

  for (const s of [closureSentence(input, reference), fivePlusTwoSentence(input), missingSentence(input, reference)]) {
    if (s) sentences.push(s);
  }
  if (sentences.length === 0) sentences.push(`${opening}${separator}${input.subject}暂无可汇总的通关数据。`);
  return sentences.join('');
}
