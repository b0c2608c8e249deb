import type { CallContext } from './types';

/**
 * Who a change is recorded against: the signed-in user (dispatch puts their name in `ctx.actor`).
 * The CLI and tests act as the store's administrator without signing in and name someone through
 * `ctx.actor` themselves. Every write service asks here.
 */
export function actorOf(ctx: CallContext): string {
  return ctx.actor ?? ctx.user?.displayName ?? '未知';
}
