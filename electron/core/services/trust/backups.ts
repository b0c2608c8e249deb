import { AppError } from '../../../../shared/contract/result';
import type { CallContext, CoreDeps, Handlers } from '../../types';
import type { TrustRuntime } from '../../trustRuntime';
import path from 'node:path';
import { checkBackupFile, installBackupAsStore, makeBackupFile, restoreTarget } from '../../backup/backupFiles';
import { readTrustSettings } from '../../trustSettings';

type BackupHandlers = Pick<Handlers, 'listBackups' | 'createBackup' | 'restoreBackup'>;

export function createBackupHandlers({ store, now }: CoreDeps, trust: TrustRuntime): BackupHandlers {
  const { backups } = trust;

  /** A folder the caller names: only from the CLI, run by someone at this computer (never over HTTP). */
  async function backupToFolder(folder: string, ctx: CallContext) {
    if (ctx.host !== 'cli') throw new AppError('FORBIDDEN', '只有命令行可以把备份保存到指定的文件夹；请在 系统管理 → 备份 中选择备份文件夹');
    return makeBackupFile(store.dbPath, path.resolve(folder), 'manual', now());
  }
  return {
    async listBackups() {
      const settings = readTrustSettings(store.sqlite, trust.dataDir);
      return {
        folder: settings.backupFolder,
        defaultFolder: backups.defaultFolder,
        keep: settings.backupKeep,
        backups: backups.list(),
        lastAutomatic: backups.lastAutomatic,
      };
    },

    async createBackup(input, ctx) {
      const info = input?.folder ? await backupToFolder(input.folder, ctx) : await backups.make('manual');
      ctx.audit?.note(`备份文件：${info.path}`);
      return info;
    },

    /**
     * Only a backup from the current list can be restored (never an arbitrary path from the caller;
     * the CLI excepted).
     * It is checked first, the current state is backed up, and only then is the store replaced.
     */
    async restoreBackup({ path: chosen }, ctx) {
      const target = restoreTarget(backups.list(), chosen, ctx.host);
      if (!target) throw new AppError('NOT_FOUND', '所选备份不在备份文件夹中，请刷新列表后重试');
      const check = checkBackupFile(target.path);
      if (!check.ok) throw new AppError('INVALID_INPUT', `不能用这份备份恢复：${check.problem}`);
      let safety;
      try {
        safety = await backups.make('before-restore');
      } catch (e) {
        throw new AppError('INTERNAL', `恢复前未能先备份当前数据，已取消恢复。${(e as Error).message}`);
      }
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      await trust.replaceStore((dbPath) => installBackupAsStore(target.path, dbPath, `replaced-${stamp}`));
      ctx.audit?.note(`已从备份恢复：${target.path}`);
      ctx.audit?.note(`恢复前的数据已备份为：${safety.path}`);
      return { restoredFrom: { ...target, status: 'good' as const }, safetyBackup: safety };
    },
  };
}
