import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';

export interface PortRef {
  id: number;
  name: string;
}

/** The ports asked for, in the order asked; an unknown id is refused rather than silently dropped. */
export function chosenPorts(sqlite: BetterSqlite3.Database, ids: readonly number[]): PortRef[] {
  const rows = sqlite
    .prepare('SELECT id, name FROM ports WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as PortRef[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', '所选口岸不存在，请刷新后重试', { portIds: '所选口岸不存在' });
  return ids.map((id) => byId.get(id)!);
}
