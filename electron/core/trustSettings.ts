import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { BACKUP_KEEP, LOCK_MINUTES } from '../../shared/contract/trust';

/** The backup folder when the administrator has not chosen one: inside the data folder. */
export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export interface StoredTrustSettings {
  lockMinutes: number;
  backupFolder: string;
  backupKeep: number;
}

type Key = keyof StoredTrustSettings;

function readValue(sqlite: BetterSqlite3.Database, key: Key): unknown {
  const row = sqlite.prepare('SELECT value FROM trust_settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

function intIn(value: unknown, range: { min: number; max: number; default: number }): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max ? value : range.default;
}

export function readLockMinutes(sqlite: BetterSqlite3.Database): number {
  return intIn(readValue(sqlite, 'lockMinutes'), LOCK_MINUTES);
}

/** Settings of sign-in and backups, with their defaults where none is stored. */
export function readTrustSettings(sqlite: BetterSqlite3.Database, dataDir: string): StoredTrustSettings {
  const folder = readValue(sqlite, 'backupFolder');
  return {
    lockMinutes: readLockMinutes(sqlite),
    backupFolder: typeof folder === 'string' && folder !== '' ? folder : defaultBackupFolder(dataDir),
    backupKeep: intIn(readValue(sqlite, 'backupKeep'), BACKUP_KEEP),
  };
}

export function writeTrustSetting<K extends Key>(sqlite: BetterSqlite3.Database, key: K, value: StoredTrustSettings[K]): void {
  sqlite
    .prepare('INSERT INTO trust_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}

/**
 * The backup folder, also kept in a small file beside the store: when the store itself is damaged,
 * this is how the start-up recovery finds the backups on the administrator's chosen folder.
 */
const LOCATION_FILE = 'backup-location.json';

export function rememberBackupFolder(dataDir: string, folder: string): void {
  try {
    fs.writeFileSync(path.join(dataDir, LOCATION_FILE), JSON.stringify({ folder }) + '\n');
  } catch {
    // Only a hint for recovery; the setting itself is in the store.
  }
}

export function rememberedBackupFolder(dataDir: string): string | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, LOCATION_FILE), 'utf8')) as { folder?: unknown };
    return typeof parsed.folder === 'string' && path.isAbsolute(parsed.folder) ? parsed.folder : null;
  } catch {
    return null;
  }
}
