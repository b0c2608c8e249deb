import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { contract, type MethodName } from '../../../shared/contract';
import { mayCall } from '../../../shared/contract/access';
import type { Port } from '../../../shared/contract/ports';
import type { SignedInUser } from '../../../shared/contract/trust';
import { api } from '../api/client';
import { askEarly, takeEarly, takeSettledEarly } from '../api/early';
import { useSignedInUser } from './auth/AuthProvider';

/**
 * What the whole UI shares: the ports, the chosen port, and who is signed in (the core records the
 * signed-in user with every change; no page sends a name).
 * `can(method)` says whether the user's role may call a method, to leave out controls it may not use
 * (the core refuses such calls anyway).
 */
export interface Session {
  ports: Port[];
  portId: number | null;
  setPortId(id: number): void;
  reloadPorts(): Promise<void>;
  /** why the ports could not be read (the data service is not answering), in Chinese */
  loadError: string | null;
  user: SignedInUser;
  can(method: MethodName): boolean;
}

const SessionContext = createContext<Session | null>(null);
/** Where the chosen port is remembered between sessions (read early by the dashboard's prefetch). */
export const PORT_KEY = 'clearance.portId';

const EARLY_KEY = 'listPorts';

/**
 * Asks for the ports as the app starts, alongside who is signed in, so that the first screen is
 * drawn with them instead of once without and again with them. Refused when nobody is signed in;
 * the session then asks again once someone is.
 */
export function askPortsEarly(): void {
  void askEarly(EARLY_KEY, () => api.listPorts(undefined));
}

/** The remembered port if it still exists, else the first. */
function validPort(current: number | null, list: readonly Port[]): number | null {
  return current && list.some((p) => p.id === current) ? current : (list[0]?.id ?? null);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { user } = useSignedInUser();
  const [early] = useState(() => takeSettledEarly<Port[]>(EARLY_KEY));
  const [ports, setPorts] = useState<Port[]>(early ?? []);
  const [portId, setPortIdState] = useState<number | null>(() => {
    const remembered = Number(localStorage.getItem(PORT_KEY)) || null;
    return early ? validPort(remembered, early) : remembered;
  });

  const [loadError, setLoadError] = useState<string | null>(null);

  const landPorts = useCallback((r: Awaited<ReturnType<typeof api.listPorts>>) => {
    if (!r.ok) {
      setLoadError(r.error.message);
      return;
    }
    setLoadError(null);
    const list = r.value;
    setPorts(list);
    setPortIdState((current) => validPort(current, list));
  }, []);

  const reloadPorts = useCallback(async () => landPorts(await api.listPorts(undefined)), [landPorts]);

  useEffect(() => {
    if (early) return;
    // The early answer may still be on its way; one refused before signing in is asked again.
    const pending = takeEarly<Port[]>(EARLY_KEY);
    if (!pending) return void reloadPorts();
    void pending.then((r) => (r.ok ? landPorts(r) : reloadPorts()));
  }, [early, landPorts, reloadPorts]);

  const value = useMemo<Session>(
    () => ({
      ports,
      portId,
      setPortId: (id) => {
        localStorage.setItem(PORT_KEY, String(id));
        setPortIdState(id);
      },
      reloadPorts,
      loadError,
      user,
      can: (method) => mayCall(user.role, contract[method]),
    }),
    [ports, portId, reloadPorts, loadError, user],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
