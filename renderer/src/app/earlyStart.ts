import { askAuthStateEarly } from './auth/AuthProvider';
import { askPortsEarly } from './session';
import { watchAddressForDashboard } from '../pages/dashboard/dashboardPrefetch';
import { loadPageOf } from './pageChunks';

/**
 * Imported first by main.tsx, so that what the first screen shows is asked for while the rest of
 * the app's code is still being read: who is signed in, the ports, and the dashboard's figures when
 * the address names it, and the chunk of the page the address names. The first screen waits for
 * these (briefly) and is drawn with them.
 */
askAuthStateEarly();
askPortsEarly();
watchAddressForDashboard();

/** The page the address names, read from its chunk (settled when in, or when the address names none). */
export const firstPageLoaded = loadPageOf(window.location.hash);
