import { seedMeasureTemplate } from '../../measures';
import type { DemoContributor } from './demoContributor';

/**
 * The measures register of the demo: the starting template with a plausible history (start dates,
 * statuses, progress notes) from the measures domain's seeder, flagged is_demo.
 */
export const measuresDemo: DemoContributor = {
  key: 'measures',
  label: '通关措施',

  async count({ db }) {
    const row = await db.selectFrom('measures').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', 1).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async seed({ deps, port, actor, now }) {
    // Codes already in the register (a person's own measures) are left as they are.
    const result = await seedMeasureTemplate(deps.store, { portIds: [port.id], actor, now, isDemo: true });
    return result.added.length;
  },

  async remove({ db }) {
    // Ports, metrics and the progress log go with their measure (ON DELETE CASCADE). A demo measure
    // someone edited is theirs now (the register cleared its flag) and stays, with its log.
    const r = await db.deleteFrom('measures').where('is_demo', '=', 1).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
