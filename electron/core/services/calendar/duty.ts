import type { Kysely, Selectable } from 'kysely';
import {
  dutyMismatchOf,
  dutyPlanFor,
  type DutyArrangement,
  type DutyException,
  type DutyMismatch,
  type DutyPlan,
  type DutyRule,
} from '../../../../shared/domain/calendar/duty';
import type { DutyRuleDto } from '../../../../shared/contract/calendar';
import { AppError } from '../../../../shared/contract/result';
import type { DayType } from '../../../../shared/domain/dayType';
import type { Database } from '../../store/schema';
import type { DutyExceptionsTable, DutyRulesTable } from '../../store/tables/calendar';
import type { CoreDeps, Handlers } from '../../types';
import { actorOf } from '../../actor';
import { requirePort } from '../../data/ports';
import { refusePulledPortCalendar } from './pulledPortCalendar';

type DutyHandlers = Pick<Handlers, 'listDutyRules' | 'saveDutyRule' | 'deleteDutyRule' | 'saveDutyException' | 'deleteDutyException'>;

function parseUnits(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string') : [];
}

function arrangementOf(row: Selectable<DutyRulesTable> | Selectable<DutyExceptionsTable>): DutyArrangement {
  return {
    open: row.open === 1,
    hoursFrom: row.hours_from,
    hoursTo: row.hours_to,
    units: parseUnits(row.units),
    personInCharge: row.person_in_charge,
    note: row.note,
  };
}

function ruleOf(row: Selectable<DutyRulesTable>): DutyRule & Pick<DutyRuleDto, 'updatedAt' | 'updatedBy'> {
  return {
    id: row.id,
    portId: row.port_id,
    scope: row.scope,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    ...arrangementOf(row),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Blank text is no text: an empty person in charge is "not set". */
function orNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text.trim();
}

function arrangementColumns(a: DutyArrangement) {
  return {
    open: a.open ? 1 : 0,
    hours_from: a.open ? a.hoursFrom : null,
    hours_to: a.open ? a.hoursTo : null,
    units: JSON.stringify(a.units),
    person_in_charge: orNull(a.personInCharge),
    note: orNull(a.note),
  };
}

export interface DayPlan {
  plan: DutyPlan | null;
  mismatch: DutyMismatch | null;
}

/**
 * The duty plan of every day of a range and whether the record agrees with it. `days` carries each
 * day's type and recorded 口岸开放 (null when not recorded).
 */
export async function planDays(
  db: Kysely<Database>,
  portId: number,
  days: readonly { date: string; dayType: DayType; portOpen: boolean | null }[],
): Promise<{ plans: DayPlan[]; hasRules: boolean }> {
  if (days.length === 0) return { plans: [], hasRules: false };
  const from = days[0]!.date;
  const to = days.at(-1)!.date;
  const rules = (await db.selectFrom('duty_rules').selectAll().where('port_id', '=', portId).execute()).map(ruleOf);
  const exceptions = await db
    .selectFrom('duty_exceptions')
    .selectAll()
    .where('port_id', '=', portId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  const exceptionByDate = new Map<string, DutyException>(exceptions.map((e) => [e.date, { portId: e.port_id, date: e.date, ...arrangementOf(e) }]));
  const plans = days.map((d) => {
    const plan = dutyPlanFor(d.date, d.dayType, rules, exceptionByDate.get(d.date));
    return { plan, mismatch: dutyMismatchOf(plan, d.portOpen) };
  });
  return { plans, hasRules: rules.length > 0 };
}

export function createDutyHandlers({ store, now }: CoreDeps): DutyHandlers {
  const { db } = store;
  const portOfRule = async (id: number) => (await db.selectFrom('duty_rules').select('port_id').where('id', '=', id).executeTakeFirst())?.port_id;
  return {
    async listDutyRules({ portId }) {
      const rows = await db.selectFrom('duty_rules').selectAll().where('port_id', '=', portId).orderBy('valid_from', 'desc').orderBy('id', 'desc').execute();
      return rows.map(ruleOf);
    },

    async saveDutyRule(input, ctx) {
      requirePort(store.sqlite, input.portId);
      refusePulledPortCalendar(store.sqlite, input.portId);
      if (input.id !== null) refusePulledPortCalendar(store.sqlite, await portOfRule(input.id));
      const at = now().toISOString();
      const actor = actorOf(ctx);
      const columns = {
        port_id: input.portId,
        scope: input.scope,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        ...arrangementColumns(input),
        updated_at: at,
        updated_by: actor,
      };
      let id = input.id;
      if (id === null) {
        id = (await db.insertInto('duty_rules').values({ ...columns, created_at: at, created_by: actor }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const r = await db.updateTable('duty_rules').set(columns).where('id', '=', id).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', '该值班规则已不存在（可能已被他人删除），请刷新');
      }
      return ruleOf(await db.selectFrom('duty_rules').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    },

    async deleteDutyRule({ id }) {
      refusePulledPortCalendar(store.sqlite, await portOfRule(id));
      const r = await db.deleteFrom('duty_rules').where('id', '=', id).executeTakeFirst();
      return { deleted: Number(r.numDeletedRows) > 0 };
    },

    async saveDutyException(input, ctx) {
      requirePort(store.sqlite, input.portId);
      refusePulledPortCalendar(store.sqlite, input.portId);
      const at = now().toISOString();
      const actor = actorOf(ctx);
      const columns = { ...arrangementColumns(input), updated_at: at, updated_by: actor };
      await db
        .insertInto('duty_exceptions')
        .values({ port_id: input.portId, date: input.date, ...columns, created_at: at, created_by: actor })
        .onConflict((oc) => oc.columns(['port_id', 'date']).doUpdateSet(columns))
        .execute();
      const row = await db
        .selectFrom('duty_exceptions')
        .selectAll()
        .where('port_id', '=', input.portId)
        .where('date', '=', input.date)
        .executeTakeFirstOrThrow();
      return { source: 'exception', ruleId: null, ...arrangementOf(row) };
    },

    async deleteDutyException({ portId, date }) {
      refusePulledPortCalendar(store.sqlite, portId);
      const r = await db.deleteFrom('duty_exceptions').where('port_id', '=', portId).where('date', '=', date).executeTakeFirst();
      return { deleted: Number(r.numDeletedRows) > 0 };
    },
  };
}
