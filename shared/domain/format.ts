/**
 * How figures and dates read in the UI and in briefings (zh-CN). Every screen and every PDF goes
 * through this module so that one figure never reads two ways.
 *
 * Conventions, chosen once:
 * - A figure that cannot be shown (null, undefined, NaN, ±Infinity, an invalid date) is "—" (U+2014),
 *   so no NaN or Infinity can reach a reader.
 * - Numbers are grouped the Chinese way (万, 亿) unless a caller asks for full figures (tables).
 *   A figure in 万/亿 keeps exactly `decimals` digits ("4.50 万元"), because it is a rounded figure
 *   and columns should line up; a figure in its base unit drops trailing zeros ("1,400 人次").
 * - A unit is separated from its number by one space ("9.60 万吨", "12.50 小时"), as in the bulletins;
 *   a bare Chinese number keeps 万/亿 attached ("4.56万").
 * - The minus sign is the ASCII hyphen-minus "-": it is what Intl produces for zh-CN and what a reader
 *   types when searching a PDF.
 * - Ranges use the en dash "–" ("1–6月", "2025年6月3日–2025年7月2日").
 */

import { ISO_MONTH, isValidIsoDate } from './dates';

export const EMPTY_MARK = '—';
export const RANGE_DASH = '–';

type MaybeNumber = number | null | undefined;

function isFiniteNumber(v: MaybeNumber): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

// ---------------------------------------------------------------------------------------------
// Numbers

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}/${maxDecimals}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, useGrouping: true });
    numberFormats.set(key, nf);
  }
  return nf;
}

function clampDecimals(decimals: number | undefined, fallback: number): number {
  if (decimals === undefined || !Number.isFinite(decimals)) return fallback;
  return Math.min(6, Math.max(0, Math.trunc(decimals)));
}

/**
 * Formats through the magnitude so that a value rounding to zero never reads "-0" and the sign is
 * always the one ASCII minus.
 */
function formatSigned(value: number, minDecimals: number, maxDecimals: number): string {
  const text = numberFormat(minDecimals, maxDecimals).format(Math.abs(value));
  const isZero = !/[1-9]/.test(text);
  return value < 0 && !isZero ? '-' + text : text;
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export interface NumberOptions {
  /** digits after the point (default 2) */
  decimals?: number;
  /** drop trailing zeros of a 万/亿 figure too ("4.5万" instead of "4.50万") */
  trimZeros?: boolean;
}

/** A full figure with thousands separators: 1234567.891 → "1,234,567.89"; up to `decimals` digits. */
export function formatNumber(value: MaybeNumber, decimals = 2): string {
  if (!isFiniteNumber(value)) return EMPTY_MARK;
  return formatSigned(value, 0, clampDecimals(decimals, 2));
}

type ChineseScale = { divisor: 1 | 10_000 | 100_000_000; prefix: '' | '万' | '亿' };

const PLAIN: ChineseScale = { divisor: 1, prefix: '' };
const WAN: ChineseScale = { divisor: 10_000, prefix: '万' };
const YI: ChineseScale = { divisor: 100_000_000, prefix: '亿' };

/**
 * The largest of 万/亿 the magnitude reaches, judged after rounding so that 99,999,999 reads
 * "1.00亿" rather than "10,000.00万".
 */
function chineseScaleOf(abs: number, decimals: number): ChineseScale {
  if (abs >= YI.divisor || roundTo(abs / WAN.divisor, decimals) >= 10_000) return YI;
  if (abs >= WAN.divisor || roundTo(abs, decimals) >= 10_000) return WAN;
  return PLAIN;
}

function formatInScale(value: number, scale: ChineseScale, decimals: number, trimZeros: boolean): string {
  const scaled = value / scale.divisor;
  const min = scale === PLAIN || trimZeros ? 0 : decimals;
  return formatSigned(scaled, min, decimals);
}

/**
 * A number grouped the Chinese way: 123456789 → "1.23亿", 45600 → "4.56万", 1234 → "1,234".
 * Below 1万 the figure is plain, with up to `decimals` digits.
 */
export function formatChineseNumber(value: MaybeNumber, options: NumberOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY_MARK;
  const decimals = clampDecimals(options.decimals, 2);
  const scale = chineseScaleOf(Math.abs(value), decimals);
  return formatInScale(value, scale, decimals, options.trimZeros ?? false) + scale.prefix;
}

function withUnit(number: string, unit: string, show: boolean): string {
  if (number === EMPTY_MARK || !show) return number;
  return `${number} ${unit}`;
}

export interface UnitOptions extends NumberOptions {
  /** false for a table whose header already names the unit */
  withUnit?: boolean;
}

export type YuanUnit = 'auto' | '元' | '万元' | '亿元';

/**
 * Money stored as integer 元. 'auto' reads in 亿元 from 1亿 up and in 万元 below, as bulletins do
 * (even 3,000 元 is "0.30 万元"); '元' gives the full figure for tables.
 */
export function formatYuan(yuan: MaybeNumber, options: UnitOptions & { unit?: YuanUnit } = {}): string {
  if (!isFiniteNumber(yuan)) return EMPTY_MARK;
  const decimals = clampDecimals(options.decimals, 2);
  const trim = options.trimZeros ?? false;
  const show = options.withUnit ?? true;
  let unit = options.unit ?? 'auto';
  if (unit === 'auto') unit = chineseScaleOf(Math.abs(yuan), decimals) === YI ? '亿元' : '万元';
  const scale = unit === '亿元' ? YI : unit === '万元' ? WAN : PLAIN;
  return withUnit(formatInScale(yuan, scale, decimals, trim), unit, show);
}

export type TonneUnit = 'auto' | '吨' | '万吨';

/** Freight stored as integer kg. 'auto' reads in 万吨 from 1万吨 up and in 吨 below. */
export function formatTonnes(kg: MaybeNumber, options: UnitOptions & { unit?: TonneUnit } = {}): string {
  if (!isFiniteNumber(kg)) return EMPTY_MARK;
  const tonnes = kg / 1000;
  const decimals = clampDecimals(options.decimals, 2);
  const trim = options.trimZeros ?? false;
  const show = options.withUnit ?? true;
  let unit = options.unit ?? 'auto';
  if (unit === 'auto') unit = chineseScaleOf(Math.abs(tonnes), decimals) === PLAIN ? '吨' : '万吨';
  const scale = unit === '万吨' ? WAN : PLAIN;
  return withUnit(formatInScale(tonnes, scale, decimals, trim), unit, show);
}

export interface CountOptions extends UnitOptions {
  /** 'auto' (default) groups by 万/亿 ("39.47 万人次"); 'full' keeps every digit ("394,700 人次") */
  grouping?: 'auto' | 'full';
}

/** A count with its unit: formatCount(1400, '人次') → "1,400 人次", formatCount(394700, '人次') → "39.47 万人次". */
export function formatCount(count: MaybeNumber, unit: string, options: CountOptions = {}): string {
  if (!isFiniteNumber(count)) return EMPTY_MARK;
  const decimals = clampDecimals(options.decimals, 2);
  const show = options.withUnit ?? true;
  const scale = options.grouping === 'full' ? PLAIN : chineseScaleOf(Math.abs(count), decimals);
  return withUnit(formatInScale(count, scale, decimals, options.trimZeros ?? false), scale.prefix + unit, show);
}

/** A clearance or opening time stored in hundredths of an hour: 1250 → "12.50 小时". Always two decimals. */
export function formatHours(centihours: MaybeNumber, options: { withUnit?: boolean } = {}): string {
  if (!isFiniteNumber(centihours)) return EMPTY_MARK;
  return withUnit(formatSigned(centihours / 100, 2, 2), '小时', options.withUnit ?? true);
}

/** What a stored integer measures, so a generic table or chart can pick the right formatter. */
export type QuantityKind = 'yuan' | 'kg' | 'persons' | 'vehicles' | 'declarations' | 'centihours';

export const QUANTITY_COUNT_UNITS = { persons: '人次', vehicles: '辆次', declarations: '份' } as const;

/** Formats a stored value by its kind with the Chinese-grouped defaults of each formatter. */
export function formatQuantity(kind: QuantityKind, value: MaybeNumber, options: CountOptions = {}): string {
  switch (kind) {
    case 'yuan':
      return formatYuan(value, options);
    case 'kg':
      return formatTonnes(value, options);
    case 'centihours':
      return formatHours(value, options);
    case 'persons':
    case 'vehicles':
    case 'declarations':
      return formatCount(value, QUANTITY_COUNT_UNITS[kind], options);
  }
}

// ---------------------------------------------------------------------------------------------
// Percentages

export interface PercentOptions {
  /** digits after the point (default 1) */
  decimals?: number;
  /** "+" on a rise (default true); false for shares and coverage, which are never a change */
  signed?: boolean;
}

/**
 * A percentage already multiplied by 100: 12.34 → "+12.3%", -5 → "-5.0%", 0 → "0.0%".
 * A value that rounds to zero carries no sign. No base (null) reads "—".
 */
export function formatPercent(pct: MaybeNumber, options: PercentOptions = {}): string {
  if (!isFiniteNumber(pct)) return EMPTY_MARK;
  const decimals = clampDecimals(options.decimals, 1);
  const text = formatSigned(pct, decimals, decimals);
  const plus = (options.signed ?? true) && pct > 0 && /[1-9]/.test(text) ? '+' : '';
  return `${plus}${text}%`;
}

/**
 * A change as briefing prose says it, to follow "同比" or "环比": "增长12.3%", "下降5.0%", "持平".
 * Without a base it is "—"; the sentence builder decides how to word a missing comparison.
 */
export function formatChangeInWords(pct: MaybeNumber, decimals = 1): string {
  if (!isFiniteNumber(pct)) return EMPTY_MARK;
  const d = clampDecimals(decimals, 1);
  const magnitude = formatSigned(Math.abs(pct), d, d);
  if (!/[1-9]/.test(magnitude)) return '持平';
  return `${pct > 0 ? '增长' : '下降'}${magnitude}%`;
}

// ---------------------------------------------------------------------------------------------
// Dates and periods as people read them

function dateParts(iso: string): [number, number, number] | null {
  if (!isValidIsoDate(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function monthParts(month: string): [number, number] | null {
  if (!ISO_MONTH.test(month)) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m >= 1 && m <= 12 ? [y, m] : null;
}

// Built once: constructing an Intl.DateTimeFormat costs milliseconds, and the audit log's CSV formats every entry.
let shanghaiClock: Intl.DateTimeFormat | null = null;

/**
 * A moment as people at the port read it, '2025-06-03 14:05:09' in Beijing time whatever the PC's own
 * zone (history, audit log, backups, last sign-in); the text as given when it is not a time.
 */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // sv-SE writes YYYY-MM-DD HH:mm:ss.
  shanghaiClock ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return shanghaiClock.format(d);
}

/** A byte count the way the messages give it ("50.0 MB", "320 KB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** '2025-06' → "2025年6月". */
export function formatMonthLabel(month: string): string {
  const p = monthParts(month);
  return p ? `${p[0]}年${p[1]}月` : EMPTY_MARK;
}

/** '2025-06-03' → "2025年6月3日". */
export function formatDateLabel(date: string): string {
  const p = dateParts(date);
  return p ? `${p[0]}年${p[1]}月${p[2]}日` : EMPTY_MARK;
}

/** '2025-06-03' → "6月3日", for chart axes and tables whose year is obvious. */
export function formatShortDateLabel(date: string): string {
  const p = dateParts(date);
  return p ? `${p[1]}月${p[2]}日` : EMPTY_MARK;
}

/**
 * An ISO-8601 week as "2025年第24周". The year is the week's ISO year, which differs from the
 * calendar year around 1 January (2024-12-30 falls in 2025年第1周); get it from periods.isoWeekOf.
 */
export function formatIsoWeekLabel(week: { isoYear: number; week: number }): string {
  if (!Number.isInteger(week.isoYear) || !Number.isInteger(week.week) || week.week < 1 || week.week > 53) return EMPTY_MARK;
  return `${week.isoYear}年第${week.week}周`;
}

const QUARTER_NUMERALS = ['一', '二', '三', '四'] as const;

/** 1–4 → "一"…"四". */
export function quarterNumeral(quarter: number): string {
  return QUARTER_NUMERALS[quarter - 1] ?? EMPTY_MARK;
}

/** (2025, 2) → "2025年第二季度". */
export function formatQuarterLabel(year: number, quarter: number): string {
  const numeral = QUARTER_NUMERALS[quarter - 1];
  return numeral && Number.isInteger(year) ? `${year}年第${numeral}季度` : EMPTY_MARK;
}

/** 2025 → "2025年". */
export function formatYearLabel(year: number): string {
  return Number.isInteger(year) ? `${year}年` : EMPTY_MARK;
}

/**
 * The cumulative months of a bulletin: (2025, 6) → "2025年1–6月累计". January alone is
 * "2025年1月累计" because "1–1月" reads as a typo.
 */
export function formatYtdLabel(year: number, throughMonth: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) return EMPTY_MARK;
  return throughMonth === 1 ? `${year}年1月累计` : `${year}年1${RANGE_DASH}${throughMonth}月累计`;
}

/**
 * A span of whole months: ('2024-07', '2024-12') → "2024年7–12月",
 * ('2024-11', '2025-02') → "2024年11月–2025年2月"; a single month is its month label.
 */
export function formatMonthRangeLabel(fromMonth: string, toMonth: string): string {
  const a = monthParts(fromMonth);
  const b = monthParts(toMonth);
  if (!a || !b) return EMPTY_MARK;
  if (fromMonth === toMonth) return formatMonthLabel(fromMonth);
  if (a[0] === b[0]) return `${a[0]}年${a[1]}${RANGE_DASH}${b[1]}月`;
  return `${formatMonthLabel(fromMonth)}${RANGE_DASH}${formatMonthLabel(toMonth)}`;
}

/**
 * Two dates, both included, each written in full so the label can be searched for in a PDF:
 * "2025年6月3日–2025年7月2日". A single day is its date label.
 */
export function formatDateRangeLabel(from: string, to: string): string {
  const a = formatDateLabel(from);
  const b = formatDateLabel(to);
  if (a === EMPTY_MARK || b === EMPTY_MARK) return EMPTY_MARK;
  return from === to ? a : `${a}${RANGE_DASH}${b}`;
}
