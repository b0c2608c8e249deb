import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { AppError } from '../../../shared/contract/result';
import { unknownMigrations } from '../store/openStore';
import { CENTRAL_MIGRATIONS, LATEST_CENTRAL_MIGRATION } from './migrations';
import type { CentralDatabase } from './centralSchema';

export interface Central {
  db: Kysely<CentralDatabase>;
  /** the role this connection signed in as (an office's or an official's) */
  role: string;
  close(): Promise<void>;
}

/**
 * BIGINT and NUMERIC (what SUM over BIGINT gives) arrive from pg as strings; the figures are integer
 * kg, 元 and 1/100 hours far below 2^53, so they are read as numbers, and a value that is not a safe
 * integer is an error rather than a silently rounded sum.
 */
function readInteger(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`数值超出可精确表示的范围：${text}`);
  return n;
}
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? readInteger : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A postgres:// address, checked before anything connects (a typo gets a message, not a stack trace). */
export function parseCentralUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('INVALID_INPUT', `中心数据库地址无法识别：${url}（应为 postgres://账户@主机:端口/数据库）`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError('INVALID_INPUT', `中心数据库地址应以 postgres:// 开头：${url}`);
  }
  return url;
}

function connect(url: string): Kysely<CentralDatabase> {
  const pool = new pg.Pool({ connectionString: parseCentralUrl(url), max: 2, types });
  return new Kysely<CentralDatabase>({ dialect: new PostgresDialect({ pool }) });
}

async function appliedMigrations(db: Kysely<CentralDatabase>): Promise<string[] | null> {
  const table = await sql<{ t: string | null }>`SELECT to_regclass('kysely_migration')::text AS t`.execute(db);
  if (!table.rows[0]?.t) return null;
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Refuses a central database whose schema this program does not know, either way round. */
async function checkSchema(db: Kysely<CentralDatabase>): Promise<void> {
  const applied = await appliedMigrations(db);
  const unknown = unknownMigrations(applied ?? [], CENTRAL_MIGRATIONS);
  if (unknown.length > 0) {
    throw new AppError(
      'DB_FROM_FUTURE',
      `中心数据库已由更新版本的程序升级（包含本程序不认识的结构版本 ${unknown.join('、')}），为防止数据丢失已拒绝同步。请安装最新版本的程序。`,
    );
  }
  if (!applied?.includes(LATEST_CENTRAL_MIGRATION)) {
    throw new AppError('CONFLICT', '中心数据库的结构版本比本程序旧（或尚未建立），请 IT 管理员先运行 clearance central migrate。');
  }
}

/** Turns a connection failure into one Chinese line (wrong host, port, account or database). */
function connectionError(e: unknown): AppError {
  const err = e as { code?: string; message?: string };
  if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'ETIMEDOUT') return new AppError('UNSUPPORTED', `无法连接中心数据库：${err.message}`);
  if (err.code === '28P01' || err.code === '28000') return new AppError('UNAUTHENTICATED', `中心数据库拒绝登录：${err.message}`);
  if (err.code === '3D000') return new AppError('NOT_FOUND', `中心数据库不存在：${err.message}`);
  return new AppError('INTERNAL', `中心数据库出错：${err.message ?? String(e)}`);
}

/** Connects as an office or an official: the schema must be exactly this program's. */
export async function openCentral(url: string): Promise<Central> {
  const db = connect(url);
  try {
    const who = await sql<{ role: string }>`SELECT current_user AS role`.execute(db).catch((e) => {
      throw connectionError(e);
    });
    await checkSchema(db);
    return { db, role: who.rows[0]!.role, close: () => db.destroy() };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}

/** Creates or upgrades the central schema: the IT office, as the database's owner. */
export async function migrateCentral(url: string): Promise<string[]> {
  const db = connect(url);
  try {
    await sql`SELECT 1`.execute(db).catch((e) => {
      throw connectionError(e);
    });
    const unknown = unknownMigrations((await appliedMigrations(db)) ?? [], CENTRAL_MIGRATIONS);
    if (unknown.length > 0) {
      throw new AppError('DB_FROM_FUTURE', `中心数据库已由更新版本的程序升级（${unknown.join('、')}），本程序不能再升级它。`);
    }
    const migrator = new Migrator({ db, provider: { getMigrations: async () => CENTRAL_MIGRATIONS } });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知';
      throw new AppError('INTERNAL', `中心数据库升级失败（${failed}）：${String((error as Error).message ?? error)}`);
    }
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  } finally {
    await db.destroy();
  }
}
