import { AppError } from '../../../../../shared/contract/result';
import { resolveRange } from '../../../../../shared/domain/calendar/resolveDayType';
import { TIBET_REGIONAL_DEFAULTS } from '../../../../../shared/domain/calendar/regionalDays';
import { DAY_VALUE_KEYS, type DayValueKey } from '../../../../../shared/domain/dailyFields';
import { chunks, writeDays, type DayToWrite } from '../../days/dayWriter';
import { rowToValues } from '../../days/dayRecordRows';
import { demoFields, readValueSources } from '../../days/valueSources';
import type { DemoContributor } from './demoContributor';
import { generateDemoDays } from './generateDemoDays';

/** The daily figures of the demo: written through writeDays (source 'demo'), each value marked as the demo's (valueSources.ts). */
export const dailyRecordsDemo: DemoContributor = {
  key: 'dailyRecords',
  label: '每日通关数据',

  async count({ db }) {
    const row = await db.selectFrom('daily_records').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', 1).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async seed({ deps, db, port, from, to, actor, now }) {
    if (from > to) return 0;
    // Demo figures must never overwrite or sit among a person's own figures.
    const real = await db
      .selectFrom('daily_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('port_id', '=', port.id)
      .where('is_demo', '=', 0)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .executeTakeFirstOrThrow();
    if (Number(real.n) > 0) {
      throw new AppError(
        'CONFLICT',
        `${port.name}在 ${from} 至 ${to} 期间已有 ${Number(real.n)} 天录入的真实数据，为免与演示数据混在一起，未加载演示数据。`,
      );
    }
    // The calendar as shipped (national holidays and the Tibet regional defaults), for all ports.
    const dayTypes = resolveRange(from, to, null, TIBET_REGIONAL_DEFAULTS);
    const days = generateDemoDays(from, to, dayTypes);
    const result = await writeDays(deps.store, { portId: port.id, days, actor, source: 'demo', now, bulk: true });
    return result.savedCount;
  },

  async remove({ deps, db, actor, now }) {
    // Every day holding a demo value (is_demo). A day whose values all came from the demo goes, with
    // its revisions (ON DELETE CASCADE); a day a person wrote over in part keeps their values and
    // loses the demo's, blank rather than zero, in a revision of its own like any other change.
    const rows = await db.selectFrom('daily_records').selectAll().where('is_demo', '=', 1).execute();
    const gone: number[] = [];
    const mixed = new Map<number, DayToWrite[]>();
    for (const row of rows) {
      const demo = demoFields(readValueSources(row.value_sources));
      const values = rowToValues(row);
      if (DAY_VALUE_KEYS.every((k) => values[k] === null || demo.includes(k))) {
        gone.push(row.id);
        continue;
      }
      for (const k of demo) (values as Record<DayValueKey, unknown>)[k] = null;
      const list = mixed.get(row.port_id) ?? [];
      list.push({ date: row.date, values, expectedRevision: row.revision });
      mixed.set(row.port_id, list);
    }
    let removed = 0;
    for (const ids of chunks(gone, 500)) removed += Number((await db.deleteFrom('daily_records').where('id', 'in', ids).executeTakeFirst()).numDeletedRows);
    for (const [portId, days] of mixed) removed += (await writeDays(deps.store, { portId, days, actor, source: 'demo', now })).savedCount;
    return removed;
  },
};
