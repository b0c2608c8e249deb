import { getNiceTickValues } from 'recharts';
import type { TrendMarker, TrendPoint, TrendReport, TrendSeries } from '../../../../shared/contract/dashboard';
import { chartScaleFor, toChartNumber, type ChartScale } from '../../../../shared/domain/chartScale';
import { daysBetween } from '../../../../shared/domain/dates';
import type { Granularity } from '../../../../shared/domain/periods';

/**
 * What a Recharts line chart needs from a trend series: one row per point with the values in the
 * axis unit, the lines to draw, and where the markers go. Pure, so it is tested without a DOM and
 * shared by the dashboard and the briefing.
 */

/** Colours of ports, in the order chosen; the first is the app's blue. */
export const PORT_COLORS = ['#1f5fa8', '#d4862a', '#2e9e6b', '#8c4fb3', '#c24d4d', '#4b8fb8', '#8a8a3b', '#b35a8c', '#5a6b7d', '#3c9d9b'] as const;
export const CLOSED_COLOR = '#cf1322';
export const MARKER_COLOR = '#722ed1';

export interface ChartLine {
  dataKey: string;
  name: string;
  color: string;
  /** last year's line: dashed and lighter */
  lastYear: boolean;
  /** the port's index in `ports` */
  portIndex: number;
}

export interface ChartRow {
  /** the point's bucket key: the x value */
  key: string;
  /** index into series.points */
  i: number;
  [dataKey: string]: number | string | null;
}

export interface TrendChartModel {
  rows: ChartRow[];
  lines: ChartLine[];
  scale: ChartScale;
  /** the value axis' ticks, in the axis unit, from 0 to just above the largest value drawn */
  yTicks: number[];
  /** the top tick: the value drawn at the top of the plot */
  yTop: number;
  /** indices of the points with closures worth a mark (see closureMarked) */
  closedAt: number[];
  /**
   * indices of the points whose bucket the range cuts (a running month's week …): drawn hollow, the
   * tooltip saying which days it holds, so a short bucket does not read as a fall
   */
  partialAt: number[];
  /** measure markers moved onto a drawn point (a thinned series may have dropped their own), with its index */
  markers: { key: string; label: string; at: number }[];
  /** the axis label of each x value: its short label, and the year under the first point of each year */
  tick(key: string): { label: string; year: string | null };
  /** how the time axis keeps to the calendar when not every point is labelled */
  calendar: XAxisCalendar;
}

const PER_YEAR: Record<Granularity, number | null> = { day: null, week: null, month: 12, quarter: 4, year: 1 };

/** At most 10% of a bucket's port-days closed is routine and left to the tooltip. */
export const NOTABLE_CLOSURE_SHARE = 0.1;

/**
 * Whether a bucket's closures get a mark: every closed day by day; a longer bucket only when the
 * port was closed for a tenth of it or more, else a ten-year chart would be red dots throughout
 * (a day or two closed in a month is the norm on a mountain road).
 */
export function closureMarked(point: Pick<TrendPoint, 'closedDays' | 'from' | 'to'>, granularity: Granularity, ports: number): boolean {
  if (point.closedDays === 0) return false;
  if (granularity === 'day') return true;
  return point.closedDays >= NOTABLE_CLOSURE_SHARE * (daysBetween(point.from, point.to) + 1) * ports;
}

function yearOfKey(key: string): string {
  return key.slice(0, 4);
}

/** Axis labels are short ("6月", "第24周"); the first point and the first of each year carry the year below. */
function ticks(points: readonly TrendPoint[], granularity: Granularity): Map<string, { label: string; year: string | null }> {
  const out = new Map<string, { label: string; year: string | null }>();
  points.forEach((p, i) => {
    const newYear = i === 0 || yearOfKey(p.key) !== yearOfKey(points[i - 1]!.key);
    out.set(p.key, { label: p.shortLabel, year: granularity !== 'year' && newYear ? `${yearOfKey(p.key)}年` : null });
  });
  return out;
}

export function buildTrendChartModel(
  series: TrendSeries,
  report: Pick<TrendReport, 'ports' | 'granularity' | 'markers'>,
  options: { lastYear: boolean },
): TrendChartModel {
  const points = series.points;
  let max: number | null = null;
  for (const p of points) {
    for (const v of [...p.values, ...(options.lastYear ? (p.lastYearValues ?? []) : [])]) if (v !== null && (max === null || v > max)) max = v;
  }
  const scale = chartScaleFor(series.kind, max);
  const showLastYear = options.lastYear && points.some((p) => p.lastYearValues !== null);

  const lines: ChartLine[] = [];
  report.ports.forEach((port, i) => {
    const color = PORT_COLORS[i % PORT_COLORS.length]!;
    const single = report.ports.length === 1;
    lines.push({ dataKey: `v${i}`, name: single ? '本期' : port.name, color, lastYear: false, portIndex: i });
    if (showLastYear) lines.push({ dataKey: `ly${i}`, name: single ? '上年同期' : `${port.name}（上年同期）`, color, lastYear: true, portIndex: i });
  });

  const rows = points.map((p, i) => {
    const row: ChartRow = { key: p.key, i };
    p.values.forEach((v, j) => (row[`v${j}`] = toChartNumber(v, scale)));
    if (showLastYear) p.lastYearValues?.forEach((v, j) => (row[`ly${j}`] = toChartNumber(v, scale)));
    return row;
  });

  const markers = report.markers.flatMap((m: TrendMarker) => {
    // the first drawn point at or after the marker's bucket (keys sort in time order)
    const at = points.findIndex((p) => p.key >= m.bucketKey);
    return at >= 0 ? [{ key: points[at]!.key, label: m.label, at }] : [];
  });

  // Recharts' own choice of ticks (its 'adaptive' nice steps), made once here rather than by each
  // chart's axis on every draw.
  const yTicks = getNiceTickValues([0, toChartNumber(max, scale) ?? 0], 5, true, 'adaptive');
  const tickOf = ticks(points, report.granularity);
  return {
    rows,
    lines,
    scale,
    yTicks,
    yTop: yTicks.at(-1) || 1,
    closedAt: points.flatMap((p, i) => (closureMarked(p, report.granularity, report.ports.length) ? [i] : [])),
    partialAt: points.flatMap((p, i) => (p.partial ? [i] : [])),
    markers,
    tick: (key) => tickOf.get(key) ?? { label: key, year: null },
    calendar: {
      perYear: PER_YEAR[report.granularity],
      yearStarts: points.flatMap((p, i) => (p.from.endsWith('-01-01') ? [i] : [])),
    },
  };
}

/** The x axis labels' font size and the least room between two of them, in px. */
export const AXIS_FONT_SIZE = 12;
export const MIN_TICK_GAP = 10;

/**
 * About how wide a label is drawn: CJK glyphs are a full em, digits and Latin letters about 0.6 em.
 * Enough to space axis labels; Recharts would otherwise measure every label in the DOM, on every
 * chart, each time it is drawn.
 */
export function labelWidth(text: string, fontSize = AXIS_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}

/** Where the x axis labels may go: the plot's width, and the room the chart leaves left and right of it. */
export interface XAxisRoom {
  plotWidth: number;
  left: number;
  right: number;
}

/** The widest label of `keys` (short label, or the year below it). */
export function widestLabel(keys: readonly string[], tick: TrendChartModel['tick']): number {
  let widest = 0;
  for (const k of keys) {
    const t = tick(k);
    widest = Math.max(widest, labelWidth(t.label), t.year ? labelWidth(t.year) : 0);
  }
  return widest;
}

/** How the time axis may be labelled: how many points make a year, and which points start one. */
export interface XAxisCalendar {
  /** months 12, quarters 4, years 1; null (days, weeks) for no calendar spacing */
  perYear: number | null;
  /** indices of the points that are the first of a calendar year */
  yearStarts: readonly number[];
}

/** The least label step of at least `every` points that keeps to the calendar: a part of a year that divides it, or whole years. */
function calendarStep(perYear: number, every: number): number {
  for (let s = every; s < perYear; s++) if (perYear % s === 0) return s;
  return Math.ceil(every / perYear) * perYear;
}

/**
 * The indices of the time axis points that get a label, as many as keep `gap` px apart: the first
 * and the last (pulled inside the chart) always, and between them every n-th point — counted from
 * the first year's start when the buckets are months or quarters, so that the labels fall on the
 * same months each year and the years are named ("一季度 / 2018年"), not on a quarter that happens
 * to come round. Decided from the labels' estimated widths, without measuring them in the page.
 */
export function xTickIndices(keys: readonly string[], tick: TrendChartModel['tick'], room: XAxisRoom, calendar: XAxisCalendar, gap = MIN_TICK_GAP): number[] {
  const n = keys.length;
  if (n <= 1) return n === 1 ? [0] : [];
  const size = widestLabel(keys, tick);
  const step = room.plotWidth / (n - 1);
  // (half a pixel either way is no collision, and keeps float rounding from dropping a label)
  const SLACK = 0.5;
  let every = Math.max(1, Math.ceil((size + gap - SLACK) / step));
  let from = 0;
  const firstYear = calendar.yearStarts[0];
  if (calendar.perYear && firstYear !== undefined && every > 1) {
    every = calendarStep(calendar.perYear, every);
    from = firstYear % every;
  }
  const atOf = (i: number) => (i === 0 ? Math.max(0, size / 2 - room.left) : i * step);
  const lastAt = Math.min((n - 1) * step, room.plotWidth + room.right - size / 2);
  const end = lastAt - size / 2 - gap;
  const shown = [0];
  let clearFrom = atOf(0) + size / 2 + gap;
  for (let i = from === 0 ? every : from; i < n - 1; i += every) {
    const at = atOf(i);
    if (at - size / 2 < clearFrom - SLACK || at + size / 2 > end + SLACK) continue;
    shown.push(i);
    clearFrom = at + size / 2 + gap;
  }
  shown.push(n - 1);
  return shown;
}
