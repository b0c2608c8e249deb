import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { contract, type MethodName } from '../../../shared/contract';
import { mayCall } from '../../../shared/contract/access';
import type { Port } from '../../../shared/contract/ports';
import type { SignedInUser } from '../../../shared/contract/trust';
import { api } from '../api/client';
import { useSignedInUser } from './auth/AuthProvider';

/**
 * What the whole UI shares: the ports, the chosen port, and who is signed in. `operator` is the
 * signed-in user's name (the core records it with every change whatever a page sends).
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
  operator: string;
  can(method: MethodName): boolean;
}

const SessionContext = createContext<Session | null>(null);
const PORT_KEY = 'clearance.portId';

export function SessionProvider({ children }: { children: ReactNode }) {
  const { user } = useSignedInUser();
  const [ports, setPorts] = useState<Port[]>([]);
  const [portId, setPortIdState] = useState<number | null>(() => Number(localStorage.getItem(PORT_KEY)) || null);

  const [loadError, setLoadError] = useState<string | null>(null);

  const reloadPorts = useCallback(async () => {
    const r = await api.listPorts(undefined);
    if (!r.ok) {
      setLoadError(r.error.message);
      return;
    }
    setLoadError(null);
    const list = r.value;
    setPorts(list);
    setPortIdState((current) => (current && list.some((p) => p.id === current) ? current : (list[0]?.id ?? null)));
  }, []);

  useEffect(() => {
    void reloadPorts();
  }, [reloadPorts]);

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
      operator: user.displayName,
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
