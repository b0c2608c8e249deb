import { useCallback, useEffect, useState } from 'react';
import { discardUnsavedChanges, hasUnsavedChanges, leaveUnsaved, UNSAVED_LEAVE_MESSAGE } from './leaveGuard';

export interface HashRoute {
  path: string;
  params: URLSearchParams;
}

function read(): HashRoute {
  // An empty path: the address names no page, and the app opens the role's start page.
  const raw = window.location.hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

/**
 * Routing by the URL hash: works the same from file:// in the desktop app and over HTTP, and a
 * reload keeps the page and its parameters (the chosen day, the month).
 */
export function useHashRoute(): [HashRoute, (path: string, params?: Record<string, string>) => void] {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    let shown = window.location.hash;
    const onChange = () => {
      // A link, the menu or the back button moved away from a page with unsaved changes: ask, and
      // put the address back if the user stays.
      if (window.location.hash !== shown && !leaveConfirmed && hasUnsavedChanges()) {
        if (!window.confirm(UNSAVED_LEAVE_MESSAGE)) {
          history.replaceState(null, '', shown || '#');
          return;
        }
        discardUnsavedChanges();
      }
      leaveConfirmed = false;
      shown = window.location.hash;
      setRoute(read());
    };
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

/** Set when navigateTo already asked about unsaved changes, so the hash change does not ask again. */
let leaveConfirmed = false;

/** Goes to a page, asking first when the page shown has unsaved changes; false when the user stays. */
export function navigateTo(path: string, params?: Record<string, string>): boolean {
  const next = addressOf(path, params);
  if (window.location.hash.replace(/^#/, '') === next) return true;
  if (!leaveUnsaved()) return false;
  leaveConfirmed = true;
  window.location.hash = next;
  return true;
}
