import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Port } from '../../../shared/contract/ports';
import { api, unwrap } from '../api/client';

/**
 * What the whole UI shares: the ports, the chosen port, and who is working. Until accounts exist the
 * operator types a name once per session; it is sent with every change.
 */
export interface Session {
  ports: Port[];
  portId: number | null;
  setPortId(id: number): void;
  reloadPorts(): Promise<void>;
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

  const reloadPorts = useCallback(async () => {
    const list = await unwrap(api.listPorts(undefined));
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
      operator,
      setOperator: (name) => {
        sessionStorage.setItem(OPERATOR_KEY, name);
        setOperatorState(name);
      },
    }),
    [ports, portId, operator, reloadPorts],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
