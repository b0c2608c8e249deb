import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { DB_FILE_NAME } from '../store/dataDir';
import { defaultBackupFolder, rememberedBackupFolder } from '../trustSettings';
import { listBackupFolder } from './backupFiles';

/** The folders recovery looks in: the default one and the one remembered beside the store. */
export function knownBackupFolders(dataDir: string): string[] {
  return [...new Set([defaultBackupFolder(dataDir), rememberedBackupFolder(dataDir)].filter((f): f is string => !!f).map((f) => path.resolve(f)))];
}

function byteSize(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/**
 * Whether the store file is gone or empty. A new store in WAL mode can be 0 bytes with everything
 * still in its `-wal` file (a crash before the first checkpoint): that is not empty.
 */
export function storeFileIsEmpty(dataDir: string): boolean {
  const dbPath = path.join(dataDir, DB_FILE_NAME);
  const size = byteSize(dbPath);
  return (size === null || size === 0) && !byteSize(`${dbPath}-wal`);
}

/**
 * A store that is missing or 0 bytes while the backup folders hold backups was lost (deleted,
 * truncated by a failing disk or by hand), not a fresh install: opening it would create an empty
 * store in which anyone at the PC could create the administrator, and its automatic backups would
 * push the good ones out. It is damage; the hosts offer recovery from the backups.
 */
export function refuseLostStore(dataDir: string): void {
  if (!storeFileIsEmpty(dataDir)) return;
  const backups = knownBackupFolders(dataDir).flatMap(listBackupFolder);
  if (backups.length === 0) return;
  const dbPath = path.join(dataDir, DB_FILE_NAME);
  const state = byteSize(dbPath) === null ? '不存在' : '是空文件（0 字节）';
  throw new AppError('STORE_DAMAGED', `数据文件${state}，但备份文件夹中有 ${backups.length} 份备份：数据文件可能被删除或损坏`, undefined, {
    problems: [`${dbPath} ${state}`],
  });
}
