import type { CoreDeps, Handlers } from '../../types';

export function createAppHandlers({ store, version }: CoreDeps): Pick<Handlers, 'getAppInfo'> {
  return {
    async getAppInfo() {
      return { version, dataDir: store.dataDir, dbPath: store.dbPath, schemaVersion: store.schemaVersion };
    },
  };
}
