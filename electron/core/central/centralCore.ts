import { trustContract } from '../../../shared/contract/trust';
import type { MethodName } from '../../../shared/contract';
import { openAppCore, type AppCore } from '../openAppCore';
import type { OpenCoreOptions } from '../openCore';
import { acquireDataDirLock } from '../store/dataDirLock';
import { openCentral } from './centralDatabase';
import { mirrorCentralPorts, type CentralPort } from './mirrorPorts';
import { mirrorCentralDocuments } from './mirrorDocuments';

export const CENTRAL_READ_ONLY_MESSAGE = '中心库为只读汇总，请在各办公室录入后同步';

/**
 * What the central host still writes in its own folder: its accounts, sign-ins, settings and backups,
 * and its own briefings (简报): the register that numbers them as they are issued, its letterhead and
 * the remarks typed into them. The host issues its own series of all-ports briefings; the offices keep
 * theirs, so no number is shared between them.
 */
const OWN_WRITES = new Set<string>([...Object.keys(trustContract), 'issueBriefing', 'updateBriefingLetterhead', 'saveBriefingRemarks', 'saveCentralSetting']);

export const CENTRAL_NO_DECLARATIONS_MESSAGE = '报关单明细（TRS）保存在各办事处，不同步到中心库：请在各办事处的程序中查看';
/** Reads of the offices' declarations, which stay in the offices: refused rather than answered from the host's empty store. */
const DECLARATION_READS = new Set<string>(['getTrsReport', 'getTrsMeasureEffect']);

export interface CentralAppCore extends AppCore {
  /** the PostgreSQL role the host reads as */
  readonly role: string;
  readonly ports: readonly CentralPort[];
}

/**
 * The core over the central database (`clearance serve --db`): every port's day figures are read
 * from PostgreSQL with the same queries as an office's store (store/dialect.ts); ports come from
 * the central register; accounts, sessions and settings live in the host's own data folder, as in
 * the browser mode, with the administrator created on first start. The offices' measures and
 * calendars are copied into that folder at every start (mirrorDocuments.ts), so measures, their
 * effects and the day types of 5+2 answer from what the offices synced. Figures are written only by the
 * offices, through `clearance sync`: every other write is refused.
 */
export async function openCentralAppCore(
  options: Omit<OpenCoreOptions, 'days' | 'readOnly' | 'lock'> & { url: string; lock?: string },
): Promise<CentralAppCore> {
  const { url, lock: what = '中心库浏览器模式（clearance serve --db）', ...rest } = options;
  const central = await openCentral(url);
  let lock: ReturnType<typeof acquireDataDirLock> | null = null;
  try {
    lock = acquireDataDirLock(rest.dataDir, what);
    const ports = await mirrorCentralPorts(central.db, rest.dataDir);
    await mirrorCentralDocuments(central.db, rest.dataDir);
    const core = await openAppCore({
      ...rest,
      lock,
      days: { db: central.db, dialect: 'postgres', derivedClearance: false },
      readOnly: { allows: (name: MethodName) => OWN_WRITES.has(name), message: CENTRAL_READ_ONLY_MESSAGE },
    });
    const held = lock;
    return {
      get mode() {
        return core.mode;
      },
      get recoveryToken() {
        return core.recoveryToken;
      },
      role: central.role,
      ports,
      call: (method, input, ctx) =>
        DECLARATION_READS.has(method)
          ? Promise.resolve({ ok: false as const, error: { code: 'UNSUPPORTED' as const, message: CENTRAL_NO_DECLARATIONS_MESSAGE } })
          : core.call(method, input, ctx),
      knowsSession: (id) => core.knowsSession(id),
      automaticBackup: (reason) => core.automaticBackup(reason),
      close: async () => {
        try {
          await core.close();
        } finally {
          held.release();
          await central.close();
        }
      },
    };
  } catch (e) {
    lock?.release();
    await central.close();
    throw e;
  }
}
