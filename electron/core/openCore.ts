import { openStore, type Store } from './store/openStore';
import { createHandlers } from './handlers';
import { createDayTypeProvider } from './services/calendar/dayTypeProvider';
import { dispatch, type DispatchOptions, type DispatchRuntime } from './dispatch';
import type { CallContext, CoreDeps, Handlers, HostCapabilities } from './types';
import type { ApiResult } from '../../shared/contract';
import type { BackupInfo, BackupReason } from '../../shared/contract/trust';
import { APP_VERSION } from './version';
import { CallQueue } from './callQueue';
import { SessionRegistry } from './auth/sessions';
import { LoginThrottle } from './auth/loginThrottle';
import { FailedLoginBursts, BURST_QUIET_MS } from './audit/failedLogins';
import { installChangeCapture } from './audit/changeCapture';
import { BackupService } from './backup/backupService';
import { readTrustSettings, rememberBackupFolder } from './trustSettings';
import { STORE_REPLACING_METHODS, type TrustRuntime } from './trustRuntime';
import { acquireDataDirLock, type DataDirLock } from './store/dataDirLock';
import { refuseLostStore } from './backup/lostStore';
import type { DayFigureSource } from './store/dialect';

export interface Core {
  /** the open store (a different object after a backup is restored) */
  readonly store: Store;
  readonly handlers: Handlers;
  call(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  /** whether a host's session id is one this core handed out: the browser host asks before reading a body */
  knowsSession(id: string | null): boolean;
  /** an automatic backup (start, quit, daily), in turn with the calls; never throws */
  automaticBackup(reason: BackupReason): Promise<BackupInfo | null>;
  close(): Promise<void>;
}

export interface OpenCoreOptions extends DispatchOptions {
  dataDir: string;
  now?: () => Date;
  /** what this host can do beyond the store (the desktop app's PDF export) */
  host?: HostCapabilities;
  /**
   * The data folder's lock (one process per folder): what this process is, named to another process
   * that is refused (浏览器模式, 桌面程序, 命令行 clearance import …); or a lock the caller already
   * holds (the recovery offer); or false for a reading command, which never writes or replaces the store.
   */
  lock?: string | DataDirLock | false;
  /** where the day figures are read, when not from the store (the central database: central/centralCore.ts) */
  days?: DayFigureSource;
}

interface Opened {
  store: Store;
  handlers: Handlers;
}

/** Opens the store and builds the handlers: what every host (Electron, browser, CLI) starts from. */
export async function openCore({ dataDir, now = () => new Date(), host, days, lock: lockOption = '本程序', ...dispatchOptions }: OpenCoreOptions): Promise<Core> {
  const ownLock = typeof lockOption === 'string' ? acquireDataDirLock(dataDir, lockOption) : null;
  try {
    // An empty or missing store beside backups is damage (recovery), not a fresh install.
    refuseLostStore(dataDir);
    return await openLockedCore({ dataDir, now, ...(host ? { host } : {}), ...(days ? { days } : {}), ...dispatchOptions }, ownLock);
  } catch (e) {
    ownLock?.release();
    throw e;
  }
}

async function openLockedCore(
  { dataDir, now, host, days, ...dispatchOptions }: Omit<OpenCoreOptions, 'lock'> & { now: () => Date },
  ownLock: DataDirLock | null,
): Promise<Core> {
  const sessions = new SessionRegistry(now);
  const failedLogins = new FailedLoginBursts(now);
  const queue = new CallQueue();
  let opened: Opened | null = null;
  const current = (): Opened => {
    if (!opened) throw new Error('store is closed');
    return opened;
  };

  const trust: TrustRuntime = {
    dataDir,
    sessions,
    throttle: new LoginThrottle(now),
    failedLogins,
    backups: new BackupService({
      dataDir,
      now,
      dbPath: () => current().store.dbPath,
      settings: () => readTrustSettings(current().store.sqlite, dataDir),
    }),
    async replaceStore(install) {
      const dbPath = current().store.dbPath;
      await current().store.close();
      opened = null;
      const installed = await install(dbPath).catch(async (e) => {
        opened = await open();
        throw e;
      });
      try {
        opened = await open();
        installed.commit();
      } catch (e) {
        installed.undo();
        opened = await open();
        throw e;
      } finally {
        // The restored store has its own accounts: everyone signs in again.
        sessions.clear();
      }
    },
  };

  const open = async (): Promise<Opened> => {
    const store = await openStore({ dataDir });
    installChangeCapture(store.sqlite);
    rememberBackupFolder(dataDir, readTrustSettings(store.sqlite, dataDir).backupFolder);
    const deps: CoreDeps = { store, now, version: APP_VERSION, dayTypes: createDayTypeProvider({ store }), ...(host ? { host } : {}), ...(days ? { days } : {}) };
    if (dispatchOptions.logError) deps.logError = dispatchOptions.logError;
    return { store, handlers: createHandlers(deps, trust) };
  };
  opened = await open();

  // A burst of failed sign-ins is written once it has been quiet for a while, in turn with the calls.
  const burstTimer = setInterval(() => {
    if (failedLogins.pending > 0) void queue.run(async () => void (opened && failedLogins.flush(opened.store.sqlite)));
  }, BURST_QUIET_MS / 2);
  burstTimer.unref?.();

  const runtime: DispatchRuntime = {
    get store() {
      return current().store;
    },
    get handlers() {
      return current().handlers;
    },
    sessions,
    queue,
    now,
    replacesStore: (name) => STORE_REPLACING_METHODS.has(name),
  };

  return {
    get store() {
      return current().store;
    },
    get handlers() {
      return current().handlers;
    },
    call: (method, input, ctx) => dispatch(runtime, method, input, ctx, dispatchOptions),
    knowsSession: (id) => sessions.has(id),
    automaticBackup: (reason) => queue.run(() => (opened ? trust.backups.automatic(reason) : Promise.resolve(null))),
    close: () =>
      queue.run(async () => {
        clearInterval(burstTimer);
        if (!opened) return;
        const { store } = opened;
        failedLogins.flush(store.sqlite, { all: true });
        opened = null;
        try {
          await store.close();
        } finally {
          ownLock?.release();
        }
      }),
  };
}
