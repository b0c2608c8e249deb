import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema';
import { datesBetween } from '../../../../shared/domain/dates';
import { nationalDay } from '../../../../shared/domain/calendar/nationalCalendar';
import type { RegionalDay } from '../../../../shared/contract/calendar';
import { AppError } from '../../../../shared/contract/result';
import type { RegionalDaysTable } from '../../store/tables/calendar';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { CoreDeps, Handlers } from '../../types';
import { actorOf } from '../../actor';
import { isUniqueViolation } from './uniqueViolation';
import { requirePort } from '../../data/ports';
import { refusePulledPortCalendar } from './pulledPortCalendar';

type RegionalHandlers = Pick<Handlers, 'listRegionalDays' | 'addRegionalDays' | 'updateRegionalDay' | 'deleteRegionalDay'>;

type Row = Selectable<RegionalDaysTable> & { port_name: string | null };

function toDto(row: Row): RegionalDay {
  const national = nationalDay(row.date);
  return {
    id: row.id,
    portId: row.port_id,
    portName: row.port_name,
    date: row.date,
    type: row.type,
    name: row.name,
    source: row.source,
    shipped: row.shipped === 1,
    national: national ? { type: national.type, name: national.name } : null,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function scopeLabel(portName: string | null): string {
  return portName ?? '全部口岸';
}

/**
 * The editable table of regional and local days. Writes need no cache bookkeeping: triggers bump the
 * calendar revision the day-type provider checks.
 */
export function createRegionalDayHandlers({ store, now }: CoreDeps): RegionalHandlers {
  const { db } = store;

  const selectRows = () =>
    db.selectFrom('regional_days as r').leftJoin('ports as p', 'p.id', 'r.port_id').selectAll('r').select('p.name as port_name');

  async function byId(id: number): Promise<Row | undefined> {
    return selectRows().where('r.id', '=', id).executeTakeFirst();
  }

  async function portName(portId: number | null): Promise<string | null> {
    if (portId === null) return null;
    return requirePort(store.sqlite, portId).name;
  }

  /** Dates among `dates` that already have an entry for the same scope (other than `exceptId`). */
  async function taken(exec: Kysely<Database>, portId: number | null, dates: string[], exceptId: number | null): Promise<string[]> {
    let q = exec
      .selectFrom('regional_days')
      .select('date')
      .where(sql<number>`ifnull(port_id, 0)`, '=', portId ?? 0)
      .where('date', 'in', dates);
    if (exceptId !== null) q = q.where('id', '!=', exceptId);
    return (await q.orderBy('date').execute()).map((r) => r.date);
  }

  function conflict(dates: string[], portName: string | null): AppError {
    const shown = dates.slice(0, 5).join('、') + (dates.length > 5 ? ` 等 ${dates.length} 天` : '');
    return new AppError('CONFLICT', `${scopeLabel(portName)}在 ${shown} 已有记录，请修改原记录或先删除`);
  }

  return {
    async listRegionalDays({ year }) {
      let q = selectRows();
      if (year !== undefined) q = q.where('r.date', '>=', `${year}-01-01`).where('r.date', '<=', `${year}-12-31`);
      const rows = await q.orderBy('r.date').orderBy(sql`ifnull(r.port_id, 0)`).execute();
      return rows.map(toDto);
    },

    async addRegionalDays(input, ctx) {
      refusePulledPortCalendar(store.sqlite, input.portId);
      const name = await portName(input.portId);
      const dates = datesBetween(input.from, input.to);
      const at = now().toISOString();
      const actor = actorOf(ctx);
      const ids = await inWriteTransaction(store.sqlite, async () => {
        const clash = await taken(db, input.portId, dates, null);
        if (clash.length > 0) throw conflict(clash, name);
        const out: number[] = [];
        for (const date of dates) {
          const r = await db
            .insertInto('regional_days')
            .values({
              port_id: input.portId,
              date,
              type: input.type,
              name: input.name,
              source: input.source,
              shipped: 0,
              created_at: at,
              created_by: actor,
              updated_at: at,
              updated_by: actor,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          out.push(r.id);
        }
        return out;
      });
      const rows = await selectRows().where('r.id', 'in', ids).orderBy('r.date').execute();
      return rows.map(toDto);
    },

    async updateRegionalDay(input, ctx) {
      const existing = await byId(input.id);
      if (!existing) throw new AppError('NOT_FOUND', '该条地方节假日已不存在（可能已被他人删除），请刷新');
      refusePulledPortCalendar(store.sqlite, existing.port_id);
      refusePulledPortCalendar(store.sqlite, input.portId);
      const name = await portName(input.portId);
      const clash = await taken(db, input.portId, [input.date], input.id);
      if (clash.length > 0) throw conflict(clash, name);
      try {
        await db
          .updateTable('regional_days')
          .set({
            port_id: input.portId,
            date: input.date,
            type: input.type,
            name: input.name,
            source: input.source,
            updated_at: now().toISOString(),
            updated_by: actorOf(ctx),
          })
          .where('id', '=', input.id)
          .execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict([input.date], name);
        throw e;
      }
      return toDto((await byId(input.id))!);
    },

    async deleteRegionalDay({ id }) {
      refusePulledPortCalendar(store.sqlite, (await byId(id))?.port_id);
      const r = await db.deleteFrom('regional_days').where('id', '=', id).executeTakeFirst();
      return { deleted: Number(r.numDeletedRows) > 0 };
    },
  };
}
