import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/result';
import type { Database } from '../../store/schema';

/** Refuses a write for a port that does not exist (deleted meanwhile, or a hand-made request). */
export async function requirePort(db: Kysely<Database>, portId: number): Promise<void> {
  const port = await db.selectFrom('ports').select('id').where('id', '=', portId).executeTakeFirst();
  if (!port) throw new AppError('NOT_FOUND', '所选口岸不存在，请刷新后重试');
}

/** Whether an error is SQLite refusing a duplicate key. */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Error && /UNIQUE constraint failed/.test(e.message);
}
