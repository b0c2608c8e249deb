import { AppError } from '../../../../shared/contract/result';
import { listPortRows, portOf, requirePort } from '../../data/ports';
import type { CoreDeps, Handlers } from '../../types';

type PortHandlers = Pick<Handlers, 'listPorts' | 'createPort' | 'renamePort' | 'setPortDisabled'>;

/**
 * The ports: listed for everyone, added by clerks and administrators, renamed and disabled by
 * administrators only (the contract's adminOnly, enforced in dispatch). Renaming keeps the code,
 * which files and the central database know the port by; disabling keeps every day it holds.
 * Dispatch records each change in the audit log, before → after.
 */
export function createPortHandlers({ store, now }: CoreDeps): PortHandlers {
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
    async renamePort({ id, name }) {
      const port = requirePort(store.sqlite, id);
      if (port.name === name) return portOf(port);
      // Names stay unique among all ports, disabled ones too: a file naming a port must mean one port.
      const clash = await db.selectFrom('ports').select(['name', 'disabled_at']).where('name', '=', name).where('id', '!=', id).executeTakeFirst();
      if (clash) {
        const message = clash.disabled_at ? `已有同名的口岸“${name}”（已停用）` : `口岸“${name}”已存在`;
        throw new AppError('CONFLICT', message, { name: clash.disabled_at ? '该名称已被一个停用的口岸使用' : '该名称已存在' });
      }
      const row = await db.updateTable('ports').set({ name }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return portOf(row);
    },
    async setPortDisabled({ id, disabled }) {
      const port = requirePort(store.sqlite, id);
      if ((port.disabled_at !== null) === disabled) return portOf(port);
      if (disabled) {
        const others = await db
          .selectFrom('ports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('id', '!=', id)
          .where('disabled_at', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(others.n) === 0) throw new AppError('CONFLICT', `“${port.name}”是唯一启用的口岸，不能停用：至少要保留一个可以录入数据的口岸`);
      }
      const row = await db
        .updateTable('ports')
        .set({ disabled_at: disabled ? now().toISOString() : null })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return portOf(row);
    },
  };
}
