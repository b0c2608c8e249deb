import { useEffect } from 'react';

const EVENT = 'clearance:data-changed';

/** Tells parts of the UI that show whole-store facts (the demo banner) that daily records changed. */
export function notifyDataChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** The page part of an address ("#/dashboard?kind=month…" → "/dashboard"). */
function pageOf(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] ?? '';
}

/**
 * Calls `listener` when daily records changed, and when another page opens (what it shows may have
 * been changed elsewhere meanwhile); not when a page only changes what it shows (a dashboard period).
 */
export function useDataChanged(listener: () => void): void {
  useEffect(() => {
    let page = pageOf(window.location.hash);
    const onAddress = () => {
      const next = pageOf(window.location.hash);
      if (next === page) return;
      page = next;
      listener();
    };
    window.addEventListener(EVENT, listener);
    window.addEventListener('hashchange', onAddress);
    return () => {
      window.removeEventListener(EVENT, listener);
      window.removeEventListener('hashchange', onAddress);
    };
  }, [listener]);
}
