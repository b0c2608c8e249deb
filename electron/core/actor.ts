import type { CallContext } from './types';

/**
 * Who a change is recorded against: the host's signed-in user when there is one, else the name the
 * operator typed (sent with write inputs as `operator`). Every write service asks here.
 */
export function actorOf(ctx: CallContext, input: { operator?: string | undefined }): string {
  return ctx.actor ?? input.operator ?? '未知';
}
