import { useEffect, useRef } from 'react';
import { api } from '../../api/client';

const ACTIVITY_EVENTS = ['mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
/** how often the page tells the host that someone is still working (the host's session would lapse otherwise) */
const KEEP_ALIVE_MS = 60_000;
const CHECK_MS = 5_000;

/**
 * Locks the screen after `minutes` without keyboard or mouse activity. While someone is working, the
 * host's session is kept alive (at most once a minute), since typing in a form makes no calls.
 */
export function useIdleLock(active: boolean, minutes: number, lock: (reason: 'idle' | 'expired') => void): void {
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const lockRef = useRef(lock);
  lockRef.current = lock;

  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    lastPing.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity.current >= minutes * 60_000) {
        lockRef.current('idle');
        return;
      }
      if (lastActivity.current > lastPing.current && now - lastPing.current >= KEEP_ALIVE_MS) {
        lastPing.current = now;
        void api.getAuthState(undefined).then((r) => {
          if (r.ok && r.value.mode === 'normal' && !r.value.user) lockRef.current('expired');
        });
      }
    }, CHECK_MS);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, minutes]);
}
