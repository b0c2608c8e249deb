import path from 'node:path';
import { contract, type ApiResult } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import type { BackupInfo, BackupReason } from '../../shared/contract/trust';
import { openCore, type Core, type OpenCoreOptions } from './openCore';
import { CallQueue } from './callQueue';
import { checkBackupFile, installBackupAsStore, listBackupFolder, restoreTarget } from './backup/backupFiles';
import { appendAuditEntry } from './audit/auditLog';
import { defaultBackupFolder, rememberedBackupFolder } from './trustSettings';
import { DB_FILE_NAME } from './store/dataDir';
import type { CallContext } from './types';

/** What the desktop app and the browser host run on: the core, or the recovery offer when the store is damaged. */
export interface AppCore {
  readonly mode: 'normal' | 'recovery';
  call(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
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
  try {
    const core = await openCore(options);
    return { mode: 'normal', call: core.call, automaticBackup: core.automaticBackup, close: core.close };
  } catch (e) {
    if (e instanceof AppError && e.code === 'STORE_DAMAGED') return recoveryCore(options, e);
    throw e;
  }
}

/** The backups recovery offers, newest first, each checked (good or bad, with why). */
export function recoveryBackups(dataDir: string): BackupInfo[] {
  const folders = [...new Set([defaultBackupFolder(dataDir), rememberedBackupFolder(dataDir)].filter((f): f is string => !!f).map((f) => path.resolve(f)))];
  const all = folders.flatMap(listBackupFolder).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.name.localeCompare(a.name)));
  return all.slice(0, RECOVERY_CHECK_LIMIT).map((b) => {
    const check = checkBackupFile(b.path);
    return check.ok ? { ...b, status: 'good' as const } : { ...b, status: 'bad' as const, problem: check.problem };
  });
}

function recoveryCore(options: OpenCoreOptions, damage: AppError): AppCore {
  const { dataDir } = options;
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
      userId: null,
      userName: '启动时恢复',
      username: null,
      role: null,
      host: ctx.host,
      action: 'restoreBackup',
      input: { path: target.path },
      changes: { rows: [], counts: {}, truncated: false, notes: [`数据文件损坏（${problem}），已从备份恢复：${target.path}`, `损坏的文件保留为：${dbPath}.${suffix}`] },
    });
    return { ok: true, value: { restoredFrom: target, safetyBackup: null } };
  };

  return {
    get mode() {
      return core ? 'normal' : 'recovery';
    },
    async call(method, input, ctx) {
      if (core) return core.call(method, input, ctx);
      return queue.run(async () => {
        if (core) return core.call(method, input, ctx);
        try {
          if (method === 'getAuthState') return { ok: true, value: { mode: 'recovery', problem, backups: recoveryBackups(dataDir) } };
          if (method === 'restoreBackup') return await restore(input, ctx);
          return stillDamaged();
        } catch (e) {
          options.logError?.(method, e);
          return { ok: false, error: { code: 'INTERNAL', message: `恢复未完成：${(e as Error).message}` } };
        }
      });
    },
    automaticBackup: async (reason) => (core ? core.automaticBackup(reason) : null),
    close: async () => {
      await core?.close();
    },
  };
}
