import type { DataExtent } from '../../../../shared/contract/dashboard';
import type { CoreDeps } from '../../types';
import { dayFiguresOf } from '../../dayFigures';
import { recordedExtent } from './aggregateDays';
import { requirePorts } from '../../data/ports';

/**
 * The first and last recorded day of the ports. Blank records (a day cleared back to nothing)
 * do not count: they hold no figure to show.
 */
export async function dataExtent(deps: Pick<CoreDeps, 'store' | 'days'>, portIds: number[]): Promise<DataExtent> {
  requirePorts(deps.store.sqlite, portIds);
  return recordedExtent(dayFiguresOf(deps), portIds);
}
