import crypto from 'node:crypto';
import { AppError } from '../../../../shared/contract/result';
import type { SignedInUser } from '../../../../shared/contract/trust';
import type { CallContext, CoreDeps, Handlers } from '../../types';
import type { TrustRuntime } from '../../trustRuntime';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../auth/passwords';
import { countActiveAdmins, countUsers, findUserById, findUserByUsername, insertUser, toSignedInUser, toUserAccount } from '../../auth/users';
import { appendAuditEntry, auditWho, notesOnly } from '../../audit/auditLog';
import type { FailureReason } from '../../audit/failedLogins';
import { requireStrongPassword } from '../../auth/passwordPolicy';
import { readLockMinutes } from '../../trustSettings';

type AccountHandlers = Pick<
  Handlers,
  'getAuthState' | 'unlockRecovery' | 'createFirstAdmin' | 'login' | 'logout' | 'changeOwnPassword' | 'listUsers' | 'createUser' | 'updateUser' | 'resetPassword'
>;

const WRONG_CREDENTIALS = '用户名或密码不正确';

/** The client a sign-in comes from: the browser's client cookie, or the desktop window; null when unknown. */
function clientIdOf(ctx: CallContext): string | null {
  if (ctx.host === 'http') return ctx.client?.id ?? null;
  return ctx.host;
}

/** A browser without a client cookie gets one at its first successful sign-in. */
function newClientId(ctx: CallContext): string | null {
  if (!ctx.client) return null;
  const id = crypto.randomBytes(24).toString('base64url');
  ctx.client.set(id);
  return id;
}

/** Sign-in, first-run set-up and the accounts the administrator keeps. */
export function createAccountHandlers({ store, now }: CoreDeps, trust: TrustRuntime): AccountHandlers {
  const { db, sqlite } = store;
  const { sessions, throttle, failedLogins } = trust;

  /** Sign-in events are not writes of data, so dispatch does not record them: they are recorded here. */
  const recordSignIn = (ctx: CallContext, action: 'login' | 'logout', user: SignedInUser | null, username: string, note: string) =>
    appendAuditEntry(sqlite, {
      at: now().toISOString(),
      ...auditWho(user, username),
      host: ctx.host,
      action,
      input: { username },
      changes: notesOnly(note ? [note] : []),
    });

  const startSession = (ctx: CallContext, userId: number) => {
    if (!ctx.session) return;
    sessions.drop(ctx.session.id);
    ctx.session.set(sessions.create(userId));
  };

  const mustFind = async (id: number) => {
    const row = await findUserById(db, id);
    if (!row) throw new AppError('NOT_FOUND', '该账户不存在，请刷新后重试');
    return row;
  };

  return {
    async getAuthState(_input, ctx) {
      return {
        mode: 'normal',
        needsSetup: (await countUsers(db)) === 0,
        user: ctx.user ?? null,
        locked: ctx.signInExpired ?? false,
        lockMinutes: readLockMinutes(sqlite),
      };
    },

    // The store is open, not in recovery: there is nothing to unlock (the gate is in openAppCore's recovery offer).
    async unlockRecovery() {
      throw new AppError('CONFLICT', '数据文件完好，无需从备份恢复');
    },

    async createFirstAdmin(input, ctx) {
      // Dispatch holds the write lock: two first runs at once cannot both get here.
      if ((await countUsers(db)) > 0) throw new AppError('CONFLICT', '管理员已经创建，请直接登录');
const row = await insertUser(db, { ...input, role: 'admin' }, now().toISOString(), true);
      const user = toSignedInUser(row);
      ctx.audit?.actAs(user);
      startSession(ctx, user.id);
      return user;
    },

    async login({ username, password }, ctx) {
      const client = clientIdOf(ctx);
      const failed = (user: SignedInUser | null, reason: FailureReason) => {
        failedLogins.add(username, client ?? '未知客户端', ctx.host, user, reason);
        failedLogins.flush(sqlite);
      };
      const wait = throttle.waitSeconds(username, client);
      if (wait > 0) {
        failed(null, '等待期间再次尝试');
        throw new AppError('FORBIDDEN', `登录失败次数过多，请 ${wait} 秒后再试`);
      }
      const row = await findUserByUsername(db, username);
      const passwordOk = row ? await verifyPassword(password, row.password) : (await burnPasswordCheck(password), false);
      if (!row || !passwordOk) {
        throttle.fail(username, client);
        failed(row ? toSignedInUser(row) : null, row ? '密码错误' : '用户名不存在');
        throw new AppError('INVALID_INPUT', WRONG_CREDENTIALS, { password: WRONG_CREDENTIALS });
      }
      if (row.disabled) {
        failed(toSignedInUser(row), '账户已停用');
        throw new AppError('FORBIDDEN', '该账户已停用，请联系管理员');
      }
      // The burst of failures before this success is written first, then the sign-in.
      failedLogins.flush(sqlite, { endedBy: { username, client: client ?? '未知客户端' } });
      const trustedClient = client ?? newClientId(ctx);
      throttle.succeed(username, trustedClient);
      await db.updateTable('users').set({ last_login_at: now().toISOString() }).where('id', '=', row.id).execute();
      const user = toSignedInUser(row);
      startSession(ctx, user.id);
      recordSignIn(ctx, 'login', user, user.username, '');
      return user;
    },

    async logout(_input, ctx) {
      if (ctx.session?.id) {
        sessions.drop(ctx.session.id);
        ctx.session.set(null);
        if (ctx.user) recordSignIn(ctx, 'logout', ctx.user, ctx.user.username, '');
      }
      return null;
    },

    async changeOwnPassword({ currentPassword, newPassword }, ctx) {
      const row = ctx.user && ctx.user.id > 0 ? await findUserById(db, ctx.user.id) : undefined;
      if (!row) throw new AppError('FORBIDDEN', '只有登录的账户才能修改自己的密码');
      if (!(await verifyPassword(currentPassword, row.password))) {
        throw new AppError('INVALID_INPUT', '当前密码不正确', { currentPassword: '当前密码不正确' });
      }
      requireStrongPassword(newPassword, 'newPassword', [row.username, row.display_name]);
      await db
        .updateTable('users')
        .set({ password: await hashPassword(newPassword), updated_at: now().toISOString() })
        .where('id', '=', row.id)
        .execute();
      sessions.dropUser(row.id, ctx.session?.id);
      return null;
    },

    async listUsers() {
      const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
      return rows.map(toUserAccount);
    },

    async createUser(input) {
      if (await findUserByUsername(db, input.username)) {
        throw new AppError('CONFLICT', `用户名“${input.username}”已被使用`, { username: '该用户名已被使用' });
      }
const row = await insertUser(db, input, now().toISOString(), false);
      return toUserAccount(row);
    },

    async updateUser({ id, displayName, role, disabled }, ctx) {
      const row = await mustFind(id);
      const losesAdmin = row.role === 'admin' && row.disabled === 0 && ((role !== undefined && role !== 'admin') || disabled === true);
      if (losesAdmin && (await countActiveAdmins(db)) <= 1) {
        throw new AppError('CONFLICT', '至少要保留一名可用的管理员', role !== undefined ? { role: '至少要保留一名可用的管理员' } : undefined);
      }
      if (disabled === true && ctx.user?.id === id) throw new AppError('CONFLICT', '不能停用自己正在使用的账户');
      const updated = await db
        .updateTable('users')
        .set({
          ...(displayName !== undefined ? { display_name: displayName } : {}),
          ...(role !== undefined ? { role } : {}),
          ...(disabled !== undefined ? { disabled: disabled ? 1 : 0 } : {}),
          updated_at: now().toISOString(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (updated.disabled) sessions.dropUser(id);
      return toUserAccount(updated);
    },

    async resetPassword({ id, newPassword }, ctx) {
      const target = await mustFind(id);
      requireStrongPassword(newPassword, 'newPassword', [target.username, target.display_name]);
      await db
        .updateTable('users')
        .set({ password: await hashPassword(newPassword), updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute();
      // Whoever was signed in with the old password signs in again (the admin resetting their own stays).
      sessions.dropUser(id, ctx.user?.id === id ? ctx.session?.id : null);
      return null;
    },
  };
}
