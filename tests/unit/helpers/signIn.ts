import type { Core } from '../../../electron/core/openCore';
import type { CallContext, HostSession } from '../../../electron/core/types';
import type { Role } from '../../../shared/contract/access';
import { TEST_CTX } from './tempCore';

/** A host's session as the browser host keeps it in its cookie: starts signed out. */
export function hostSession(): HostSession {
  const s: HostSession = {
    id: null,
    set(id) {
      s.id = id;
    },
  };
  return s;
}

export const TEST_PASSWORD = 'correct-horse-9';

/**
 * Creates an account of the role (as the store's administrator, the way the CLI acts) and signs it in
 * through a browser-host-like session: what a real caller of that role sends.
 */
export async function signedInAs(core: Pick<Core, 'call'>, role: Role, username: string = role, host: CallContext['host'] = 'http'): Promise<CallContext> {
  const created = await core.call('createUser', { username, displayName: `${role}用户`, role, password: TEST_PASSWORD }, TEST_CTX);
  if (!created.ok) throw new Error(`createUser failed: ${created.error.message}`);
  const ctx: CallContext = { actor: null, host, session: hostSession() };
  const r = await core.call('login', { username, password: TEST_PASSWORD }, ctx);
  if (!r.ok) throw new Error(`login failed: ${r.error.message}`);
  return ctx;
}
