import { contract, isMethodName, type ApiResult } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import { issuesToFieldErrors } from '../../shared/contract/dayValues';
import type { CallContext, Handlers } from './types';

export interface DispatchOptions {
  /** check outputs against the contract too (tests turn this on) */
  validateOutput?: boolean;
  /** where unexpected errors are reported; their details never reach the caller */
  logError?: (method: string, error: unknown) => void;
}

/**
 * The single entry point of every host: validates the input with the method's zod schema, runs the
 * handler, and turns any failure into `{ ok: false, error }` with a Chinese message.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  ctx: CallContext,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口：${String(name).slice(0, 60)}` } };
  }
  const def = contract[name];
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = issuesToFieldErrors(parsed.error.issues);
    const first = Object.values(fieldErrors)[0] ?? '输入有误';
    return { ok: false, error: { code: 'INVALID_INPUT', message: `输入有误：${first}`, fieldErrors } };
  }
  try {
    const handler = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    if (options.validateOutput) {
      const out = def.output.safeParse(value);
      if (!out.success) throw new Error(`output of ${name} breaks the contract: ${out.error.message}`);
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    options.logError?.(name, e);
    return { ok: false, error: { code: 'INTERNAL', message: '程序内部错误，操作未完成，数据未更改。请重试，若仍失败请联系管理员。' } };
  }
}
