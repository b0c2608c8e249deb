import { AppError } from '../../../../../shared/contract/result';
import { resolveRange } from '../../../../../shared/domain/calendar/resolveDayType';
import { TIBET_REGIONAL_DEFAULTS } from '../../../../../shared/domain/calendar/regionalDays';
import { writeDays } from '../../days/dayWriter';
import type { DemoContributor } from './demoContributor';
import { generateDemoDays } from './generateDemoDays';

/** The daily figures of the demo: written through writeDays (source 'demo'), flagged is_demo. */
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
    const result = await writeDays(deps.store, { portId: port.id, days, actor, source: 'demo', now, isDemo: true, bulk: true });
    return result.savedCount;
  },

  async remove({ db }) {
    // Revisions go with their records (ON DELETE CASCADE). A demo day someone edited is theirs now
    // (writeDays cleared its flag) and stays.
    const r = await db.deleteFrom('daily_records').where('is_demo', '=', 1).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
