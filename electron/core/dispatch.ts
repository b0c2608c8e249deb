import { controlCharacterMessage, findControlCharacter } from '../../shared/domain/controlCharacters';
import { contract, isMethodName, type ApiResult, type MethodName } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { AppError } from '../../shared/contract/result';
import { issuesToFieldErrors } from '../../shared/contract/dayValues';
import type { CallContext, Handlers } from './types';
import type { Store } from './store/openStore';
import type { CallQueue } from './callQueue';
import type { SessionRegistry } from './auth/sessions';
import { accessError, resolveCaller, type Caller } from './auth/caller';
import { readLockMinutes } from './trustSettings';
import { resetCapturedChanges, takeCapturedChanges } from './audit/changeCapture';
import { appendAuditEntry } from './audit/auditLog';
import { redactForAudit } from './audit/redact';
import { actorOf } from './actor';
import { inWriteTransaction } from './store/writeTransaction';

export interface DispatchOptions {
  /** check outputs against the contract too (tests turn this on) */
  validateOutput?: boolean;
  /** where unexpected errors are reported; their details never reach the caller */
  logError?: (method: string, error: unknown) => void;
  /**
   * A core that serves figures it does not own (the central database, `clearance serve --db`):
   * write methods other than those `allows` are refused with `message`, before anything runs.
   */
  readOnly?: { allows(name: MethodName): boolean; message: string };
}

/** What dispatch works with; the store and handlers change when a backup is restored. */
export interface DispatchRuntime {
  readonly store: Store;
  readonly handlers: Handlers;
  readonly sessions: SessionRegistry;
  readonly queue: CallQueue;
  now(): Date;
  /** methods that close and replace the store themselves (restoring a backup): not run inside a transaction */
  replacesStore(name: MethodName): boolean;
}

const INTERNAL_MESSAGE = '程序内部错误，操作未完成，数据未更改。请重试，若仍失败请联系管理员。';
const DISK_FULL_MESSAGE = '数据文件所在的磁盘空间已满，本次操作没有保存，数据保持原样。请清理该磁盘（或把数据目录移到空间充足的磁盘）后重试。';

/** SQLite's "database or disk is full" (the transaction is rolled back), or the file system's ENOSPC. */
function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

/**
 * The single entry point of every host, and the one place where trust is enforced for every method,
 * including those added later:
 * 1. who is calling (the host's session, or the CLI as the store's admin) and whether their role may
 *    call this method (shared/contract/access.ts);
 * 2. the input, validated with the method's zod schema;
 * 3. for a write, one transaction around the handler and its audit entry (user, time, action, input
 *    with secrets masked, every changed row before/after, chained by hash), so both are kept or neither.
 * Calls run one at a time. Any failure becomes `{ ok: false, error }` with a Chinese message.
 */
export async function dispatch(
  rt: DispatchRuntime,
  name: string,
  rawInput: unknown,
  ctx: CallContext,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口：${String(name).slice(0, 60)}` } };
  }
  return rt.queue.run(() => runCall(rt, name, contract[name] as MethodDef, rawInput, ctx, options));
}

async function runCall(
  rt: DispatchRuntime,
  name: MethodName,
  def: MethodDef,
  rawInput: unknown,
  ctx: CallContext,
  options: DispatchOptions,
): Promise<ApiResult<unknown>> {
  try {
    const caller = await resolveCaller(ctx, rt.store.db, rt.sessions, readLockMinutes(rt.store.sqlite));
    const denied = accessError(def, caller);
    if (denied) return { ok: false, error: denied.toApiError() };
    if (def.write && options.readOnly && !options.readOnly.allows(name)) return { ok: false, error: { code: 'FORBIDDEN', message: options.readOnly.message } };

    const control = findControlCharacter(rawInput);
    if (control) {
      const message = controlCharacterMessage(control);
      return { ok: false, error: { code: 'INVALID_INPUT', message, ...(control.path ? { fieldErrors: { [control.path]: message } } : {}) } };
    }
    const parsed = safeParseInput(def, rawInput);
    if (!parsed) return { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误：内容的格式不对' } };
    if (!parsed.success) {
      const fieldErrors = issuesToFieldErrors(parsed.error.issues);
      const first = Object.values(fieldErrors)[0] ?? '输入有误';
      return { ok: false, error: { code: 'INVALID_INPUT', message: `输入有误：${first}`, fieldErrors } };
    }

    const callCtx: CallContext = {
      ...ctx,
      user: caller.user,
      signInExpired: caller.expired,
      // A signed-in user is who the change is recorded against.
      actor: caller.user && !caller.implicit ? caller.user.displayName : ctx.actor,
    };
    const run = async (c: CallContext) => {
      const handler = rt.handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
      const value = await handler(parsed.data, c);
      if (options.validateOutput) {
        const out = def.output.safeParse(value);
        if (!out.success) throw new Error(`output of ${name} breaks the contract: ${out.error.message}`);
      }
      return value;
    };
    const value = def.write ? await runWrite(rt, name, parsed.data, callCtx, caller, run) : await run(callCtx);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    if ((e as { code?: unknown })?.code === 'SQLITE_BUSY') {
      return { ok: false, error: { code: 'CONFLICT', message: '数据文件正被其他程序占用，操作未完成，请稍后重试' } };
    }
    if (isDiskFull(e)) return { ok: false, error: { code: 'STORAGE_FULL', message: DISK_FULL_MESSAGE } };
    options.logError?.(name, e);
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

/**
 * zod's safeParse, which can still throw on hostile shapes: a string check given an object whose
 * `length` has no prototype formats it into its message and fails. Such input is refused, not a crash.
 */
function safeParseInput(def: MethodDef, rawInput: unknown) {
  try {
    return def.input.safeParse(rawInput);
  } catch {
    return null;
  }
}

async function runWrite(
  rt: DispatchRuntime,
  name: MethodName,
  input: unknown,
  ctx: CallContext,
  caller: Caller,
  run: (c: CallContext) => Promise<unknown>,
): Promise<unknown> {
  const notes: string[] = [];
  let actingUser = caller.user;
  const auditCtx: CallContext = {
    ...ctx,
    audit: {
      note: (text) => void notes.push(text),
      actAs: (user) => void (actingUser = user),
    },
  };
  const record = (changes: ReturnType<typeof takeCapturedChanges>) => {
    if (changes.total === 0 && notes.length === 0) return;
    const implicit = caller.implicit && actingUser === caller.user;
    appendAuditEntry(rt.store.sqlite, {
      at: rt.now().toISOString(),
      userId: implicit || !actingUser ? null : actingUser.id,
      userName: implicit ? actorOf(ctx) : (actingUser?.displayName ?? '未登录'),
      username: actingUser?.username ?? null,
      role: actingUser?.role ?? null,
      host: ctx.host,
      action: name,
      input: redactForAudit(input),
      changes: { rows: changes.rows, counts: changes.counts, truncated: changes.truncated, notes },
    });
  };

  if (rt.replacesStore(name)) {
    const value = await run(auditCtx);
    record({ rows: [], counts: {}, truncated: false, notes: [], total: 0 });
    return value;
  }

  // The call's one transaction: handlers and the writers they use join it rather than open their own.
  const sqlite = rt.store.sqlite;
  return inWriteTransaction(sqlite, async () => {
    resetCapturedChanges(sqlite);
    const value = await run(auditCtx);
    record(takeCapturedChanges(sqlite));
    return value;
  });
}
