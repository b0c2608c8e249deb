import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../core/openCore';
import { acquireDataDirLock } from '../core/store/dataDirLock';
import { openStore, type Store } from '../core/store/openStore';
import { DB_FILE_NAME } from '../core/store/dataDir';
import type { CliIo } from './io';

/**
 * Runs a command over a store that must already exist: a reading command never creates an empty
 * store by accident (a mistyped --data would otherwise look like a store without data).
 */
function storeMissing(dataDir: string, io: CliIo): boolean {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (fs.existsSync(file)) return false;
  io.err(`未找到数据文件：${file}`);
  return true;
}

export async function withExistingCore(dataDir: string, io: CliIo, run: (core: Core) => Promise<number>, writer?: string): Promise<number> {
  if (storeMissing(dataDir, io)) return 2;
  // Reading commands do not take the folder's lock: they may run beside the program. A command that
  // writes (`writer`: what it is, named to a process it keeps out) holds it.
  const core = await openCore({ dataDir, lock: writer ?? false });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

/**
 * The bare store, without the core's sessions and per-call change capture: for the sync, which
 * writes its own summary audit entry instead of one per row.
 */
export async function withExistingStore(dataDir: string, io: CliIo, run: (store: Store) => Promise<number>, writer: string): Promise<number> {
  if (storeMissing(dataDir, io)) return 2;
  // It writes: one process per data folder, as for every writing command.
  const lock = acquireDataDirLock(dataDir, writer);
  try {
    const store = await openStore({ dataDir });
    try {
      return await run(store);
    } finally {
      await store.close();
    }
  } finally {
    lock.release();
  }
}
