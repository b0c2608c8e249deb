import type { Kysely } from 'kysely';
import type { Store } from '../store/openStore';
import type { CentralDatabase } from './centralSchema';
import type { OfficeDocument } from './officeDocuments';
import type { SyncReport } from './syncReport';

const KIND_LABELS: Record<OfficeDocument['kind'], string> = {
  measure: '通关措施',
  regionalDay: '地方节假日',
  dutyRule: '值守安排',
  dutyException: '值守例外',
  portCalendar: '"5+2"设置',
};

/**
 * Sends the office's documents that changed, three ways: the local copy, the server's, and the hash
 * both agreed on last time (central_documents). A server copy that moved away from that agreement was
 * changed elsewhere (another PC of the office): reported, not overwritten. A document removed here is
 * removed there only if the server still has the agreed copy.
 */
export async function pushDocuments(store: Store, central: Kysely<CentralDatabase>, office: string, local: OfficeDocument[], report: SyncReport): Promise<void> {
  const id = (kind: string, key: string) => `${kind}\u0000${key}`;
  const server = new Map(
    (await central.selectFrom('office_documents').select(['kind', 'key', 'hash']).where('office', '=', office).execute()).map((d) => [id(d.kind, d.key), d.hash]),
  );
  const agreed = new Map((store.sqlite.prepare('SELECT kind, key, hash FROM central_documents').all() as { kind: string; key: string; hash: string }[]).map((d) => [id(d.kind, d.key), d.hash]));
  const remember = store.sqlite.prepare('INSERT INTO central_documents (kind, key, hash) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET hash = excluded.hash');
  const forget = store.sqlite.prepare('DELETE FROM central_documents WHERE kind = ? AND key = ?');
  const conflict = (kind: string, key: string) =>
    report.conflicts.push({ kind: 'document', message: `${KIND_LABELS[kind as OfficeDocument['kind']] ?? kind} ${key}：中心数据库上的这一条在上次同步后被别处修改过，未上传，请核对后在一处改正` });

  const localIds = new Set<string>();
  for (const d of local) {
    const k = id(d.kind, d.key);
    localIds.add(k);
    const there = server.get(k);
    if (there === d.hash) {
      if (agreed.get(k) !== d.hash) remember.run(d.kind, d.key, d.hash);
      continue;
    }
    if (there !== undefined && there !== agreed.get(k)) {
      conflict(d.kind, d.key);
      continue;
    }
    // One statement per document: each is committed with its agreement, so a killed run resumes cleanly.
    await central
      .insertInto('office_documents')
      .values({ office, kind: d.kind, key: d.key, body: d.body, hash: d.hash })
      .onConflict((oc) => oc.columns(['office', 'kind', 'key']).doUpdateSet({ body: d.body, hash: d.hash }))
      .execute();
    remember.run(d.kind, d.key, d.hash);
    report.sent.documents++;
  }
  for (const [k, hash] of agreed) {
    if (localIds.has(k)) continue;
    const [kind, key] = k.split('\u0000') as [string, string];
    const there = server.get(k);
    if (there !== undefined && there !== hash) {
      conflict(kind, key);
      continue;
    }
    if (there !== undefined) {
      await central.deleteFrom('office_documents').where('office', '=', office).where('kind', '=', kind).where('key', '=', key).execute();
      report.sent.documents++;
    }
    forget.run(kind, key);
  }
}
