import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { contract, type MethodName } from '../../../shared/contract';
import { mayCall } from '../../../shared/contract/access';
import type { Port } from '../../../shared/contract/ports';
import type { SignedInUser } from '../../../shared/contract/trust';
import { setApiData, useApiQuery } from '../api/queries';
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
  reloadPorts(): void;
  /** a port the core has just created, shown in the list at once */
  portAdded(port: Port): void;
  /** why the ports could not be read (the data service is not answering), in Chinese */
  loadError: string | null;
  user: SignedInUser;
  can(method: MethodName): boolean;
}

const SessionContext = createContext<Session | null>(null);
/** Where the chosen port is remembered between sessions (read early by the dashboard's prefetch). */
export const PORT_KEY = 'clearance.portId';

/** The remembered port if it still exists, else the first. */
function validPort(current: number | null, list: readonly Port[]): number | null {
  return current && list.some((p) => p.id === current) ? current : (list[0]?.id ?? null);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { user } = useSignedInUser();
  // Asked for as the app starts (app/earlyStart.ts), so the first screen is drawn with them; that
  // ask is refused before anyone signs in, and asked again here once someone has.
  const { data, error: loadError, reload: reloadPorts } = useApiQuery('listPorts', undefined);
  const ports = useMemo(() => data ?? [], [data]);
  const [chosen, setChosen] = useState<number | null>(() => Number(localStorage.getItem(PORT_KEY)) || null);
  // Until the list is in, the remembered port is trusted (the dashboard asks for its figures at once).
  const portId = data ? validPort(chosen, data) : chosen;
  const portAdded = useCallback((port: Port) => setApiData('listPorts', undefined, (list) => (list ? [...list, port] : list)), []);

  const value = useMemo<Session>(
    () => ({
      ports,
      portId,
      setPortId: (id) => {
        localStorage.setItem(PORT_KEY, String(id));
        setChosen(id);
      },
      reloadPorts,
      portAdded,
      loadError,
      user,
      can: (method) => mayCall(user.role, contract[method]),
    }),
    [ports, portId, reloadPorts, portAdded, loadError, user],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
