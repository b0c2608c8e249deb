import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../../../../shared/contract';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads one API result whenever `key` changes. An answer that arrives after the key has moved on
 * (a fast click through the months) is dropped rather than shown under the wrong month.
 */
export function useApiLoad<T>(load: (() => Promise<ApiResult<T>>) | null, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!load) return;
    let current = true;
    setLoading(true);
    setError(null);
    void load().then((r) => {
      if (!current) return;
      setLoading(false);
      if (r.ok) setData(r.value);
      else {
        setData(null);
        setError(r.error.message);
      }
    });
    return () => {
      current = false;
    };
    // `load` is rebuilt on every render; `key` says when it asks for something else.
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
