import { datesOfMonth, todayInShanghai } from '../../../../shared/domain/dates';
import { DAY_TYPES, type DayType } from '../../../../shared/domain/dayType';
import { figureValue } from '../../../../shared/domain/kpi';
import { isBlankDay } from '../../../../shared/domain/dailyFields';
import { dayTypeProfile, weekdayProfile } from '../../../../shared/domain/calendar/throughputProfile';
import type { CalendarDay } from '../../../../shared/contract/calendar';
import type { CoreDeps, Handlers } from '../../types';
import { actorOf } from '../../actor';
import { loadDailyRows, rowsBetween } from './dailyRows';
import { planDays } from './duty';
import { changeOf, figuresOf, reportSpans, splitAt, uncoveredOf, withheldChange } from './fivePlusTwo';
import { comparedDaysOf } from '../dashboard/comparedDays';
import { comparedPeriodLabel, comparedPeriods } from '../../../../shared/domain/comparedPeriods';
import { BASE_INCOMPLETE_LABEL, baseShortfall } from '../../../../shared/domain/baseCompleteness';
import { periodDays, periodLabel, samePeriodLastYear } from '../../../../shared/domain/periods';
import { requirePort } from '../../data/ports';
import { dayFiguresOf } from '../../dayFigures';
import { refusePulledPortCalendar } from './pulledPortCalendar';

type ViewHandlers = Pick<
  Handlers,
  | 'getDayTypes'
  | 'getCalendarMonth'
  | 'listDutyMismatches'
  | 'getFivePlusTwoSettings'
  | 'setFivePlusTwoSettings'
  | 'getFivePlusTwo'
  | 'getThroughputProfile'
>;

/** Day types, the month calendar, the 5+2 figures and the throughput profile. */
export function createCalendarViewHandlers(deps: CoreDeps): ViewHandlers {
  const { store, now, dayTypes } = deps;
  const { db } = store;
  // The days' figures (the central database's when it is served), beside the store's calendar and settings.
  const days = dayFiguresOf(deps).db as typeof db;

  async function rowsWithPlans(portId: number, from: string, to: string) {
    const rows = await loadDailyRows(days, dayTypes, portId, from, to);
    const { plans, hasRules } = await planDays(
      db,
      portId,
      rows.map((r) => ({ date: r.date, dayType: r.dayType, portOpen: r.values.portOpen })),
    );
    return { rows, plans, hasRules };
  }

  async function settingsOf(portId: number) {
    const row = await db.selectFrom('port_calendar_settings').selectAll().where('port_id', '=', portId).executeTakeFirst();
    return {
      portId,
      effectiveFrom: row?.five_plus_two_from ?? null,
      note: row?.note ?? null,
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
    };
  }

  return {
    async getDayTypes({ portId, from, to }) {
      const days = dayTypes.range(portId, from, to);
      const counts = Object.fromEntries(DAY_TYPES.map((t) => [t, 0])) as Record<DayType, number>;
      for (const d of days) counts[d.type]++;
      return { days, counts, ...uncoveredOf(from, to) };
    },

    async getCalendarMonth({ portId, month }) {
      const dates = datesOfMonth(month);
      const from = dates[0]!;
      const to = dates.at(-1)!;
      const { rows, plans, hasRules } = await rowsWithPlans(portId, from, to);
      const types = dayTypes.range(portId, from, to);
      const days = rows.map((r, i): CalendarDay => {
        const v = r.values;
        return {
          date: r.date,
          dayType: types[i]!,
          recorded: !isBlankDay(v),
          portOpen: v.portOpen,
          closureReason: v.closureReason,
          openCentihours: v.openCentihours,
          figures: {
            freightKg: figureValue(v, 'freightKg'),
            tradeValueYuan: figureValue(v, 'tradeValueYuan'),
            persons: figureValue(v, 'persons'),
            vehicles: figureValue(v, 'vehicles'),
          },
          plan: plans[i]!.plan,
          mismatch: plans[i]!.mismatch,
        };
      });
      return { month, days, hasDutyRules: hasRules, ...uncoveredOf(from, to) };
    },

    async listDutyMismatches({ portId, from, to }) {
      const { rows, plans } = await rowsWithPlans(portId, from, to);
      const types = dayTypes.range(portId, from, to);
      return rows.flatMap((r, i) => {
        const { plan, mismatch } = plans[i]!;
        return plan && mismatch ? [{ date: r.date, dayType: types[i]!, mismatch, plan, closureReason: r.values.closureReason }] : [];
      });
    },

    async getFivePlusTwoSettings({ portId }) {
      return settingsOf(portId);
    },

    async setFivePlusTwoSettings(input, ctx) {
      requirePort(store.sqlite, input.portId);
      refusePulledPortCalendar(store.sqlite, input.portId);
      const columns = {
        five_plus_two_from: input.effectiveFrom,
        note: input.note?.trim() || null,
        updated_at: now().toISOString(),
        updated_by: actorOf(ctx),
      };
      await db
        .insertInto('port_calendar_settings')
        .values({ port_id: input.portId, ...columns })
        .onConflict((oc) => oc.column('port_id').doUpdateSet(columns))
        .execute();
      return settingsOf(input.portId);
    },

    async getFivePlusTwo({ portId, kind, from, to, through }) {
      const period = { kind, from, to };
      // The days compared, as the dashboard's cards count them: a running period through the last
      // recorded day (the port's own, or the one the briefing found over all its ports).
      // A period not begun yet is shown whole (its calendar, days all unrecorded), not refused.
      const today = todayInShanghai(now());
      const cmp =
        from > today
          ? { chosen: period, current: period, previous: null, lastYear: samePeriodLastYear(period), futureDays: 0 }
          : through
            ? comparedPeriods(period, today, through)
            : await comparedDaysOf(deps, [portId], period);
      const { current: compared, lastYear } = cmp;
      const { loadFrom, loadTo } = reportSpans(compared, lastYear);
      const { rows, plans } = await rowsWithPlans(portId, loadFrom, loadTo);
      const indexed = rows.map((row, i) => ({ date: row.date, row, plan: plans[i]! }));
      const figures = (a: string, b: string) => {
        const part = rowsBetween(indexed, a, b);
        return figuresOf(
          part.map((p) => p.row),
          part.map((p) => p.plan),
          a,
          b,
        );
      };

      const recorded = (a: string, b: string) => rowsBetween(indexed, a, b).filter((p) => !isBlankDay(p.row.values)).length;
      const current = figures(compared.from, compared.to);
      const previous = figures(lastYear.from, lastYear.to);
      const currentRecords = { recordedDays: recorded(compared.from, compared.to) };
      const reason = baseShortfall('上年同期', { portDays: periodDays(lastYear), recordedDays: recorded(lastYear.from, lastYear.to) }, currentRecords);
      const yoyWithheld = reason ? { label: BASE_INCOMPLETE_LABEL, reason } : null;
      const { effectiveFrom } = await settingsOf(portId);
      let beforeAfter = null;
      if (effectiveFrom) {
        const split = splitAt(compared.from, compared.to, effectiveFrom);
        const before = split.before ? figures(...split.before) : null;
        const after = split.after ? figures(...split.after) : null;
        beforeAfter = { before, after, change: before && after ? changeOf(after, before, true) : null };
      }

      const span = await days
        .selectFrom('daily_records')
        .select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')])
        .where('port_id', '=', portId)
        .executeTakeFirst();

      return {
        portId,
        period,
        current,
        compared: { label: comparedPeriodLabel(cmp), lastYearLabel: periodLabel(lastYear), futureDays: cmp.futureDays },
        samePeriodLastYear: previous,
        yoy: yoyWithheld ? withheldChange() : changeOf(current, previous),
        yoyWithheld,
        effectiveFrom,
        beforeAfter,
        recordedSpan: span?.first && span.last ? { from: span.first, to: span.last } : null,
        ...uncoveredOf(loadFrom, loadTo),
      };
    },

    async getThroughputProfile({ portId, from, to }) {
      const rows = await loadDailyRows(days, dayTypes, portId, from, to);
      return { weekdays: weekdayProfile(rows), dayTypes: dayTypeProfile(rows), ...uncoveredOf(from, to) };
    },
  };
}
