import { addDays, todayInShanghai } from '../../../../../shared/domain/dates';
import { actorOf } from '../../../actor';
import { inWriteTransaction } from '../../../store/writeTransaction';
import type { CoreDeps, Handlers } from '../../../types';
import { DEMO_CONTRIBUTORS } from './contributors';
import type { DemoContext } from './demoContributor';
import { demoPort } from './demoPort';
import { DEMO_FROM } from './generateDemoDays';
import { dayFiguresOf } from '../../../dayFigures';

type DemoHandlers = Pick<Handlers, 'getDemoStatus' | 'loadDemoData' | 'removeDemoData'>;

/** Loads the demo data set (every contributor, one transaction); also used by `clearance demo`. */
export async function loadDemo(deps: CoreDeps, actor: string): Promise<{ key: string; label: string; count: number }[]> {
  const now = deps.now();
  return inWriteTransaction(deps.store.sqlite, async () => {
    const db = deps.store.db;
    const ctx: DemoContext = { deps, db, actor, now, port: await demoPort(db, now), from: DEMO_FROM, to: addDays(todayInShanghai(now), -1) };
    const parts = [];
    for (const c of DEMO_CONTRIBUTORS) parts.push({ key: c.key, label: c.label, count: await c.seed(ctx) });
    return parts;
  });
}

export async function removeDemo(deps: CoreDeps, actor: string): Promise<{ key: string; label: string; count: number }[]> {
  const now = deps.now();
  return inWriteTransaction(deps.store.sqlite, async () => {
    const db = deps.store.db;
    const ctx: DemoContext = { deps, db, actor, now, port: await demoPort(db, now), from: DEMO_FROM, to: addDays(todayInShanghai(now), -1) };
    const parts = [];
    for (const c of [...DEMO_CONTRIBUTORS].reverse()) parts.push({ key: c.key, label: c.label, count: await c.remove(ctx) });
    return parts.reverse();
  });
}

export function createDemoHandlers(deps: CoreDeps): DemoHandlers {
  const { db } = deps.store;
  return {
    async getDemoStatus() {
      // The days served (the central database's, when it is served), so an empty local store offers no demo there.
      const total = await (dayFiguresOf(deps).db as typeof db).selectFrom('daily_records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const parts = [];
      for (const c of DEMO_CONTRIBUTORS) parts.push({ key: c.key, label: c.label, count: await c.count({ deps, db }) });
      const demoRecords = parts.find((p) => p.key === 'dailyRecords')?.count ?? 0;
      return { totalRecords: Number(total.n), demoRecords, parts };
    },
    async loadDemoData(_input, ctx) {
      return { parts: await loadDemo(deps, actorOf(ctx)) };
    },
    async removeDemoData(_input, ctx) {
      return { parts: await removeDemo(deps, actorOf(ctx)) };
    },
  };
}
