import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Port } from '../../../shared/contract/ports';
import { api } from '../api/client';

/**
 * What the whole UI shares: the ports, the chosen port, and who is working. Until accounts exist the
 * operator types a name once per session; it is sent with every change.
 */
export interface Session {
  ports: Port[];
  portId: number | null;
  setPortId(id: number): void;
  reloadPorts(): Promise<void>;
  /** why the ports could not be read (the data service is not answering), in Chinese */
  loadError: string | null;
  operator: string;
  setOperator(name: string): void;
}

const SessionContext = createContext<Session | null>(null);
const OPERATOR_KEY = 'clearance.operator';
const PORT_KEY = 'clearance.portId';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ports, setPorts] = useState<Port[]>([]);
  const [portId, setPortIdState] = useState<number | null>(() => Number(localStorage.getItem(PORT_KEY)) || null);
  const [operator, setOperatorState] = useState(() => sessionStorage.getItem(OPERATOR_KEY) ?? '');

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
      operator,
      setOperator: (name) => {
        sessionStorage.setItem(OPERATOR_KEY, name);
        setOperatorState(name);
      },
    }),
    [ports, portId, operator, reloadPorts, loadError],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
