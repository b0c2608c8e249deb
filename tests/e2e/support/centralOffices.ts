import { expect } from '@playwright/test';
import { openCore } from '../../../electron/core/openCore';
import { syncOffice } from '../../../electron/core/central/syncOffice';
import { runCli } from '../../../electron/cli/run';
import { datesBetween } from '../../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../../shared/domain/dailyFields';
import type { ThrowawayPostgres } from '../../unit/helpers/throwawayPostgres';

/** Every day of June 2026: the month the central specs seed and read. */
export const JUNE = datesBetween('2026-06-01', '2026-06-30');

export interface OfficeSeed {
  /** the office's login role in the cluster */
  role: string;
  title: string;
  port: { code: string; name: string };
  /** what the port records on each open day of June */
  values: Partial<DayValues>;
}

/**
 * Prepares the cluster's `clearance` database the way IT does (docs/central-database.md): the roles,
 * `central migrate`, the offices registered, and the officials' login role `committee`.
 */
export async function prepareCentral(cluster: ThrowawayPostgres, offices: readonly OfficeSeed[]): Promise<void> {
  const logins = offices.map((o) => `CREATE ROLE ${o.role} LOGIN IN ROLE clearance_office;`).join('\n');
  cluster.psql(`
    CREATE ROLE clearance_office NOLOGIN; CREATE ROLE clearance_official NOLOGIN;
    ${logins}
    CREATE ROLE committee LOGIN IN ROLE clearance_official;`);
  cluster.createDatabase('clearance');
  const owner = cluster.url('clearance');
  const io = { out: () => {}, err: (l: string) => console.error(l) };
  expect(await runCli(['central', 'migrate', '--db', owner], io)).toBe(0);
  for (const o of offices) {
    const args = ['central', 'add-office', '--db', owner, '--office', o.role, '--title', o.title, '--port', `${o.port.code}=${o.port.name}`];
    expect(await runCli(args, io)).toBe(0);
  }
}

/** One office's own folder: its port's June entered, then `sync`ed into the central database as the office's role. */
export async function syncSeededOffice(cluster: ThrowawayPostgres, dataDir: string, seed: OfficeSeed): Promise<void> {
  const core = await openCore({ dataDir });
  const ctx = { actor: null, host: 'cli' as const };
  try {
    let portId = 1;
    if (seed.port.code !== 'ZHANGMU') {
      const created = await core.call('createPort', { ...seed.port }, ctx);
      if (!created.ok) throw new Error(created.error.message);
      portId = (created.value as { id: number }).id;
    }
    const days = JUNE.map((date) => ({ date, values: { ...emptyDayValues(), portOpen: true, ...seed.values } }));
    const saved = await core.call('saveDays', { portId, days, source: 'grid', confirmWarnings: true }, ctx);
    if (!saved.ok) throw new Error(saved.error.message);
    const report = await syncOffice(core.store, cluster.url('clearance', seed.role));
    if (report.conflicts.length > 0) throw new Error(report.conflicts.map((c) => c.message).join('\n'));
  } finally {
    await core.close();
  }
}
