import os from 'node:os';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import type { Core } from '../core/openCore';
import type { CallContext } from '../core/types';
import { UsageError } from './args';


/**
 * The one way a CLI command reaches the core: a contract method through dispatch, with the same
 * validation, access rule, transaction and audit entry as every host. The value, or the core's
 * Chinese message as an error the command runner prints (run.ts). The CLI is the store's administrator
 * on this machine (auth/caller.ts); `actor` is the name a write is recorded under (`--operator`, see
 * defaultOperator), null for reads.
 */
export async function callCore<M extends MethodName>(
  core: Pick<Core, 'call'>,
  method: M,
  input: MethodInput<M>,
  actor: string | null = null,
): Promise<MethodOutput<M>> {
  const ctx: CallContext = { actor, host: 'cli' };
  const r = await core.call(method, input, ctx);
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.fieldErrors, r.error.details);
  return r.value as MethodOutput<M>;
}

/** The name a change from the CLI is recorded under: --operator, else the system user. */
export function defaultOperator(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  try {
    return `${os.userInfo().username}（命令行）`;
  } catch {
    return '命令行';
  }
}

/** The port a --port names, by name or by code (any case); a usage error listing the ports if none. */
export function portIdNamed(ports: readonly { id: number; name: string; code: string }[], name: string): number {
  const wanted = name.trim();
  const port = ports.find((p) => p.name === wanted || p.code.toLowerCase() === wanted.toLowerCase());
  if (!port) throw new UsageError(`口岸“${name}”不存在（现有：${ports.map((p) => p.name).join('、')}）`);
  return port.id;
}

/** The port named by --port (name or code), or the only port; null lets a file's own port column decide. */
export async function defaultPortId(core: Pick<Core, 'call'>, name: string | undefined): Promise<number | null> {
  const ports = await callCore(core, 'listPorts', undefined);
  if (name === undefined) return ports.length === 1 ? ports[0]!.id : null;
  return portIdNamed(ports, name);
}
