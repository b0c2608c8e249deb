import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';

/**
 * One process per data folder. Two processes on one store lose saves: a restore in one renames the
 * live file away while the other goes on acknowledging saves into the unlinked file.
 *
 * The lock is an operating-system lock, held through SQLite on a small file of its own
 * (`clearance.lock`, exclusive locking mode, a write made so the lock is taken at once): the system
 * releases it when the process ends however it ends, so a lock left by a dead process (a crash, a
 * kill -9, a power cut) is simply taken over, never mistaken for a live one by a reused pid. Who
 * holds it is written beside it in `clearance.lock.json`, only to name the holder in the refusal.
 */
export const LOCK_FILE_NAME = 'clearance.lock';
export const LOCK_HOLDER_FILE_NAME = 'clearance.lock.json';

export interface LockHolder {
  pid: number;
  /** what the process is, in Chinese: 浏览器模式（clearance serve）, 桌面程序, 命令行 clearance restore … */
  what: string;
  since: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly holder: LockHolder;
  release(): void;
}

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_HOLDER_FILE_NAME), 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.what === 'string' ? { pid: parsed.pid, what: parsed.what, since: String(parsed.since ?? '') } : null;
  } catch {
    return null;
  }
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function lockedMessage(dataDir: string, holder: LockHolder | null): string {
  const who = holder ? `${holder.what}（进程号 ${holder.pid}）` : '另一个程序';
  return `数据目录 ${dataDir} 正由${who}使用，同一份数据同时只能由一个程序打开。请先关闭它，或在它里面操作。`;
}

/** Takes the data folder's lock, or refuses in Chinese naming the process that holds it. */
export function acquireDataDirLock(dataDir: string, what: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, LOCK_FILE_NAME));
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    // In exclusive locking mode the first write takes the file's exclusive lock and keeps it until close.
    db.exec('CREATE TABLE IF NOT EXISTS lock (pid INTEGER)');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare('DELETE FROM lock').run();
    db.prepare('INSERT INTO lock (pid) VALUES (?)').run(process.pid);
    db.exec('COMMIT');
  } catch (e) {
    db.close();
    if (isBusy(e)) throw new AppError('DATA_DIR_LOCKED', lockedMessage(dataDir, readLockHolder(dataDir)));
    throw e;
  }
  const holder: LockHolder = { pid: process.pid, what, since: new Date().toISOString() };
  try {
    fs.writeFileSync(path.join(dataDir, LOCK_HOLDER_FILE_NAME), JSON.stringify(holder) + '\n');
  } catch {
    // Only names the holder in another process's refusal; the lock itself is held.
  }
  let released = false;
  return {
    dataDir,
    holder,
    release() {
      if (released) return;
      released = true;
      if (readLockHolder(dataDir)?.pid === process.pid) fs.rmSync(path.join(dataDir, LOCK_HOLDER_FILE_NAME), { force: true });
      db.close();
    },
  };
}
