import type { DataExtent } from '../../../../shared/contract/dashboard';
import type { CoreDeps } from '../../types';
import { requirePorts } from '../../data/ports';

/**
 * The first and last recorded day of the ports. Blank records (a day cleared back to nothing)
 * do not count: they hold no figure to show.
 */
export function dataExtent(deps: Pick<CoreDeps, 'store'>, portIds: number[]): DataExtent {
  requirePorts(deps.store.sqlite, portIds);
  const row = deps.store.sqlite
    .prepare(
      `SELECT min(date) AS first, max(date) AS last, count(*) AS recordedDays FROM daily_records
       WHERE port_id IN (SELECT value FROM json_each(?))
         AND (port_open IS NOT NULL OR closure_reason IS NOT NULL OR note IS NOT NULL
              OR coalesce(import_freight_kg, export_freight_kg, import_value_yuan, export_value_yuan, border_trade_yuan,
                          import_declarations, export_declarations, vehicles_in, vehicles_out, persons_in, persons_out,
                          import_clearance_centihours, export_clearance_centihours, open_centihours) IS NOT NULL)`,
    )
    .get(JSON.stringify(portIds)) as DataExtent;
  return row;
}
