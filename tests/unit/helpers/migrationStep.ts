import { openStore, type Store } from '../../../electron/core/store/openStore';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { tempDir } from './tempCore';

/** The migration landed just before `name`, whichever number the others took. */
export function migrationBefore(name: string): string {
  const names = Object.keys(MIGRATIONS).sort();
  return names[names.indexOf(name) - 1]!;
}

/**
 * A store in a fresh temp folder at the migration just before `name`: what a user of the previous
 * version has on disk. Seed it through `old`, close it, then open `dataDir` again to migrate.
 */
export async function storeBefore(name: string): Promise<{ dataDir: string; old: Store }> {
  const dataDir = tempDir();
  return { dataDir, old: await openStore({ dataDir, migrateTo: migrationBefore(name) }) };
}
