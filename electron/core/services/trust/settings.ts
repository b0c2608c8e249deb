import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/result';
import type { CoreDeps, Handlers } from '../../types';
import type { TrustRuntime } from '../../trustRuntime';
import { defaultBackupFolder, readTrustSettings, rememberBackupFolder, writeTrustSetting } from '../../trustSettings';

type SettingsHandlers = Pick<Handlers, 'getTrustSettings' | 'updateTrustSettings' | 'pickBackupFolder'>;

/** A folder the program can write backups to, created if missing; a clear message where it cannot. */
export function checkWritableFolder(folder: string): string | null {
  if (!path.isAbsolute(folder)) return '请填写完整的文件夹路径（例如 E:\\口岸数据备份）';
  try {
    fs.mkdirSync(folder, { recursive: true });
    const probe = path.join(folder, `.clearance-write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOENT' ? '磁盘或上级文件夹不存在' : code === 'EROFS' ? '该磁盘只读' : (e as Error).message;
    return `无法写入该文件夹：${why}`;
  }
}

export function createSettingsHandlers({ store }: CoreDeps, trust: TrustRuntime): SettingsHandlers {
  const { sqlite } = store;
  const read = () => ({ ...readTrustSettings(sqlite, trust.dataDir), defaultBackupFolder: defaultBackupFolder(trust.dataDir) });
  return {
    async getTrustSettings() {
      return read();
    },
    async pickBackupFolder(_input, ctx) {
      if (!ctx.pickFolder) return { supported: false, folder: null };
      return { supported: true, folder: await ctx.pickFolder('选择备份文件夹（可选 U 盘）') };
    },
    async updateTrustSettings(change) {
      if (change.backupFolder !== undefined) {
        const folder = path.resolve(change.backupFolder);
        const problem = checkWritableFolder(change.backupFolder);
        if (problem) throw new AppError('INVALID_INPUT', problem, { backupFolder: problem });
        writeTrustSetting(sqlite, 'backupFolder', folder);
        rememberBackupFolder(trust.dataDir, folder);
      }
      if (change.lockMinutes !== undefined) writeTrustSetting(sqlite, 'lockMinutes', change.lockMinutes);
      if (change.backupKeep !== undefined) writeTrustSetting(sqlite, 'backupKeep', change.backupKeep);
      return read();
    },
  };
}
