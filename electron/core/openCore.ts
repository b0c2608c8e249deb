import { openStore, type Store } from './store/openStore';
import { createHandlers } from './handlers';
import { createDayTypeProvider } from './services/dayTypes';
import { dispatch, type DispatchOptions } from './dispatch';
import type { CallContext, CoreDeps, Handlers, HostCapabilities } from './types';
import type { ApiResult } from '../../shared/contract';
import { APP_VERSION } from './version';

export interface Core {
  store: Store;
  handlers: Handlers;
  call(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

export interface OpenCoreOptions extends DispatchOptions {
  dataDir: string;
  now?: () => Date;
  /** what this host can do beyond the store (the desktop app's PDF export) */
  host?: HostCapabilities;
}

/** Opens the store and builds the handlers: what every host (Electron, browser, CLI) starts from. */
export async function openCore({ dataDir, now = () => new Date(), host, ...dispatchOptions }: OpenCoreOptions): Promise<Core> {
  const store = await openStore({ dataDir });
  const deps: CoreDeps = { store, now, version: APP_VERSION, dayTypes: createDayTypeProvider({ store }), ...(host ? { host } : {}) };
  const handlers = createHandlers(deps);
  return {
    store,
    handlers,
    call: (method, input, ctx) => dispatch(handlers, method, input, ctx, dispatchOptions),
    close: () => store.close(),
  };
}
