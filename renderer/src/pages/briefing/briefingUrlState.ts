/**
 * Which briefing the page shows, kept in the URL (#/briefing?port=1&preset=lastMonth&kind=month&
 * from=…&to=…) so a reload or a bookmark opens the same one, and the presets that pick a period.
 */

import { isValidIsoDate } from '../../../../shared/domain/dates';
import {
  lastCompletePeriod,
  lastCompleteYtd,
  monthPeriod,
  periodContaining,
  rangePeriod,
  ytdPeriod,
  type Period,
  type PeriodKind,
} from '../../../../shared/domain/periods';

export const PRESETS = ['lastWeek', 'lastMonth', 'lastQuarter', 'lastYear', 'ytd', 'month', 'range'] as const;
export type Preset = (typeof PRESETS)[number];

export interface BriefingQuery {
  /** null: all ports together */
  portId: number | null;
  preset: Preset;
  period: Period;
}

const KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'year', 'ytd', 'range'];

/** The period a preset stands for on `today`: the last complete week, month … or 1–N月 of this year. */
export function presetPeriod(preset: Preset, today: string): Period {
  switch (preset) {
    case 'lastWeek':
      return lastCompletePeriod('week', today);
    case 'lastMonth':
    case 'month':
      return lastCompletePeriod('month', today);
    case 'lastQuarter':
      return lastCompletePeriod('quarter', today);
    case 'lastYear':
      return lastCompletePeriod('year', today);
    case 'ytd':
      return lastCompleteYtd(today);
    case 'range':
      return rangePeriod(lastCompletePeriod('month', today).from, lastCompletePeriod('month', today).to);
  }
}

/** A chosen month (YYYY-MM) as the period of the preset that takes one. */
export function periodForMonth(preset: 'month' | 'ytd', month: string): Period {
  return preset === 'month' ? monthPeriod(month) : ytdPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** The preset a period most likely came from, for a link that names only the period. */
function presetOf(period: Period, today: string): Preset {
  for (const p of ['lastWeek', 'lastMonth', 'lastQuarter', 'lastYear'] as const) {
    const q = presetPeriod(p, today);
    if (q.kind === period.kind && q.from === period.from && q.to === period.to) return p;
  }
  if (period.kind === 'month') return 'month';
  if (period.kind === 'ytd') return 'ytd';
  return 'range';
}

/** A period from the URL, if its dates are real and agree with its kind; else null. */
export function periodFromParams(params: URLSearchParams): Period | null {
  const kind = params.get('kind') as PeriodKind | null;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!kind || !KINDS.includes(kind) || !isValidIsoDate(from) || !isValidIsoDate(to) || from > to) return null;
  if (kind === 'range') return rangePeriod(from, to);
  const expected = kind === 'ytd' ? ytdPeriod(Number(to.slice(0, 4)), Number(to.slice(5, 7))) : periodContaining(kind, from);
  return expected.from === from && expected.to === to ? expected : null;
}

/** The briefing named by the URL, falling back to the session's port and last month. */
export function readBriefingQuery(params: URLSearchParams, today: string, sessionPortId: number | null): BriefingQuery {
  const port = params.get('port');
  const portId = port === 'all' ? null : Number(port) > 0 ? Number(port) : sessionPortId;
  const period = periodFromParams(params);
  const preset = (PRESETS as readonly string[]).includes(params.get('preset') ?? '') ? (params.get('preset') as Preset) : null;
  if (period) return { portId, preset: preset ?? presetOf(period, today), period };
  const p = preset ?? 'lastMonth';
  return { portId, preset: p, period: presetPeriod(p, today) };
}

export function briefingQueryParams(q: BriefingQuery): Record<string, string> {
  return { port: q.portId === null ? 'all' : String(q.portId), preset: q.preset, kind: q.period.kind, from: q.period.from, to: q.period.to };
}
