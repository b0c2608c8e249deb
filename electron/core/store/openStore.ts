import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { AppError } from '../../../shared/contract/result';
import type { Database } from './schema';
import { MIGRATIONS, LATEST_MIGRATION } from './migrations';
import { DB_FILE_NAME } from './dataDir';

export interface Store {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  dbPath: string;
  dataDir: string;
  schemaVersion: string;
  close(): Promise<void>;
}

/** What a writer needs of the store: Kysely for its statements, the connection for prepared ones and the transaction. */
export type StoreHandles = Pick<Store, 'db' | 'sqlite'>;

/** Connection set-up in one place: every host opens the store through here. */
export function configureConnection(sqlite: BetterSqlite3.Database): void {
  // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
  sqlite.pragma('journal_mode = WAL');
  // FULL syncs the WAL at every commit: an acknowledged save survives a power cut, not only a crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Temp tables (the audit's change capture) and the statement journals of writes inside a
  // savepoint stay in memory: on disk they made the audit's triggers cost more than a bulk import's
  // own inserts. They hold only what one call changes, and nothing there needs to survive a crash.
  sqlite.pragma('temp_store = MEMORY');
}

/**
 * Refuses a database that a newer version of the program has migrated: running old code on it could
 * silently drop what the newer version wrote (Signal's DBVersionFromFutureError).
 */
async function refuseNewerDatabase(db: Kysely<Database>): Promise<void> {
  const hasTable = await sql<{ n: number }>`
    SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (!hasTable.rows[0]?.n) return;
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const unknown = unknownMigrations(applied.rows.map((r) => r.name), MIGRATIONS);
  if (unknown.length > 0) {
    throw new AppError(
      'DB_FROM_FUTURE',
      `数据文件由更新版本的程序写入（包含本程序不认识的结构版本 ${unknown.sort().join('、')}），为防止数据丢失已拒绝打开。请安装最新版本的程序后再打开。`,
    );
  }
}

/** The applied migrations this program does not know: a newer program wrote them (the store's and the central database's check). */
export function unknownMigrations(applied: readonly string[], known: Readonly<Record<string, unknown>>): string[] {
  return applied.filter((n) => !(n in known)).sort();
}

export async function migrateToLatest(db: Kysely<Database>, target: string = LATEST_MIGRATION): Promise<void> {
  await refuseNewerDatabase(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知';
    throw new AppError('INTERNAL', `数据库升级失败（${failed}）：${String((error as Error).message ?? error)}`);
  }
}

export interface OpenStoreOptions {
  dataDir: string;
  /** migrate only up to this migration (migration tests) */
  migrateTo?: string;
}

export async function openStore({ dataDir, migrateTo }: OpenStoreOptions): Promise<Store> {
  fs.mkdirSync(dataDir, { recursive: true });
  const dbPath = path.join(dataDir, DB_FILE_NAME);
  const sqlite = new BetterSqlite3(dbPath);
  try {
    configureConnection(sqlite);
    // A quick check at every start: a damaged store is reported, never migrated or written to.
    const quick = quickCheck(sqlite);
    if (!quick.ok) throw new AppError('STORE_DAMAGED', `数据文件已损坏：${quick.problems.slice(0, 3).join('；')}`, undefined, { problems: quick.problems });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateToLatest(db, migrateTo);
    const schemaVersion = migrateTo ?? LATEST_MIGRATION;
    return {
      db,
      sqlite,
      dbPath,
      dataDir,
      schemaVersion,
      // Kysely's destroy closes the better-sqlite3 handle too.
      close: () => db.destroy(),
    };
  } catch (e) {
    if (sqlite.open) sqlite.close();
    if (e instanceof AppError) throw e;
    if (isDamageError(e)) {
      throw new AppError('STORE_DAMAGED', `数据文件已损坏，无法打开：${dbPath}`, undefined, { problems: [(e as Error).message] });
    }
    throw e;
  }
}

/** `PRAGMA integrity_check` and foreign keys: what `clearance check` and the start-up check run. */
export function checkIntegrity(sqlite: BetterSqlite3.Database): { ok: true } | { ok: false; problems: string[] } {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  const fk = sqlite.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`外键不一致：${fk.length} 处`);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** `PRAGMA quick_check`: the fast structural check run at every start (no index-content comparison). */
export function quickCheck(sqlite: BetterSqlite3.Database): { ok: true } | { ok: false; problems: string[] } {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** SQLite's ways of saying a file is not a database or is corrupt. */
export function isDamageError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))) return true;
  return /not a database|malformed|corrupt/i.test(e.message);
}
