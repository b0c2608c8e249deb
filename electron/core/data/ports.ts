import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Port } from '../../../shared/contract/ports';
import { prepared } from './statements';

/**
 * The ports as every service reads them, and the one refusal of a port that does not exist (deleted
 * meanwhile, or a hand-made request). Synchronous on the store's own connection, so a reader inside a
 * write sees that write's rows, and a synchronous report (dashboard, export) can ask too.
 */

export interface PortRow {
  id: number;
  code: string;
  name: string;
  created_at: string;
  /** when an administrator took the port out of use; null while it is in use */
  disabled_at: string | null;
}

/** What a user reads when a chosen port is gone: the same words for every method. */
export const PORT_NOT_FOUND = '所选口岸不存在，请刷新后重试';

/**
 * The refusal of an unknown port; `field` is the input field it is shown at (a form's port
 * picker), left out where the port is not something the user chose on that form.
 */
export function portNotFound(field?: string): AppError {
  return new AppError('NOT_FOUND', PORT_NOT_FOUND, field ? { [field]: '所选口岸不存在' } : undefined);
}

/** Every port, by id. */
export function listPortRows(sqlite: BetterSqlite3.Database): PortRow[] {
  return prepared(sqlite, 'SELECT id, code, name, created_at, disabled_at FROM ports ORDER BY id').all() as PortRow[];
}

export function findPort(sqlite: BetterSqlite3.Database, portId: number): PortRow | undefined {
  return prepared(sqlite, 'SELECT id, code, name, created_at, disabled_at FROM ports WHERE id = ?').get(portId) as PortRow | undefined;
}

/** The port, or the refusal (see portNotFound for `field`). */
export function requirePort(sqlite: BetterSqlite3.Database, portId: number, field?: string): PortRow {
  const port = findPort(sqlite, portId);
  if (!port) throw portNotFound(field);
  return port;
}

/** Why a disabled port takes no new figures, said where a day form, a grid or an import is refused. */
export function disabledPortMessage(name: string): string {
  return `口岸“${name}”已停用，不能录入或导入新数据（已有数据仍可查看和导出）。如需继续录入，请管理员在 系统管理 → 口岸 中启用`;
}

/** A port that takes new figures: it exists and is in use (a disabled port keeps its history, read-only). */
export function requireEnabledPort(sqlite: BetterSqlite3.Database, portId: number, field?: string): PortRow {
  const port = requirePort(sqlite, portId, field);
  if (port.disabled_at !== null) throw new AppError('FORBIDDEN', disabledPortMessage(port.name));
  return port;
}

/** The ports asked for, in the order asked; one unknown id refuses them all rather than being dropped. */
export function requirePorts(sqlite: BetterSqlite3.Database, portIds: readonly number[], field = 'portIds'): PortRow[] {
  const rows = prepared(sqlite, 'SELECT id, code, name, created_at, disabled_at FROM ports WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(portIds),
  ) as PortRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (portIds.some((id) => !byId.has(id))) throw portNotFound(field);
  return portIds.map((id) => byId.get(id)!);
}

/** A port as the contract gives it. */
export function portOf(row: PortRow): Port {
  return { id: row.id, code: row.code, name: row.name, createdAt: row.created_at, disabledAt: row.disabled_at };
}
