import { datesOfMonth } from '../../../../shared/domain/dates';
import type { Revision } from '../../../../shared/contract/days';
import type { CoreDeps, Handlers } from '../../types';
import { rowToRecord } from './dayRecordRows';
import { writeDays } from './dayWriter';
import { readRevisionChanges } from './revisionChanges';
import { rangeWarningsOfSave } from './rangeWarnings';
import { actorOf } from '../../actor';
import { readDay, readDays } from '../../data/dailyRecords';

type DayHandlers = Pick<Handlers, 'getDay' | 'getMonth' | 'saveDay' | 'saveDays' | 'getDayHistory'>;

export function createDayHandlers({ store, now, dayTypes }: CoreDeps): DayHandlers {
  const { db } = store;
  return {
    async getDay({ portId, date }) {
      const row = readDay(store.sqlite, portId, date);
      return row ? rowToRecord(row) : null;
    },

    async getMonth({ portId, month }) {
      const dates = datesOfMonth(month);
      const rows = readDays(store.sqlite, portId, dates[0]!, dates.at(-1)!);
      const byDate = new Map(rows.map((r) => [r.date, rowToRecord(r)]));
      const types = new Map(dayTypes.range(portId, dates[0]!, dates.at(-1)!).map((t) => [t.date, t]));
      const days = dates.map((date) => ({ date, dayType: types.get(date)!, record: byDate.get(date) ?? null }));
      return { month, days, missingDays: days.filter((d) => !d.record).length };
    },

    async saveDay(input, ctx) {
      const day = { date: input.date, values: input.values, expectedRevision: input.expectedRevision };
      if (!input.confirmWarnings) {
        const warnings = rangeWarningsOfSave(store, input.portId, [day]);
        if (warnings.length > 0) return { status: 'needsConfirmation', warnings };
      }
      const result = await writeDays(store, {
        portId: input.portId,
        days: [day],
        actor: actorOf(ctx),
        source: 'form',
        now: now(),
      });
      const record = result.saved[0];
      if (record) return { status: 'saved', record };
      const current = readDay(store.sqlite, input.portId, input.date);
      return { status: 'unchanged', record: current ? rowToRecord(current) : null };
    },

    async saveDays(input, ctx) {
      if (!input.confirmWarnings) {
        const warnings = rangeWarningsOfSave(store, input.portId, input.days);
        if (warnings.length > 0) return { status: 'needsConfirmation', warnings };
      }
      const result = await writeDays(store, {
        portId: input.portId,
        days: input.days,
        actor: actorOf(ctx),
        source: input.source,
        now: now(),
      });
      return { status: 'saved', saved: result.savedCount, unchanged: result.unchanged.length };
    },

    async getDayHistory({ portId, date }) {
      const rows = await db
        .selectFrom('daily_record_revisions as r')
        .innerJoin('daily_records as d', 'd.id', 'r.record_id')
        .select(['r.revision', 'r.changed_at', 'r.changed_by', 'r.source', 'r.changes'])
        .where('d.port_id', '=', portId)
        .where('d.date', '=', date)
        .orderBy('r.revision', 'desc')
        .execute();
      return rows.map(
        (r): Revision => ({
          revision: r.revision,
          changedAt: r.changed_at,
          changedBy: r.changed_by,
          source: r.source as Revision['source'],
          changes: readRevisionChanges(r.changes),
        }),
      );
    },
  };
}
