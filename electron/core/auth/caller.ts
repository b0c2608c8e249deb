import type { Kysely } from 'kysely';
import type { SignedInUser } from '../../../shared/contract/trust';
import { mayCall } from '../../../shared/contract/access';
import type { MethodDef } from '../../../shared/contract/define';
import { AppError } from '../../../shared/contract/result';
import type { Database } from '../store/schema';
import type { CallContext } from '../types';
import type { SessionRegistry } from './sessions';
import { findUserById, toSignedInUser } from './users';

export interface Caller {
  user: SignedInUser | null;
  /** the CLI or a test acting as the store's administrator without signing in (the data folder is the boundary) */
  implicit: boolean;
  /** the caller's session ran out after inactivity */
  expired: boolean;
}

const IMPLICIT_ADMIN_NAMES = { cli: '命令行', test: '测试' } as const;

/**
 * Who is calling: the user of the host's session (counting this call as activity), or for the CLI and
 * tests the store's administrator. A session of a removed or disabled account ends here.
 */
export async function resolveCaller(
  ctx: CallContext,
  db: Kysely<Database>,
  sessions: SessionRegistry,
  lockMinutes: number,
): Promise<Caller> {
  const id = ctx.session?.id ?? null;
  if (id) {
    const found = sessions.touch(id, lockMinutes);
    if (found.status === 'active') {
      const row = await findUserById(db, found.userId);
      if (row && row.disabled === 0) return { user: toSignedInUser(row), implicit: false, expired: false };
      sessions.drop(id);
    }
    ctx.session?.set(null);
    return { user: null, implicit: false, expired: found.status === 'expired' };
  }
  if (ctx.host === 'cli' || ctx.host === 'test') {
    return {
      user: { id: 0, username: ctx.host, displayName: IMPLICIT_ADMIN_NAMES[ctx.host], role: 'admin' },
      implicit: true,
      expired: false,
    };
  }
  return { user: null, implicit: false, expired: false };
}

/** Why a caller may not call a method, or null when they may (shared/contract/access.ts decides). */
export function accessError(def: MethodDef, caller: Caller): AppError | null {
  if (mayCall(caller.user?.role ?? null, def)) return null;
  if (!caller.user) {
    return caller.expired
      ? new AppError('UNAUTHENTICATED', '长时间未操作，已自动锁定，请重新登录', undefined, { reason: 'locked' })
      : new AppError('UNAUTHENTICATED', '请先登录', undefined, { reason: 'signedOut' });
  }
  if (def.adminOnly) return new AppError('FORBIDDEN', '此操作仅限管理员');
  return new AppError('FORBIDDEN', '您的角色是查看者，只能查看数据，不能修改');
}
