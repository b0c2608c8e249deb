import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import type { CentralDatabase } from './centralSchema';

/**
 * How many days a port has and the sum of their revision numbers: a copy of a port's days that has
 * the same tally as another holds the same revisions, because a day's revision only ever goes up and
 * the central database never loses a day (offices may not delete there, and an update that does not
 * raise the revision is refused). So a sync with nothing new compares two numbers per port instead
 * of every day's history.
 */
export interface DayTally {
  days: number;
  revisions: number;
}

const NONE: DayTally = { days: 0, revisions: 0 };

export function sameTally(a: DayTally | undefined, b: DayTally | undefined): boolean {
  const x = a ?? NONE;
  const y = b ?? NONE;
  return x.days === y.days && x.revisions === y.revisions;
}

/** Every port's tally on the server, by port code: one aggregate, a few rows whatever the years. */
export async function serverTallies(central: Kysely<CentralDatabase>): Promise<Map<string, DayTally>> {
  const rows = await central
    .selectFrom('days')
    .select((eb) => ['port_code', eb.fn.countAll<number>().as('days'), eb.fn.sum<number>('revision').as('revisions')])
    .groupBy('port_code')
    .execute();
  return new Map(rows.map((r) => [r.port_code, { days: Number(r.days), revisions: Number(r.revisions) }]));
}

/** What the server is known to hold of an own port (central_days), as the server's tally would be. */
export function heldTally(store: Store, portId: number): DayTally {
  return store.sqlite
    .prepare('SELECT count(*) AS days, coalesce(sum(c.revision), 0) AS revisions FROM central_days c JOIN daily_records d ON d.id = c.record_id WHERE d.port_id = ?')
    .get(portId) as DayTally;
}

/** A pulled port's tally in the office store: a copy of the server's days, so equal when up to date. */
export function pulledTally(store: Store, portCode: string): DayTally {
  return store.sqlite
    .prepare('SELECT count(*) AS days, coalesce(sum(d.revision), 0) AS revisions FROM daily_records d JOIN ports p ON p.id = d.port_id WHERE p.code = ?')
    .get(portCode) as DayTally;
}
