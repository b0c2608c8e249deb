import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import { chunks } from '../services/days/dayWriter';
import type { CentralDatabase } from './centralSchema';
import { heldTally, sameTally, type DayTally } from './dayTallies';
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

/** Beyond this many days to compare, the port's server rows are read whole rather than by date. */
const READ_BY_DATE_UP_TO = 500;

async function serverDays(central: Kysely<CentralDatabase>, portCode: string, locals: DayWithHistory[]): Promise<Map<string, ServerDay>> {
  const query = central.selectFrom('days').select(['date', 'revision', 'revision_hash', 'updated_by']).where('port_code', '=', portCode);
  const rows =
    locals.length > READ_BY_DATE_UP_TO
      ? await query.execute()
      : await query.where('date', 'in', locals.map((l) => l.day.date)).execute();
  return new Map(rows.map((r) => [r.date, r]));
}

/** Notes, after the server committed them, the revisions it holds: those days are not read next time. */
function rememberHeld(store: Store, held: readonly { id: number; revision: number }[]): void {
  if (held.length === 0) return;
  const note = store.sqlite.prepare('INSERT INTO central_days (record_id, revision) VALUES (?, ?) ON CONFLICT (record_id) DO UPDATE SET revision = excluded.revision');
  store.sqlite.transaction(() => {
    for (const h of held) note.run(h.id, h.revision);
  })();
}

/**
 * Sends one of the office's own ports: every day the server lacks, or has at an earlier revision of
 * the same history. A day whose history differs from the server's (another PC of the office saved
 * it too, or this store was restored from an old backup) is reported and not sent: nothing is
 * merged behind anyone's back.
 *
 * Which days are compared: when the server's tally of the port is what this store noted it holds
 * (central_days), nobody else wrote there since, and only the days whose revision moved on here are
 * read and hashed; a run with nothing new reads none. Otherwise (another PC, a killed run, a
 * restored backup, a new central database) every day is compared, as on a first run. Batches are
 * transactions of their own and are noted here only after the server committed them, so a killed
 * run never notes more than the server holds; the next run finds the tallies apart and compares
 * everything again.
 */
export async function pushPortDays(
  store: Store,
  central: Kysely<CentralDatabase>,
  port: { id: number; code: string; name: string },
  serverTally: DayTally | undefined,
  report: SyncReport,
): Promise<void> {
  const locals = readLocalDays(store, port.id, sameTally(serverTally, heldTally(store, port.id)) ? 'unsynced' : 'all');
  report.compared.ownDays += locals.length;
  if (locals.length === 0) return;
  const server = await serverDays(central, port.code, locals);

  const outgoing: Outgoing[] = [];
  const alreadyThere: { id: number; revision: number }[] = [];
  for (const local of locals) {
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
    } else {
      alreadyThere.push({ id: local.id, revision });
    }
  }
  rememberHeld(store, alreadyThere);

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
    rememberHeld(store, batch.map((o) => ({ id: o.day.id, revision: o.day.day.revision })));
  }
}
