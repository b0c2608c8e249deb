import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiResult } from '../../../../shared/contract';
import type { AuthState, BackupInfo, SignedInUser } from '../../../../shared/contract/trust';
import { api, onSignInLost } from '../../api/client';
import { apiQuery, queryClient } from '../../api/queries';

/**
 * Where the person in front of the screen stands: being asked to set up the first administrator, to
 * sign in, signed in, locked (the page stays underneath, with whatever was typed), or — when the
 * store is damaged — offered a backup to restore.
 */
export type AuthPhase =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'recovery'; problem: string; backups: BackupInfo[]; tokenRequired: boolean }
  | { kind: 'setup' }
  | { kind: 'signedOut' }
  | { kind: 'signedIn'; user: SignedInUser; lockMinutes: number }
  | { kind: 'locked'; user: SignedInUser; lockMinutes: number; reason: 'idle' | 'expired' };

export interface Auth {
  phase: AuthPhase;
  refresh(): Promise<void>;
  signIn(username: string, password: string): Promise<ApiResult<SignedInUser>>;
  createFirstAdmin(input: { username: string; displayName: string; password: string }): Promise<ApiResult<SignedInUser>>;
  /** locks the screen now (after inactivity, or by hand): the session ends, the page stays */
  lock(reason?: 'idle' | 'expired'): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Who is signed in, as the app asked it on starting (app/earlyStart.ts): usually in by the time the
 * first screen is drawn, which then opens on the page itself rather than on a spinner.
 */
const authStateQuery = apiQuery('getAuthState', undefined);

function phaseOf(s: AuthState, prev: AuthPhase): AuthPhase {
  if (s.mode === 'recovery') return { kind: 'recovery', problem: s.problem, backups: s.backups, tokenRequired: s.tokenRequired };
  if (s.needsSetup) return { kind: 'setup' };
  if (s.user) return { kind: 'signedIn', user: s.user, lockMinutes: s.lockMinutes };
  // A page that was signed in stays under the lock screen; a fresh page asks to sign in.
  if (prev.kind === 'signedIn' || prev.kind === 'locked') return { kind: 'locked', user: prev.user, lockMinutes: s.lockMinutes, reason: 'expired' };
  return { kind: 'signedOut' };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<AuthPhase>(() => {
    const early = queryClient.getQueryData(authStateQuery.queryKey);
    return early ? phaseOf(early, { kind: 'loading' }) : { kind: 'loading' };
  });

  const refresh = useCallback(async () => {
    const r = await api.getAuthState(undefined);
    if (!r.ok) return setPhase({ kind: 'unreachable', message: r.error.message });
    setPhase((prev) => phaseOf(r.value, prev));
  }, []);

  // Unless the early answer was already in, the first one is still on its way (or asked now).
  const [startedLoading] = useState(phase.kind === 'loading');
  useEffect(() => {
    if (!startedLoading) return;
    // (the early ask, if still on its way, is this one; one that failed is asked again)
    void queryClient.fetchQuery(authStateQuery).then((s) => setPhase((prev) => phaseOf(s, prev)), refresh);
  }, [startedLoading, refresh]);

  // A call refused for want of a session (it ran out, or was ended elsewhere) locks the screen.
  useEffect(
    () =>
      onSignInLost(() =>
        setPhase((prev) => (prev.kind === 'signedIn' ? { kind: 'locked', user: prev.user, lockMinutes: prev.lockMinutes, reason: 'expired' } : prev)),
      ),
    [],
  );

  const value = useMemo<Auth>(
    () => ({
      phase,
      refresh,
      async signIn(username, password) {
        const r = await api.login({ username, password });
        if (r.ok) await refresh();
        return r;
      },
      async createFirstAdmin(input) {
        const r = await api.createFirstAdmin(input);
        if (r.ok) await refresh();
        return r;
      },
      async lock(reason = 'idle') {
        if (phase.kind !== 'signedIn') return;
        setPhase({ kind: 'locked', user: phase.user, lockMinutes: phase.lockMinutes, reason });
        await api.logout(undefined);
      },
      async signOut() {
        await api.logout(undefined);
        setPhase({ kind: 'signedOut' });
      },
    }),
    [phase, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const a = useContext(AuthContext);
  if (!a) throw new Error('useAuth outside AuthProvider');
  return a;
}

/** The signed-in (or locked) user; only used below the sign-in gate. */
export function useSignedInUser(): { user: SignedInUser; lockMinutes: number } {
  const { phase } = useAuth();
  if (phase.kind !== 'signedIn' && phase.kind !== 'locked') throw new Error('useSignedInUser outside the sign-in gate');
  return { user: phase.user, lockMinutes: phase.lockMinutes };
}
