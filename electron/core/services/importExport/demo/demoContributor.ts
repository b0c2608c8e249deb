import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema';
import type { CoreDeps } from '../../../types';

/** What a part of the demo data set is given to seed, count or remove its rows. */
export interface DemoContext {
  deps: CoreDeps;
  /** inside one write transaction while seeding or removing: all parts are loaded or removed together */
  db: Kysely<Database>;
  actor: string;
  now: Date;
  /** the port the demo history is of (樟木口岸) */
  port: { id: number; name: string };
  /** the demo period: the day two-way cargo resumed to yesterday */
  from: string;
  to: string;
}

/**
 * One part of the demo data set (the daily figures, the measures register …). Each part marks its
 * rows as demo rows so that removing the demo takes exactly them, and nothing a person entered.
 */
export interface DemoContributor {
  key: string;
  /** shown in the UI ("每日通关数据") */
  label: string;
  /** demo rows of this part in the store */
  count(ctx: Pick<DemoContext, 'deps' | 'db'>): Promise<number>;
  /** adds this part's demo rows; returns how many were written */
  seed(ctx: DemoContext): Promise<number>;
  /** removes this part's demo rows only; returns how many were removed */
  remove(ctx: DemoContext): Promise<number>;
}
