import { askAuthStateEarly } from './auth/AuthProvider';
import { askPortsEarly } from './session';
import { watchAddressForDashboard } from '../pages/dashboard/dashboardPrefetch';

/**
 * Imported first by main.tsx, so that what the first screen shows is asked for while the rest of
 * the app's code is still being read: who is signed in, the ports, and the dashboard's figures when
 * the address names it. The first screen waits for these answers (briefly) and is drawn with them.
 */
askAuthStateEarly();
askPortsEarly();
watchAddressForDashboard();
