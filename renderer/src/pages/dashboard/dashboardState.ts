import { addMonths, isValidIsoDate, monthOf } from '../../../../shared/domain/dates';
import {
  isCanonicalPeriod,
  lastCompletePeriod,
  monthContaining,
  rangePeriod,
  type Granularity,
  type Period,
  type PeriodKind,
  type SeriesBucket,
} from '../../../../shared/domain/periods';

/**
 * What the dashboard shows, kept in the URL (#/dashboard?kind=month&from=…) so a reload, a
 * bookmark or a link from the briefing opens the same view. Pure: tested without a browser.
 */
export type ChartRange = 'period' | '12m' | '3y' | 'all';
export const CHART_RANGES: readonly ChartRange[] = ['period', '12m', '3y', 'all'];
export const GRANULARITY_CHOICES: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface DashboardState {
  /** null until chosen: the page then picks a default from the data */
  period: Period | null;
  /** empty: the session's port */
  portIds: number[];
  chartRange: ChartRange;
  /** null: chosen from the range */
  granularity: Granularity | null;
  lastYear: boolean;
}

const KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'year', 'ytd', 'range'];

export function parseDashboardParams(params: URLSearchParams): DashboardState {
  const kind = params.get('kind') as PeriodKind | null;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  let period: Period | null = null;
  if (kind && KINDS.includes(kind) && isValidIsoDate(from) && isValidIsoDate(to)) {
    const p = { kind, from, to };
    if (isCanonicalPeriod(p)) period = p;
  }
  const portIds = (params.get('ports') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const range = params.get('range') as ChartRange | null;
  const g = params.get('g') as Granularity | null;
  return {
    period,
    portIds: [...new Set(portIds)],
    chartRange: range && CHART_RANGES.includes(range) ? range : 'period',
    granularity: g && GRANULARITY_CHOICES.includes(g) ? g : null,
    lastYear: params.get('ly') !== '0',
  };
}

export function dashboardParams(s: DashboardState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.period) Object.assign(out, { kind: s.period.kind, from: s.period.from, to: s.period.to });
  if (s.portIds.length) out.ports = s.portIds.join(',');
  if (s.chartRange !== 'period') out.range = s.chartRange;
  if (s.granularity) out.g = s.granularity;
  if (!s.lastYear) out.ly = '0';
  return out;
}

/**
 * The ports shown: those in the URL, else the session's. While the port list is still loading
 * (`known` null) the URL is trusted, so the figures are asked for at once (the core refuses an
 * unknown port); once it is known, ports that no longer exist are dropped.
 */
export function shownPorts(urlIds: readonly number[], known: readonly number[] | null, sessionPort: number | null): number[] {
  const ids = known ? urlIds.filter((id) => known.includes(id)) : [...urlIds];
  if (ids.length) return ids;
  return sessionPort !== null ? [sessionPort] : [];
}

/**
 * The period shown before anyone chooses: the last complete month, or, when the data stop
 * earlier (an old import, the demo data), the month of the last record.
 */
export function defaultPeriod(today: string, lastRecorded: string | null): Period {
  const lastMonth = lastCompletePeriod('month', today);
  if (lastRecorded && lastRecorded < lastMonth.from) return monthContaining(lastRecorded);
  return lastMonth;
}

/** What the trend charts span: from–to, or from the first record on if that is earlier. */
export interface ChartSpan {
  from: string;
  to: string;
  /** all years: the core starts at the ports' first recorded day (the report says which) */
  fromFirstRecord?: true;
}

/**
 * The trend span for the chosen chart range, ending with the period (or today, if sooner). All
 * years are left to the core to start, so they are asked for at once, not after the extent.
 */
export function chartSpan(range: ChartRange, period: Period, today: string): ChartSpan {
  const to = period.to < today ? period.to : today;
  switch (range) {
    case 'period':
      return { from: period.from, to };
    case '12m':
      return { from: `${addMonths(monthOf(to), -11)}-01`, to };
    case '3y':
      return { from: `${addMonths(monthOf(to), -35)}-01`, to };
    case 'all':
      return { from: period.from, to, fromFirstRecord: true };
  }
}

/** The period a clicked trend point stands for: its week, month … or just its days when cut. */
export function periodOfBucket(b: Pick<SeriesBucket, 'from' | 'to' | 'partial'>, granularity: Granularity): Period {
  const kind: PeriodKind = b.partial || granularity === 'day' ? 'range' : granularity;
  const p = { kind, from: b.from, to: b.to };
  return isCanonicalPeriod(p) ? p : rangePeriod(b.from, b.to);
}
