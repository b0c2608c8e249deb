import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tempCore, type TestCore } from './helpers/tempCore';
import { seedDays, type DaySeed } from './helpers/seedDays';
import type { KpiReport } from '../../shared/contract/dashboard';
import { addDays, daysBetween, datesBetween, daysInMonth, weekdayOf } from '../../shared/domain/dates';
import { mulberry32 } from '../../shared/domain/seededRandom';
import type { DayValues } from '../../shared/domain/dailyFields';
import { METRIC_KEYS, type MetricKey } from '../../shared/domain/metrics';
import type { Period } from '../../shared/domain/periods';

/**
 * Every KPI and 5+2 figure of random periods (running ones included, under a random "today")
 * against a naive day-by-day recomputation written here, apart from the program's code: which days
 * are compared, the bases, the sums and means, the percentages and when a base is too incomplete
 * to give one.
 */

const FIRST = '2024-01-01';
const LAST_RECORD = '2026-11-30';
/** a week nobody entered, so some bases are incomplete */
const GAP = ['2025-03-10', '2025-03-16'] as const;

type Day = Partial<DayValues>;

/** A store's worth of days from a seeded generator: a day in fifty left out, a closure now and then. */
function makeDays(): Map<string, Day> {
  const rnd = mulberry32(20261203);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const maybe = <T,>(v: T): T | null => (rnd() < 0.1 ? null : v);
  const days = new Map<string, Day>();
  for (const date of datesBetween(FIRST, LAST_RECORD)) {
    if ((date >= GAP[0] && date <= GAP[1]) || rnd() < 0.02) continue;
    if (rnd() < 0.05) {
      days.set(date, { portOpen: false, closureReason: '道路塌方' });
      continue;
    }
    days.set(date, {
      portOpen: rnd() < 0.05 ? null : true,
      personsIn: maybe(500 + int(1000)),
      personsOut: maybe(500 + int(1000)),
      importFreightKg: maybe(int(200_000)),
      exportFreightKg: maybe(int(300_000)),
      importValueYuan: maybe(int(5_000_000)),
      exportValueYuan: maybe(int(8_000_000)),
      vehiclesIn: maybe(10 + int(40)),
      vehiclesOut: maybe(10 + int(40)),
      importClearanceCentihours: maybe(500 + int(2000)),
    });
  }
  return days;
}

// ---- the naive recomputation ------------------------------------------------------------------

const PARTS: Partial<Record<MetricKey, (keyof DayValues)[]>> = {
  tradeValueYuan: ['importValueYuan', 'exportValueYuan'],
  freightKg: ['importFreightKg', 'exportFreightKg'],
  persons: ['personsIn', 'personsOut'],
  vehicles: ['vehiclesIn', 'vehiclesOut'],
  declarations: ['importDeclarations', 'exportDeclarations'],
};
const MEANS: MetricKey[] = ['importClearanceCentihours', 'exportClearanceCentihours', 'openCentihours'];

function naiveValue(days: Map<string, Day>, from: string, to: string, key: MetricKey): number | null {
  const inSpan = datesBetween(from, to).flatMap((d) => (days.has(d) ? [days.get(d)!] : []));
  if (key === 'openDays') return inSpan.length === 0 ? null : inSpan.filter((d) => d.portOpen === true).length;
  const fields = PARTS[key] ?? [key as keyof DayValues];
  const values = inSpan.flatMap((d) => fields.map((f) => d[f]).filter((v): v is number => typeof v === 'number'));
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return MEANS.includes(key) ? sum / values.length : sum;
}

/**
 * Whether a figure was handled over a span, counted day by day: blank (no part entered) on fewer than
 * a week of its open days, or on at most a tenth of them. Otherwise no change is given against it.
 */
function naiveHandled(days: Map<string, Day>, from: string, to: string, key: MetricKey): boolean {
  if (key === 'openDays') return true;
  const inSpan = datesBetween(from, to).flatMap((d) => (days.has(d) ? [days.get(d)!] : []));
  const open = inSpan.filter((d) => d.portOpen === true).length;
  if (open === 0) return true;
  const fields = PARTS[key] ?? [key as keyof DayValues];
  const reported = Math.max(...fields.map((f) => inSpan.filter((d) => typeof d[f] === 'number').length));
  const blank = open - reported;
  return blank < 7 || blank <= open * 0.1;
}

const recorded = (days: Map<string, Day>, from: string, to: string) => datesBetween(from, to).filter((d) => days.has(d)).length;

/** The compared days: a period not over runs through its last recorded day (today when none). */
function naiveCurrent(days: Map<string, Day>, p: Period, today: string): { from: string; to: string } {
  if (p.to < today) return { from: p.from, to: p.to };
  for (let d = p.to < today ? p.to : today; d >= p.from; d = addDays(d, -1)) if (days.has(d)) return { from: p.from, to: d };
  return { from: p.from, to: today };
}

const lastOfMonth = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(`${y}-${String(m).padStart(2, '0')}`)).padStart(2, '0')}`;
const ym = (d: string) => [Number(d.slice(0, 4)), Number(d.slice(5, 7))] as const;
function monthsBack(d: string, n: number): string {
  const [y, m] = ym(d);
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
}
const isWholeMonths = (p: Period) => p.from.endsWith('-01') && p.to === lastOfMonth(...ym(p.to));
const monthsIn = (p: Period) => (ym(p.to)[0] - ym(p.from)[0]) * 12 + ym(p.to)[1] - ym(p.from)[1] + 1;

/** The whole 环比 base of a period, by the rules written in the bulletins' terms. */
function naivePrevious(p: Period): { from: string; to: string } | null {
  if (p.kind === 'ytd') return null;
  if (p.kind === 'week') return { from: addDays(p.from, -7), to: addDays(p.to, -7) };
  if (p.kind !== 'range' || isWholeMonths(p)) {
    const from = monthsBack(p.from, monthsIn(p));
    return { from, to: addDays(p.from, -1) };
  }
  const n = daysBetween(p.from, p.to) + 1;
  return { from: addDays(p.from, -n), to: addDays(p.from, -1) };
}

/** The whole 同比 base (a week's is read from the report and checked to be the same ISO week a year earlier). */
function naiveLastYear(p: Period, reportedFrom: string): { from: string; to: string } {
  if (p.kind === 'week') return { from: reportedFrom, to: addDays(reportedFrom, 6) };
  const back = (d: string) => (d.endsWith('02-29') ? `${Number(d.slice(0, 4)) - 1}-02-28` : `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`);
  if (p.kind !== 'range' || isWholeMonths(p)) {
    const [y, m] = ym(p.to);
    return { from: back(p.from), to: lastOfMonth(y - 1, m) };
  }
  const from = back(p.from);
  return { from, to: addDays(from, daysBetween(p.from, p.to)) };
}

function firstDays(span: { from: string; to: string }, n: number): { from: string; to: string } {
  const to = addDays(span.from, n - 1);
  return { from: span.from, to: to < span.to ? to : span.to };
}

function naivePct(current: number | null, base: number | null, complete: boolean): number | null {
  if (!complete || current === null || base === null || base === 0) return null;
  return ((current - base) / base) * 100;
}

// ---- the random periods ----------------------------------------------------------------------

function periodArb(today: string): fc.Arbitrary<Period> {
  const from = '2025-06-01';
  const span = daysBetween(from, today);
  const dayIn = fc.integer({ min: 0, max: span }).map((i) => addDays(from, i));
  const monday = (d: string) => addDays(d, -((weekdayOf(d) + 6) % 7));
  return fc.oneof(
    dayIn.map((d): Period => ({ kind: 'week', from: monday(d), to: addDays(monday(d), 6) })),
    dayIn.map((d): Period => ({ kind: 'month', from: `${d.slice(0, 7)}-01`, to: lastOfMonth(...ym(d)) })),
    dayIn.map((d): Period => {
      const [y, m] = ym(d);
      const q = Math.floor((m - 1) / 3);
      return { kind: 'quarter', from: `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: lastOfMonth(y, q * 3 + 3) };
    }),
    dayIn.map((d): Period => ({ kind: 'year', from: `${d.slice(0, 4)}-01-01`, to: `${d.slice(0, 4)}-12-31` })),
    fc.tuple(dayIn, fc.integer({ min: 0, max: 11 })).map(([d, extra]): Period => {
      const [y, m] = ym(d);
      return { kind: 'ytd', from: `${y}-01-01`, to: lastOfMonth(y, Math.min(12, m + extra)) };
    }),
    fc.tuple(dayIn, fc.integer({ min: 0, max: 400 })).map(([d, n]): Period => ({ kind: 'range', from: d, to: addDays(d, n) })),
    fc.tuple(dayIn, fc.integer({ min: 0, max: 5 })).map(([d, n]): Period => {
      const [y, m] = ym(d);
      return { kind: 'range', from: `${d.slice(0, 7)}-01`, to: lastOfMonth(m + n > 12 ? y + 1 : y, ((m + n - 1) % 12) + 1) };
    }),
  );
}

const todayArb = fc.integer({ min: 0, max: 50 }).map((i) => addDays('2026-11-20', i));

describe('the days compared, against a naive day-by-day recomputation (property)', () => {
  it('every KPI and 5+2 figure of random periods, running ones included', async () => {
    const days = makeDays();
    let today = '2026-12-03';
    const core: TestCore = await tempCore({ now: () => new Date(`${today}T12:00:00+08:00`) });
    await seedDays(core, 1, [...days].map(([d, v]): DaySeed => [d, v]));
    const types = new Map((await core.ok('getDayTypes', { portId: 1, from: FIRST, to: '2027-12-31' })).days.map((d) => [d.date, d.type]));
    const isRest = (d: string) => ['weekend', 'holiday', 'regionalHoliday'].includes(types.get(d) ?? '');

    await fc.assert(
      fc.asyncProperty(
        todayArb.chain((t) => fc.tuple(fc.constant(t), periodArb(t))),
        async ([t, period]) => {
          today = t;
          const r: KpiReport = await core.ok('getDashboardKpis', { portIds: [1], period });

          // which days
          const cur = naiveCurrent(days, period, today);
          const n = daysBetween(cur.from, cur.to) + 1;
          const running = cur.to !== period.to;
          expect(r.current, 'current').toMatchObject(cur);
          expect(r.futureDays).toBe(daysBetween(cur.to, period.to));
          if (running) expect(r.chosen.label).toContain(`截至${Number(cur.to.slice(5, 7))}月${Number(cur.to.slice(8))}日`);

          const wholePrev = naivePrevious(period);
          const prev = wholePrev && (running ? firstDays(wholePrev, n) : wholePrev);
          if (period.kind === 'week') {
            expect(weekdayOf(r.lastYear.from)).toBe(1);
            expect([364, 371]).toContain(daysBetween(r.lastYear.from, period.from));
          }
          const wholeLy = naiveLastYear(period, r.lastYear.from);
          const ly = running ? firstDays(wholeLy, n) : wholeLy;
          expect(r.previous === null ? null : { from: r.previous.from, to: r.previous.to }, 'previous').toEqual(prev);
          expect({ from: r.lastYear.from, to: r.lastYear.to }, 'lastYear').toEqual(ly);

          // how complete, and whether a base may give a percentage
          const recCur = recorded(days, cur.from, cur.to);
          const complete = (b: { from: string; to: string }) => {
            const rec = recorded(days, b.from, b.to);
            return rec === daysBetween(b.from, b.to) + 1 && rec >= 0.8 * recCur;
          };
          const prevOk = prev !== null && complete(prev);
          const lyOk = complete(ly);
          expect(r.withheld.mom === null, 'mom withheld').toBe(prev === null || prevOk);
          expect(r.withheld.yoy === null, 'yoy withheld').toBe(lyOk);
          expect(r.coverage.current.recordedDays).toBe(recCur);
          expect(r.coverage.current.missingDays).toBe(n - recCur);

          // every figure
          for (const key of METRIC_KEYS) {
            const f = r.figures.find((x) => x.key === key)!;
            const c = naiveValue(days, cur.from, cur.to, key);
            const p = prev && naiveValue(days, prev.from, prev.to, key);
            const l = naiveValue(days, ly.from, ly.to, key);
            const close = (a: number | null, b: number | null, what: string) => {
              if (b === null) expect(a, `${key} ${what}`).toBeNull();
              else expect(a, `${key} ${what}`).toBeCloseTo(b, 6);
            };
            close(f.current, c, 'current');
            close(f.previous, p, 'previous');
            close(f.lastYear, l, 'lastYear');
            const handled = (b: { from: string; to: string }) => naiveHandled(days, cur.from, cur.to, key) && naiveHandled(days, b.from, b.to, key);
            close(f.momPct, naivePct(c, p, prevOk && prev !== null && handled(prev)), '环比');
            close(f.yoyPct, naivePct(c, l, lyOk && handled(ly)), '同比');
          }

          // the 5+2 panel: the same days, the same base, coverage counted day by day
          const five = await core.ok('getFivePlusTwo', { portId: 1, kind: period.kind, from: period.from, to: period.to });
          expect({ from: five.current.from, to: five.current.to }).toEqual(cur);
          expect({ from: five.samePeriodLastYear.from, to: five.samePeriodLastYear.to }).toEqual(ly);
          const rest = datesBetween(cur.from, cur.to).filter(isRest);
          const restOpen = rest.filter((d) => days.get(d)?.portOpen === true);
          expect(five.current.restDays).toBe(rest.length);
          expect(five.current.restDaysOpen).toBe(restOpen.length);
          if (rest.length === 0) expect(five.current.coveragePct).toBeNull();
          else expect(five.current.coveragePct).toBeCloseTo((restOpen.length / rest.length) * 100, 6);
          expect(five.yoyWithheld === null, '5+2 同比 withheld').toBe(lyOk);
          const lyRest = datesBetween(ly.from, ly.to).filter(isRest);
          const lyCoverage = lyRest.length === 0 ? null : (lyRest.filter((d) => days.get(d)?.portOpen === true).length / lyRest.length) * 100;
          const cov = rest.length === 0 ? null : (restOpen.length / rest.length) * 100;
          const points = lyOk && cov !== null && lyCoverage !== null ? cov - lyCoverage : null;
          if (points === null) expect(five.yoy.coveragePoints).toBeNull();
          else expect(five.yoy.coveragePoints).toBeCloseTo(points, 6);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a running year: the cards, the 5+2 panel and the briefing count the same days (issue case)', async () => {
    const days = makeDays();
    const core = await tempCore({ now: () => new Date('2026-12-03T12:00:00+08:00') });
    await seedDays(core, 1, [...days].filter(([d]) => d >= '2025-01-01').map(([d, v]): DaySeed => [d, v]));
    const year: Period = { kind: 'year', from: '2026-01-01', to: '2026-12-31' };
    const kpis = await core.ok('getDashboardKpis', { portIds: [1], period: year });
    const five = await core.ok('getFivePlusTwo', { portId: 1, ...year });
    const briefing = await core.ok('getBriefing', { portId: 1, period: year });

    // through the last recorded day, 30 November: December's weekends still to come are not "未填"
    expect(kpis.chosen.label).toBe('2026年（截至11月30日）');
    expect(five.compared.label).toBe('2026年（截至11月30日）');
    expect(five.current.to).toBe('2026-11-30');
    expect(briefing.notices).toContain('所选时段尚未结束，数据截至2026年11月30日。');
    // one coverage, one rest-day count
    expect(briefing.fivePlusTwo!.coveragePct).toBe(five.current.coveragePct);
    expect(briefing.fivePlusTwo!.restDays).toBe(five.current.restDays);
    expect(briefing.fivePlusTwo!.restDaysOpen).toBe(five.current.restDaysOpen);
    expect(kpis.coverage.current.restDays).toBe(five.current.restDays);
    expect(kpis.coverage.current.restDaysOpen).toBe(five.current.restDaysOpen);
    // the briefing's table is the cards' figures
    for (const row of briefing.kpis!.rows) {
      const f = kpis.figures.find((x) => x.key === row.key)!;
      expect(row, row.key).toMatchObject({ current: f.current, lastYear: f.lastYear, yoyPct: f.yoyPct, momPct: f.momPct });
    }
  });
});
