import type { Kysely, Selectable } from 'kysely';
import type { BriefingPeriod } from '../../../../shared/contract/briefing';
import type { Database } from '../../store/schema';

/** The tables keyed by a briefing's port (null: all ports) and period: its remarks and its issue. */
type PeriodTable = 'briefing_remarks' | 'briefing_issues';

/** The row a table keeps for a briefing's port and period, if any. */
export function findPeriodRow<T extends PeriodTable>(
  db: Kysely<Database>,
  table: T,
  portId: number | null,
  period: BriefingPeriod,
): Promise<Selectable<Database[T]> | undefined> {
  // Typed as one of the tables: both have the same key columns, which is all this query touches.
  let q = db
    .selectFrom(table as PeriodTable as 'briefing_issues')
    .selectAll()
    .where('period_kind', '=', period.kind)
    .where('period_from', '=', period.from)
    .where('period_to', '=', period.to);
  q = portId === null ? q.where('port_id', 'is', null) : q.where('port_id', '=', portId);
  return q.executeTakeFirst() as Promise<Selectable<Database[T]> | undefined>;
}
