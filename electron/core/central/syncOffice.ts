import { AppError } from '../../../shared/contract/result';
import type { Store } from '../store/openStore';
import { openCentral } from './centralDatabase';
import { pushAuditEntries } from './centralAudit';
import { readOfficeDocuments } from './officeDocuments';
import { pullPortDays } from './pullDays';
import { pullMeasures } from './pullMeasures';
import { pullCalendars } from './pullCalendars';
import { pushDocuments } from './pushDocuments';
import { pushPortDays } from './pushDays';
import { serverTallies } from './dayTallies';
import { emptyReport, type SyncReport } from './syncReport';

interface LocalPort {
  id: number;
  code: string;
  name: string;
  /** days of this office's own (not demo, not pulled) */
  ownDays: number;
  pulledFrom: string | null;
}

function localPorts(store: Store): LocalPort[] {
  return store.sqlite
    .prepare(
      `SELECT p.id, p.code, p.name, c.office AS pulledFrom,
              (SELECT count(*) FROM daily_records d WHERE d.port_id = p.id AND d.is_demo = 0) AS ownDays
       FROM ports p LEFT JOIN central_ports c ON c.port_id = p.id ORDER BY p.id`,
    )
    .all() as LocalPort[];
}

/**
 * One sync of an office store with the central database, signed in as the office's own role:
 * first what the office may see of other offices comes in (read-only: their ports' days and
 * calendars, and their measures), then its own ports' days, its
 * measures and calendar entries and its audit entries go out (the pull's audit entry with them, so
 * a second run has nothing to send). Days are compared only where a port's tally (dayTallies) says
 * one side moved on; anything else is compared afresh, which is what makes a rerun after a kill end
 * in the same state. Conflicts are collected in the report; nothing of a
 * conflicting port, day or entry is written.
 */
export async function syncOffice(store: Store, centralUrl: string, now: () => Date = () => new Date()): Promise<SyncReport> {
  const central = await openCentral(centralUrl);
  try {
    const office = central.role;
    const registered = await central.db.selectFrom('offices').select('name').where('name', '=', office).executeTakeFirst();
    if (!registered) {
      throw new AppError('FORBIDDEN', `账户 ${office} 不是已登记的办事处账户，不能同步（查看账户只能读取中心数据库）`);
    }
    const report = emptyReport(office);
    const serverPorts = await central.db.selectFrom('ports').select(['code', 'name', 'office']).orderBy('code').execute();
    const ownerOf = new Map(serverPorts.map((p) => [p.code, p.office]));
    const tallies = await serverTallies(central.db);
    const locals = localPorts(store);
    const localByCode = new Map(locals.map((p) => [p.code, p]));

    for (const port of serverPorts) {
      if (port.office === office) continue;
      const local = localByCode.get(port.code);
      if (local && !local.pulledFrom && local.ownDays > 0) {
        report.conflicts.push({
          kind: 'port',
          message: `${local.name}（${port.code}）在中心数据库登记为 ${port.office} 的口岸，本机的 ${local.ownDays} 天数据未上传，也未取回该口岸的数据`,
        });
        continue;
      }
      await pullPortDays(store, central.db, port, tallies.get(port.code), now().toISOString(), report);
    }

    await pullMeasures(store, central.db, office, now().toISOString(), report);
    await pullCalendars(store, central.db, office, now().toISOString(), report);

    const own = new Set<number>();
    for (const local of locals) {
      if (local.pulledFrom || ownerOf.get(local.code) === office) {
        if (!local.pulledFrom) own.add(local.id);
        continue;
      }
      if (local.ownDays > 0 && !ownerOf.has(local.code)) {
        report.conflicts.push({ kind: 'port', message: `${local.name}（${local.code}）未在中心数据库登记，本机的 ${local.ownDays} 天数据未上传；请 IT 管理员先登记该口岸` });
      }
    }
    for (const local of locals) if (own.has(local.id)) await pushPortDays(store, central.db, local, tallies.get(local.code), report);
    await pushDocuments(store, central.db, office, readOfficeDocuments(store, own), report);
    await pushAuditEntries(store, central.db, office, report);
    return report;
  } finally {
    await central.close();
  }
}
