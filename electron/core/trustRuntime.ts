import type { SessionRegistry, LoginThrottle } from './auth/sessions';
import type { BackupService } from './backup/backupService';
import type { InstalledStore } from './backup/backupFiles';

/** What the trust handlers need beyond CoreDeps: it outlives the store, which a restore replaces. */
export interface TrustRuntime {
  dataDir: string;
  sessions: SessionRegistry;
  throttle: LoginThrottle;
  backups: BackupService;
  /** closes the store, lets `install` put another file in its place, and opens that (undoing on failure) */
  replaceStore(install: (dbPath: string) => Promise<InstalledStore>): Promise<void>;
}

/** Methods that close and replace the store: dispatch runs them outside its per-call transaction. */
export const STORE_REPLACING_METHODS: ReadonlySet<string> = new Set(['restoreBackup']);
