import { useCallback, useEffect, useRef } from 'react';

/**
 * One guard for unsaved changes, for every form and every way of leaving it: the side menu, a link,
 * the browser's back button (all change the URL hash), a form's own buttons (navigateTo), and
 * closing the window or tab (beforeunload; the desktop shell asks the same question for it). A page
 * with unsaved changes registers while it has them; leaving asks once, in the same words everywhere.
 */

export const UNSAVED_LEAVE_MESSAGE = '有未保存的修改，离开后将丢失。确定离开吗？';

const dirtyPages = new Set<symbol>();

export function hasUnsavedChanges(): boolean {
  return dirtyPages.size > 0;
}

/** True when there is nothing unsaved or the user agrees to leave it. */
export function confirmLeave(): boolean {
  return !hasUnsavedChanges() || window.confirm(UNSAVED_LEAVE_MESSAGE);
}

/**
 * Marks the calling page as holding unsaved changes while `dirty` is true; the function it returns
 * lets them go at once, for a save that succeeded.
 */
export function useLeaveGuard(dirty: boolean): () => void {
  const registered = useRef<symbol | null>(null);
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('unsaved');
    registered.current = id;
    dirtyPages.add(id);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyPages.delete(id);
      registered.current = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
  // A save that succeeded is not unsaved any more, before React has drawn that: what the save does
  // next (open the saved item, change the address) must not ask about leaving it.
  return useCallback(() => {
    if (registered.current) dirtyPages.delete(registered.current);
  }, []);
}

/** Forgets every page's unsaved changes: after the user agreed to leave them. */
export function discardUnsavedChanges(): void {
  dirtyPages.clear();
}

/**
 * For a way of leaving that is no change of address (a tab, closing a dialog): asks when anything is
 * unsaved; true, with the unsaved changes given up, when there was nothing or the user agreed.
 */
export function leaveUnsaved(): boolean {
  if (!confirmLeave()) return false;
  discardUnsavedChanges();
  return true;
}
