import { AppError } from '../../../../shared/contract/result';
import { listPortRows, portOf } from '../../data/ports';
import type { CoreDeps, Handlers } from '../../types';

export function createPortHandlers({ store, now }: CoreDeps): Pick<Handlers, 'listPorts' | 'createPort'> {
  const { db } = store;
  return {
    async listPorts() {
      return listPortRows(store.sqlite).map(portOf);
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
      return portOf(row);
    },
  };
}
