import type { Selectable } from 'kysely';
import type { Port } from '../../../shared/contract/ports';
import type { PortsTable } from '../store/tables/foundation';

/** A stored port as the contract gives it: the one mapping of the ports table, for every service. */
export function toPort(r: Selectable<PortsTable>): Port {
  return { id: r.id, code: r.code, name: r.name, createdAt: r.created_at, disabledAt: r.disabled_at };
}

/** Why a disabled port takes no new figures, said where a day form, a grid or an import is refused. */
export function disabledPortMessage(name: string): string {
  return `口岸“${name}”已停用，不能录入或导入新数据（已有数据仍可查看和导出）。如需继续录入，请管理员在 系统管理 → 口岸 中启用`;
}
