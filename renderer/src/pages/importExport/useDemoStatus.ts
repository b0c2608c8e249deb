import { useCallback, useEffect, useState } from 'react';
import type { DemoStatus } from '../../../../shared/contract/importExport';
import { api } from '../../api/client';
import { useDataChanged } from './dataChanged';

/** The demo status of the store, refreshed when data changes or the page changes. */
export function useDemoStatus(): { status: DemoStatus | null; reload(): Promise<void> } {
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const reload = useCallback(async () => {
    const r = await api.getDemoStatus(undefined);
    if (r.ok) setStatus(r.value);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  useDataChanged(reload);
  return { status, reload };
}
