import type { CallContext } from './types';

/**
 * Who a change is recorded against: the signed-in user (dispatch puts their name in `ctx.actor`, and a
 * typed `operator` is then ignored). Only the CLI and tests, which act as the store's administrator
 * without signing in, may still name someone with `operator`. Every write service asks here.
 */
export function actorOf(ctx: CallContext, input: { operator?: string | undefined }): string {
  return ctx.actor ?? input.operator ?? ctx.user?.displayName ?? '未知';
}
