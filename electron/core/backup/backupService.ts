import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { AUTOMATIC_BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/contract/trust';
import { defaultBackupFolder, rememberBackupFolder, type StoredTrustSettings } from '../trustSettings';
import { writeAuditHeadSidecar } from '../audit/auditAnchor';
import { listBackupFolder, makeBackupFile, pruneAutomaticBackups } from './backupFiles';

export interface BackupServiceDeps {
  dataDir: string;
  now: () => Date;
  /** the open store's file */
  dbPath: () => string;
  settings: () => StoredTrustSettings;
}

export interface AutomaticBackupOutcome {
  at: string;
  ok: boolean;
  message: string;
}

/**
 * Backups of the open store: to the folder the administrator chose (a USB stick is common), keeping
 * the last N automatic ones. An automatic backup that cannot reach that folder (the stick is not
 * plugged in) goes to the default folder inside the data folder instead and says so, rather than
 * being skipped.
 */
export class BackupService {
  lastAutomatic: AutomaticBackupOutcome | null = null;

  constructor(private readonly deps: BackupServiceDeps) {}

  get defaultFolder(): string {
    return defaultBackupFolder(this.deps.dataDir);
  }

  /** Every backup in the chosen folder and the default one, newest first. */
  list(): BackupInfo[] {
    const folders = [...new Set([path.resolve(this.deps.settings().backupFolder), path.resolve(this.defaultFolder)])];
    return folders.flatMap(listBackupFolder).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.name.localeCompare(a.name)));
  }

  /** A backup to the chosen folder; a failure is an error with the folder and the reason in Chinese. */
  async make(reason: BackupReason): Promise<BackupInfo> {
    const { backupFolder, backupKeep } = this.deps.settings();
    return this.#makeIn(backupFolder, reason, backupKeep);
  }

  /** An automatic backup (start, quit, daily): never throws; the outcome is kept for the admin screen. */
  async automatic(reason: BackupReason): Promise<BackupInfo | null> {
    const { backupFolder, backupKeep } = this.deps.settings();
    const at = this.deps.now().toISOString();
    try {
      const info = await this.#makeIn(backupFolder, reason, backupKeep);
      this.lastAutomatic = { at, ok: true, message: `已自动备份到 ${info.path}` };
      return info;
    } catch (first) {
      if (path.resolve(backupFolder) !== path.resolve(this.defaultFolder)) {
        try {
          const info = await this.#makeIn(this.defaultFolder, reason, backupKeep);
          this.lastAutomatic = {
            at,
            ok: false,
            message: `${(first as Error).message}；已改为备份到默认文件夹 ${info.path}`,
          };
          return info;
        } catch {
          // reported below
        }
      }
      this.lastAutomatic = { at, ok: false, message: (first as Error).message };
      return null;
    }
  }

  async #makeIn(folder: string, reason: BackupReason, keep: number): Promise<BackupInfo> {
    let info: BackupInfo;
    try {
      info = await makeBackupFile(this.deps.dbPath(), folder, reason, this.deps.now());
    } catch (e) {
      throw new AppError('INTERNAL', `无法备份到 ${folder}：${(e as Error).message}`);
    }
    rememberBackupFolder(this.deps.dataDir, this.deps.settings().backupFolder);
    writeAuditHeadSidecar(info.path, info.at);
    if (AUTOMATIC_BACKUP_REASONS.includes(reason)) pruneAutomaticBackups(folder, keep, this.deps.now());
    return info;
  }
}
