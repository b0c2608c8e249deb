import { AppError } from '../../../../shared/contract/result';
import type { Port } from '../../../../shared/contract/ports';
import type { CoreDeps, Handlers } from '../../types';

export function createPortHandlers({ store, now }: CoreDeps): Pick<Handlers, 'listPorts' | 'createPort'> {
  const { db } = store;
  const toPort = (r: { id: number; code: string; name: string; created_at: string }): Port => ({
    id: r.id,
    code: r.code,
    name: r.name,
    createdAt: r.created_at,
  });
  return {
    async listPorts() {
      const rows = await db.selectFrom('ports').selectAll().orderBy('id').execute();
      return rows.map(toPort);
    },
    async createPort({ name, code }) {
      const clash = await db
        .selectFrom('ports')
        .select(['name', 'code'])
        .where((eb) => eb.or([eb('name', '=', name), eb('code', '=', code.toUpperCase())]))
        .executeTakeFirst();
      if (clash) {
        throw new AppError('CONFLICT', clash.name === name ? `口岸“${name}”已存在` : `口岸代码 ${code} 已被使用`, {
          [clash.name === name ? 'name' : 'code']: clash.name === name ? '该名称已存在' : '该代码已被使用',
        });
      }
      const row = await db
        .insertInto('ports')
        .values({ name, code: code.toUpperCase(), created_at: now().toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPort(row);
    },
  };
}
