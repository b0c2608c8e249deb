import type { Kysely, Selectable } from 'kysely';
import type { SignedInUser, UserAccount } from '../../../shared/contract/trust';
import type { Database } from '../store/schema';
import type { UsersTable } from '../store/tables/trust';
import { hashPassword } from './passwords';
import { requireStrongPassword } from './passwordPolicy';

export type UserRow = Selectable<UsersTable>;

export function toSignedInUser(row: UserRow): SignedInUser {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export function toUserAccount(row: UserRow): UserAccount {
  return {
    ...toSignedInUser(row),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
  };
}

export function findUserById(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** User names compare without regard to case (the column is COLLATE NOCASE). */
export function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A new account with its password checked and hashed: the first administrator and the ones an
 * administrator adds are made the same way, so a policy change reaches both.
 */
export async function insertUser(
  db: Kysely<Database>,
  user: { username: string; displayName: string; role: UserRow['role']; password: string },
  at: string,
  signedInNow: boolean,
): Promise<UserRow> {
  requireStrongPassword(user.password, 'password', [user.username, user.displayName]);
  return db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password: await hashPassword(user.password),
      created_at: at,
      updated_at: at,
      ...(signedInNow ? { last_login_at: at } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
