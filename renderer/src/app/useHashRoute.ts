import { useCallback, useEffect, useState } from 'react';

export interface HashRoute {
  path: string;
  params: URLSearchParams;
}

function read(): HashRoute {
  const raw = window.location.hash.replace(/^#/, '') || '/days';
  const [path = '/days', query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

/**
 * Routing by the URL hash: works the same from file:// in the desktop app and over HTTP, and a
 * reload keeps the page and its parameters (the chosen day, the month).
 */
export function useHashRoute(): [HashRoute, (path: string, params?: Record<string, string>) => void] {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((path: string, params?: Record<string, string>) => navigateTo(path, params), []);
  return [route, navigate];
}

/** The address (after '#') of a page with its parameters. */
export function addressOf(path: string, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return q ? `${path}?${q}` : path;
}

export function navigateTo(path: string, params?: Record<string, string>): void {
  window.location.hash = addressOf(path, params);
}
