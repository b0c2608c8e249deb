import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import { chunks } from '../services/days/dayWriter';
import type { CentralDatabase } from './centralSchema';
import { DAY_COLUMNS, readLocalDays, revisionHashes, toCentralDay, toCentralRevision, type DayWithHistory } from './dayHistory';
import { SYNC_BATCH_DAYS, type SyncReport } from './syncReport';

interface ServerDay {
  date: string;
  revision: number;
  revision_hash: string;
  updated_by: string;
}

/** A day to send: the day as it is now and the revisions the server does not have yet. */
interface Outgoing {
  day: DayWithHistory;
  hash: string;
  fromRevision: number;
}

/**
 * Sends one of the office's own ports: every day the server lacks, or has at an earlier revision of
 * the same history. A day whose history differs from the server's (another PC of the office saved
 * it too, or this store was restored from an old backup) is reported and not sent: nothing is
 * merged behind anyone's back. Batches are transactions of their own, so a killed run keeps what it
 * committed and the next run works out the rest from the two sides again.
 */
export async function pushPortDays(store: Store, central: Kysely<CentralDatabase>, port: { id: number; code: string; name: string }, report: SyncReport): Promise<void> {
  const server = new Map<string, ServerDay>();
  const rows = await central.selectFrom('days').select(['date', 'revision', 'revision_hash', 'updated_by']).where('port_code', '=', port.code).execute();
  for (const r of rows) server.set(r.date, r);

  const outgoing: Outgoing[] = [];
  for (const local of readLocalDays(store, port.id)) {
    const { date, revision } = local.day;
    const hashes = revisionHashes(port.code, date, local.revisions);
    const there = server.get(date);
    if (!there) {
      outgoing.push({ day: local, hash: hashes.at(-1)!, fromRevision: 0 });
      continue;
    }
    if (there.revision > revision) {
      report.conflicts.push({
        kind: 'day',
        message: `${port.name} ${date}：中心数据库上已有更新的第 ${there.revision} 版（${there.updated_by}），本机为第 ${revision} 版，未上传`,
      });
    } else if (hashes[there.revision - 1] !== there.revision_hash) {
      report.conflicts.push({
        kind: 'day',
        message: `${port.name} ${date}：本机与中心数据库的修改记录在第 ${there.revision} 版处不一致（两处分别修改过），未上传，请核对后在一处改正`,
      });
    } else if (there.revision < revision) {
      outgoing.push({ day: local, hash: hashes.at(-1)!, fromRevision: there.revision });
    }
  }

  for (const batch of chunks(outgoing, SYNC_BATCH_DAYS)) {
    await central.transaction().execute(async (trx) => {
      const days = batch.map((o) => toCentralDay(port.code, o.day, o.hash));
      const revisions = batch.flatMap((o) => o.day.revisions.filter((r) => r.revision > o.fromRevision).map((r) => toCentralRevision(port.code, o.day.day.date, r)));
      await trx
        .insertInto('days')
        .values(days)
        .onConflict((oc) =>
          oc
            .columns(['port_code', 'date'])
            .doUpdateSet((eb) => Object.fromEntries([...DAY_COLUMNS, 'revision_hash'].map((c) => [c, eb.ref(`excluded.${c}` as 'excluded.revision')])))
            // never backwards: a day another run moved on in the meantime stays as it is
            .where('days.revision', '<', (eb) => eb.ref('excluded.revision')),
        )
        .execute();
      for (const part of chunks(revisions, 2000)) {
        await trx.insertInto('day_revisions').values(part).onConflict((oc) => oc.doNothing()).execute();
      }
      report.sent.days += days.length;
      report.sent.revisions += revisions.length;
    });
  }
}
