import fs from 'node:fs';
import { formatTimestamp } from '../../../shared/domain/format';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AUTOMATIC_BACKUP_REASONS, BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/contract/trust';
import { MIGRATIONS } from '../store/migrations';

/**
 * Backup files: `clearance-YYYYMMDD-HHmmss-SSS-<reason>.sqlite`, the time at the port (Asia/Shanghai),
 * so that a folder listing sorts by time and a person can read which is which.
 */
const NAME = new RegExp(`^clearance-(\\d{8})-(\\d{6})-(\\d{3})-(${BACKUP_REASONS.join('|')})\\.sqlite$`);

export function backupFileName(at: Date, reason: BackupReason): string {
  // Beijing time, as the administrator reads it in the list: YYYYMMDD-HHmmss.
  const digits = formatTimestamp(at.toISOString()).replace(/\D/g, '');
  const ms = String(at.getUTCMilliseconds()).padStart(3, '0');
  return `clearance-${digits.slice(0, 8)}-${digits.slice(8, 14)}-${ms}-${reason}.sqlite`;
}

export function parseBackupFileName(name: string): { at: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, day, time, ms, reason] = m as unknown as [string, string, string, string, BackupReason];
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}+08:00`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at: at.toISOString(), reason };
}

function safeReaddir(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/** The backups in a folder, newest first; a missing or unreadable folder has none. */
export function listBackupFolder(folder: string): BackupInfo[] {
  const names = safeReaddir(folder);
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const full = path.join(folder, name);
    try {
      const stat = fs.statSync(full);
      if (!stat.isFile()) continue;
      out.push({ path: full, name, folder, at: parsed.at, reason: parsed.reason, bytes: stat.size, status: 'unchecked', problem: null });
    } catch {
      // vanished while listing
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.name.localeCompare(a.name)));
}

/** A backup cut off by a crash or power cut leaves a `.partial` file; it is removed once surely stale. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Automatic backups beyond the newest `keep` are removed; manual and pre-restore ones stay until
 * removed by hand. Stale half-written files go too.
 */
export function pruneAutomaticBackups(folder: string, keep: number, now: Date = new Date()): string[] {
  const automatic = listBackupFolder(folder).filter((b) => AUTOMATIC_BACKUP_REASONS.includes(b.reason));
  const removed: string[] = [];
  for (const name of safeReaddir(folder)) {
    if (!NAME.test(name.replace(/\.partial$/, '')) || !name.endsWith('.partial')) continue;
    const full = path.join(folder, name);
    try {
      if (now.getTime() - fs.statSync(full).mtimeMs > STALE_PARTIAL_MS) {
        fs.rmSync(full, { force: true });
        removed.push(full);
      }
    } catch {
      // gone already
    }
  }
  for (const b of spareLastBackupWithData(folder, automatic.slice(keep))) {
    try {
      fs.rmSync(b.path, { force: true });
      removed.push(b.path);
    } catch {
      // a file that cannot be removed now is tried again after the next backup
    }
  }
  return removed;
}

/** Whether a backup holds anything (an account or a day): a store emptied by mistake does not. */
export function backupHoldsData(file: string): boolean {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM daily_records) AS has').get() as { has: number };
    return row.has === 1;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * The automatic backups to remove, less the newest good one that holds data when none of the backups
 * that stay does: the backups of a store emptied by mistake (its daily ones keep coming) never push
 * out the last backup of the real data.
 */
function spareLastBackupWithData(folder: string, doomed: BackupInfo[]): BackupInfo[] {
  if (doomed.length === 0) return doomed;
  const leaving = new Set(doomed.map((b) => b.path));
  if (listBackupFolder(folder).some((b) => !leaving.has(b.path) && backupHoldsData(b.path))) return doomed;
  const spared = doomed.find((b) => backupHoldsData(b.path) && checkBackupFile(b.path).ok);
  return spared ? doomed.filter((b) => b !== spared) : doomed;
}

/**
 * Whether a file is a store this program can restore: SQLite's full integrity check passes and every
 * migration it has applied is one this version knows (a newer program's store is not restored over).
 */
export function checkBackupFile(file: string): { ok: true } | { ok: false; problem: string } {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const bad = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (bad.length > 0) return { ok: false, problem: `备份文件已损坏：${bad.slice(0, 3).join('；')}` };
    const hasMigrations = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`).get() as { n: number };
    if (!hasMigrations.n) return { ok: false, problem: '不是本程序的数据文件' };
    const names = (db.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name);
    const unknown = names.filter((n) => !(n in MIGRATIONS));
    if (unknown.length > 0) return { ok: false, problem: `由更新版本的程序写入（${unknown.join('、')}），请先升级程序` };
    return { ok: true };
  } catch (e) {
    return { ok: false, problem: `无法读取备份文件：${(e as Error).message}` };
  } finally {
    db?.close();
  }
}

/**
 * A backup with SQLite's online backup API, never a copy of the live file: it reads a consistent
 * snapshot through its own connection while the program keeps working. Written under a temporary
 * name, switched to the rollback journal so that it is one self-contained file, checked, and only
 * then given its final name, so a half-written backup never looks like a good one.
 */
export async function makeBackupFile(dbPath: string, folder: string, reason: BackupReason, at: Date): Promise<BackupInfo> {
  fs.mkdirSync(folder, { recursive: true });
  let name = backupFileName(at, reason);
  let bump = 0;
  while (fs.existsSync(path.join(folder, name))) name = backupFileName(new Date(at.getTime() + ++bump), reason);
  const final = path.join(folder, name);
  const partial = `${final}.partial`;
  const source = new BetterSqlite3(dbPath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.pragma('query_only = ON');
    await source.backup(partial);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    source.close();
  }
  try {
    const copy = new BetterSqlite3(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const check = checkBackupFile(partial);
    if (!check.ok) throw new Error(check.problem);
    fs.renameSync(partial, final);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  const parsed = parseBackupFileName(name)!;
  return { path: final, name, folder, at: parsed.at, reason, bytes: fs.statSync(final).size, status: 'good', problem: null };
}

export interface InstalledStore {
  /** the restore went through: the replaced file is removed (its content is in the pre-restore backup) */
  commit(): void;
  /** the restored store could not be opened: the replaced file is put back */
  undo(): void;
}

/**
 * Puts a backup in place of the store file, which must be closed. The backup is copied with the
 * backup API to a temporary file beside the store and renamed over it; the old file is kept aside
 * until `commit`, and its WAL files are moved with it so they are never applied to the restored file.
 */
export async function installBackupAsStore(backupFile: string, dbPath: string, asideSuffix: string): Promise<InstalledStore> {
  const incoming = `${dbPath}.restoring`;
  fs.rmSync(incoming, { force: true });
  const source = new BetterSqlite3(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  const aside = `${dbPath}.${asideSuffix}`;
  const moved: [string, string][] = [];
  for (const ext of ['', '-wal', '-shm']) {
    if (fs.existsSync(dbPath + ext)) {
      fs.renameSync(dbPath + ext, aside + ext);
      moved.push([dbPath + ext, aside + ext]);
    }
  }
  fs.renameSync(incoming, dbPath);
  return {
    commit() {
      for (const [, to] of moved) fs.rmSync(to, { force: true });
    },
    undo() {
      for (const ext of ['', '-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
      for (const [from, to] of moved) fs.renameSync(to, from);
    },
  };
}

/**
 * The backup a restore may use: one from the listing (the renderer can only name those), or for the
 * CLI, which acts with the rights of whoever runs it on this PC, any file it names.
 */
export function restoreTarget(listing: BackupInfo[], chosen: string, host: string): BackupInfo | null {
  const listed = listing.find((b) => b.path === chosen);
  if (listed || host !== 'cli') return listed ?? null;
  const full = path.resolve(chosen);
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile()) return null;
    const parsed = parseBackupFileName(path.basename(full));
    return {
      path: full,
      name: path.basename(full),
      folder: path.dirname(full),
      at: parsed?.at ?? stat.mtime.toISOString(),
      reason: parsed?.reason ?? 'manual',
      bytes: stat.size,
      status: 'unchecked',
      problem: null,
    };
  } catch {
    return null;
  }
}
