import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema';

export const DEMO_PORT = { code: 'ZHANGMU', name: '樟木口岸' } as const;

/** The port the demo is of: 樟木口岸 (seeded by the first migration), found by its code, else by name, else added. */
export async function demoPort(db: Kysely<Database>, now: Date): Promise<{ id: number; name: string }> {
  const found =
    (await db.selectFrom('ports').select(['id', 'name']).where('code', '=', DEMO_PORT.code).executeTakeFirst()) ??
    (await db.selectFrom('ports').select(['id', 'name']).where('name', '=', DEMO_PORT.name).executeTakeFirst());
  if (found) return found;
  return db
    .insertInto('ports')
    .values({ code: DEMO_PORT.code, name: DEMO_PORT.name, created_at: now.toISOString() })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}
