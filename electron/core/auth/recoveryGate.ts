import crypto from 'node:crypto';
import { contract, type ApiResult } from '../../../shared/contract';
import type { CallContext } from '../types';

/**
 * The recovery offer's door for the browser host, as notebook servers do it: a random token printed
 * on the host's console, given once by the browser, which is then let in by its session cookie. The
 * token cannot be used a second time, so one read off a screen later opens nothing. The desktop
 * window (IPC) and the CLI are the program's own and need none.
 */
export class RecoveryGate {
  #token: string | null = crypto.randomBytes(16).toString('hex');
  readonly #sessions = new Set<string>();

  get token(): string | null {
    return this.#token;
  }

  knows(id: string | null): boolean {
    return !!id && this.#sessions.has(id);
  }

  allows(ctx: CallContext): boolean {
    if (ctx.host !== 'http') return true;
    return !!ctx.session?.id && this.#sessions.has(ctx.session.id);
  }

  refusal(): ApiResult<never> {
    return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先输入浏览器模式启动时在命令行窗口中显示的恢复口令' } };
  }

  unlock(input: unknown, ctx: CallContext): ApiResult<null> {
    if (this.allows(ctx)) return { ok: true, value: null };
    const parsed = contract.unlockRecovery.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: '请填写恢复口令', fieldErrors: { token: '请填写恢复口令' } } };
    const given = Buffer.from(parsed.data.token);
    const expected = Buffer.from(this.#token ?? '');
    if (!this.#token || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      const message = this.#token ? '恢复口令不正确' : '恢复口令已经用过，请重新启动浏览器模式以获得新的口令';
      return { ok: false, error: { code: 'INVALID_INPUT', message, fieldErrors: { token: message } } };
    }
    if (!ctx.session) return { ok: false, error: { code: 'INVALID_INPUT', message: '无法记住登录状态' } };
    this.#token = null;
    const id = crypto.randomBytes(32).toString('base64url');
    this.#sessions.add(id);
    ctx.session.set(id);
    return { ok: true, value: null };
  }
}
