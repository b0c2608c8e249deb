import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../../electron/core/openCore';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { CallContext } from '../../../electron/core/types';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'clearance-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const TEST_CTX: CallContext = { actor: null, host: 'test' };

/** A test call recorded against `name`, as a signed-in user's call is against their display name. */
export function actingAs(name: string): CallContext {
  return { actor: name, host: 'test' };
}

export interface TestCore extends Core {
  dataDir: string;
  /** calls a method and returns its value, failing the test on an error result */
  ok<M extends MethodName>(method: M, input: MethodInput<M>, ctx?: CallContext): Promise<MethodOutput<M>>;
}

/** A core over a real SQLite file in a temp folder, closed after the test. */
export async function tempCore(options: { now?: () => Date; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const core = await openCore({ dataDir, validateOutput: true, ...(options.now ? { now: options.now } : {}) });
  cleanups.push(() => core.close());
  return Object.assign(core, {
    dataDir,
    async ok<M extends MethodName>(method: M, input: MethodInput<M>, ctx: CallContext = TEST_CTX) {
      const r = await core.call(method, input, ctx);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value as MethodOutput<M>;
    },
  });
}
