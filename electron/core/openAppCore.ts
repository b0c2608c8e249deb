import path from 'node:path';
import { contract, type ApiResult } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import type { BackupInfo, BackupReason } from '../../shared/contract/trust';
import { openCore, type Core, type OpenCoreOptions } from './openCore';
import { CallQueue } from './callQueue';
import { checkBackupFile, installBackupAsStore, listBackupFolder, restoreTarget } from './backup/backupFiles';
import { appendAuditEntry, notesOnly, systemWho } from './audit/auditLog';
import { knownBackupFolders } from './backup/lostStore';
import { DB_FILE_NAME } from './store/dataDir';
import type { CallContext } from './types';
import { acquireDataDirLock } from './store/dataDirLock';
import { RecoveryGate } from './auth/recoveryGate';

/** What the desktop app and the browser host run on: the core, or the recovery offer when the store is damaged. */
export interface AppCore {
  readonly mode: 'normal' | 'recovery';
  /**
   * In recovery: the one-time token the browser host prints on its console. A caller over HTTP gives
   * it (unlockRecovery) before it may see or restore backups: anyone local can reach 127.0.0.1, but
   * only whoever started the host sees its console. The desktop window and the CLI need none.
   */
  readonly recoveryToken: string | null;
  call(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  knowsSession(id: string | null): boolean;
  automaticBackup(reason: BackupReason): Promise<BackupInfo | null>;
  close(): Promise<void>;
}

/** Backups looked at when offering a recovery: the newest ones are enough to find a good one. */
const RECOVERY_CHECK_LIMIT = 30;

/**
 * Opens the core; if the store is damaged (it fails to open or its quick check), starts in recovery
 * instead of crashing or starting empty: the renderer is told what is wrong and offered the backups,
 * newest good one first, and restoring one opens the core on it. Only `getAuthState` and
 * `restoreBackup` work until then, and only backups from the known folders can be restored.
 */
export async function openAppCore(options: OpenCoreOptions): Promise<AppCore> {
  // The host holds the folder's lock in recovery too: a restore replaces the store file.
  const what = typeof options.lock === 'string' ? options.lock : '本程序';
  const lock = typeof options.lock === 'object' ? options.lock : options.lock === false ? null : acquireDataDirLock(options.dataDir, what);
  const held: OpenCoreOptions = { ...options, lock: lock ?? false };
  const release = () => {
    if (lock && lock !== options.lock) lock.release();
  };
  try {
    const core = await openCore(held);
    return {
      mode: 'normal',
      recoveryToken: null,
      call: core.call,
      knowsSession: core.knowsSession,
      automaticBackup: core.automaticBackup,
      close: async () => {
        try {
          await core.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'STORE_DAMAGED') return recoveryCore(held, e, release);
    release();
    throw e;
  }
}

/** The backups recovery offers, newest first, each checked (good or bad, with why). */
export function recoveryBackups(dataDir: string): BackupInfo[] {
  const all = knownBackupFolders(dataDir).flatMap(listBackupFolder).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.name.localeCompare(a.name)));
  return all.slice(0, RECOVERY_CHECK_LIMIT).map((b) => {
    const check = checkBackupFile(b.path);
    return check.ok ? { ...b, status: 'good' as const } : { ...b, status: 'bad' as const, problem: check.problem };
  });
}

function recoveryCore(options: OpenCoreOptions, damage: AppError, release: () => void): AppCore {
  const { dataDir } = options;
  const gate = new RecoveryGate();
  const now = options.now ?? (() => new Date());
  const queue = new CallQueue();
  let core: Core | null = null;
  const problem = damage.message;
  const stillDamaged = (): ApiResult<never> => ({ ok: false, error: { code: 'STORE_DAMAGED', message: `${problem}。请先从备份恢复。` } });

  const restore = async (input: unknown, ctx: CallContext): Promise<ApiResult<unknown>> => {
    const parsed = contract.restoreBackup.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: '请选择要恢复的备份' } };
    const found = restoreTarget(recoveryBackups(dataDir), parsed.data.path, ctx.host);
    if (!found) return { ok: false, error: { code: 'NOT_FOUND', message: '所选备份不在备份文件夹中，请刷新后重试' } };
    const check = found.status === 'unchecked' ? checkBackupFile(found.path) : found.status === 'good' ? { ok: true as const } : { ok: false as const, problem: found.problem ?? '' };
    if (!check.ok) return { ok: false, error: { code: 'INVALID_INPUT', message: `不能用这份备份恢复：${check.problem}` } };
    const target = { ...found, status: 'good' as const };
    const suffix = `damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
    const dbPath = path.join(dataDir, DB_FILE_NAME);
    // The damaged file is kept aside (never deleted): someone may still want to rescue it.
    const installed = await installBackupAsStore(target.path, dbPath, suffix);
    try {
      core = await openCore(options);
    } catch (e) {
      installed.undo();
      throw e;
    }
    appendAuditEntry(core.store.sqlite, {
      at: now().toISOString(),
      ...systemWho('启动时恢复'),
      host: ctx.host,
      action: 'restoreBackup',
      input: { path: target.path },
      changes: notesOnly([`数据文件损坏（${problem}），已从备份恢复：${target.path}`, `损坏的文件保留为：${dbPath}.${suffix}`]),
    });
    return { ok: true, value: { restoredFrom: target, safetyBackup: null } };
  };

  return {
    get mode() {
      return core ? 'normal' : 'recovery';
    },
    get recoveryToken() {
      return core ? null : gate.token;
    },
    knowsSession: (id) => (core ? core.knowsSession(id) : gate.knows(id)),
    async call(method, input, ctx) {
      if (core) return core.call(method, input, ctx);
      return queue.run(async () => {
        if (core) return core.call(method, input, ctx);
        try {
          if (method === 'unlockRecovery') return gate.unlock(input, ctx);
          const allowed = gate.allows(ctx);
          if (method === 'getAuthState') return { ok: true, value: { mode: 'recovery', problem, backups: allowed ? recoveryBackups(dataDir) : [], tokenRequired: !allowed } };
          if (method === 'restoreBackup') return allowed ? await restore(input, ctx) : gate.refusal();
          return stillDamaged();
        } catch (e) {
          options.logError?.(method, e);
          return { ok: false, error: { code: 'INTERNAL', message: `恢复未完成：${(e as Error).message}` } };
        }
      });
    },
    automaticBackup: async (reason) => (core ? core.automaticBackup(reason) : null),
    close: async () => {
      try {
        await core?.close();
      } finally {
        release();
      }
    },
  };
}
