import { SessionRegistry } from './auth/sessions';
import { LoginThrottle } from './auth/loginThrottle';
import { FailedLoginBursts } from './audit/failedLogins';
import { BackupService } from './backup/backupService';
import type { InstalledStore } from './backup/backupFiles';
import { readTrustSettings } from './trustSettings';
import type { CoreDeps } from './types';

/** What the trust handlers need beyond CoreDeps: it outlives the store, which a restore replaces. */
export interface TrustRuntime {
  dataDir: string;
  sessions: SessionRegistry;
  throttle: LoginThrottle;
  failedLogins: FailedLoginBursts;
  backups: BackupService;
  /** closes the store, lets `install` put another file in its place, and opens that (undoing on failure) */
  replaceStore(install: (dbPath: string) => Promise<InstalledStore>): Promise<void>;
}

/** Methods that close and replace the store: dispatch runs them outside its per-call transaction. */
export const STORE_REPLACING_METHODS: ReadonlySet<string> = new Set(['restoreBackup']);

/**
 * A runtime for handlers built outside openCore (a service test that calls createHandlers(deps)):
 * sessions and backups work; replacing the store (restoring a backup) needs openCore.
 */
export function standaloneTrustRuntime({ store, now }: CoreDeps): TrustRuntime {
  return {
    dataDir: store.dataDir,
    sessions: new SessionRegistry(now),
    throttle: new LoginThrottle(now),
    failedLogins: new FailedLoginBursts(now),
    backups: new BackupService({ dataDir: store.dataDir, now, dbPath: () => store.dbPath, settings: () => readTrustSettings(store.sqlite, store.dataDir) }),
    replaceStore: async () => {
      throw new Error('restoring a backup needs the core from openCore');
    },
  };
}
