import { METHOD_NAMES, contract, type ApiError, type ApiResult, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/contract';

/** One function per contract method, returning the method's result. */
export type ApiClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;
};

type Bridge = Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    /** set by the Electron preload; absent in the browser host */
    clearanceApi?: Bridge;
  }
}

async function callOverHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接本机服务，请确认程序仍在运行后重试' } };
  }
}

/**
 * The renderer's only way to the core: the preload bridge in the desktop app, HTTP in the browser
 * host. Both carry the same contract, so pages do not know which one they run on.
 */
export function createApiClient(bridge: Bridge | undefined = typeof window !== 'undefined' ? window.clearanceApi : undefined): ApiClient {
  const call = bridge ? (m: string, input: unknown) => bridge[m]!(input) : callOverHttp;
  const callAndWatch = async (m: string, input: unknown) => {
    const r = await call(m, input);
    if (!r.ok && r.error.code === 'UNAUTHENTICATED') for (const listener of signInListeners) listener(m, r.error);
    if (r.ok && contract[m as MethodName].write) for (const listener of writeListeners) listener(m as MethodName, input, r.value);
    return r;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => callAndWatch(m, input)])) as ApiClient;
}

type SignInListener = (method: string, error: ApiError) => void;
const signInListeners = new Set<SignInListener>();

/**
 * Called whenever the core refuses a call because the caller is not (or no longer) signed in: the
 * session ran out after inactivity or ended elsewhere. The sign-in gate shows the lock screen then.
 */
export function onSignInLost(listener: SignInListener): () => void {
  signInListeners.add(listener);
  return () => void signInListeners.delete(listener);
}

/** the method, what it was sent and what it answered */
type WriteListener = (method: MethodName, input: unknown, value: unknown) => void;
const writeListeners = new Set<WriteListener>();

/**
 * Called after every write the core accepted, whichever page made it: what any page shows may
 * have changed (api/queries.ts marks every answer it keeps as out of date then).
 */
export function onWriteDone(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => void writeListeners.delete(listener);
}

export const api = createApiClient();
