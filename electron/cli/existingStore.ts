import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../core/openCore';
import { DB_FILE_NAME } from '../core/store/dataDir';
import type { CliIo } from './io';

/**
 * Runs a command over a store that must already exist: a reading command never creates an empty
 * store by accident (a mistyped --data would otherwise look like a store without data).
 */
export async function withExistingCore(dataDir: string, io: CliIo, run: (core: Core) => Promise<number>): Promise<number> {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) {
    io.err(`未找到数据文件：${file}`);
    return 2;
  }
  // Reading commands do not take the folder's lock: they may run beside the program.
  const core = await openCore({ dataDir, lock: false });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}
