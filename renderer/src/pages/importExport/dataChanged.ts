import { useEffect } from 'react';

const EVENT = 'clearance:data-changed';

/** Tells parts of the UI that show whole-store facts (the demo banner) that daily records changed. */
export function notifyDataChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useDataChanged(listener: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, listener);
    window.addEventListener('hashchange', listener);
    return () => {
      window.removeEventListener(EVENT, listener);
      window.removeEventListener('hashchange', listener);
    };
  }, [listener]);
}
