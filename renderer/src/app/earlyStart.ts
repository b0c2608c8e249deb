import { apiQuery, queryClient } from '../api/queries';
import { watchAddressForDashboard } from '../pages/dashboard/dashboardPrefetch';
import { loadPageOf } from './pageChunks';

/**
 * Imported first by main.tsx, so that what the first screen shows is asked for while the rest of
 * the app's code is still being read: who is signed in, the ports, and the dashboard's figures when
 * the address names it, and the chunk of the page the address names. The answers go into the query
 * cache, where the first screen finds them; it waits for them (briefly) and is drawn with them.
 * Failures count as in (the ports are refused before anyone signs in: the session asks again once
 * someone has).
 */
export const firstAnswersIn: Promise<unknown> = Promise.all([
  queryClient.prefetchQuery(apiQuery('getAuthState', undefined)),
  queryClient.prefetchQuery(apiQuery('listPorts', undefined)),
  watchAddressForDashboard(),
]);

/** The page the address names, read from its chunk (settled when in, or when the address names none). */
export const firstPageLoaded = loadPageOf(window.location.hash);
