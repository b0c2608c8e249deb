import { AppError } from '../../../../shared/contract/result';
import { todayInShanghai } from '../../../../shared/domain/dates';
import {
  MEASURE_STATUS_LABELS,
  NEXT_STATUSES,
  canTransition,
  type MeasureStatus,
} from '../../../../shared/domain/measures/measureTypes';
import { requirePorts } from '../../data/ports';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { CoreDeps, Handlers } from '../../types';
import { actorOf } from '../../actor';
import { filterAndSort, unitsOf } from './listing';
import { loadMeasure, loadMeasures, toDetail, toSummary, type LoadedMeasure } from './measureRows';
import { assertCodeFree, insertMeasure, writeMeasureLinks, type MeasureFields } from './measureWriter';
import { refusePulledMeasure } from './pulledMeasure';

type RegisterHandlers = Pick<
  Handlers,
  'listMeasures' | 'getMeasure' | 'createMeasure' | 'updateMeasure' | 'deleteMeasure' | 'changeMeasureStatus' | 'addMeasureProgress'
>;

/** Why a status change is refused, in words a clerk can act on. */
export function transitionRefusal(from: MeasureStatus, to: MeasureStatus): string {
  const f = MEASURE_STATUS_LABELS[from];
  const t = MEASURE_STATUS_LABELS[to];
  if (from === to) return `措施已是“${f}”状态`;
  if (from === 'ended') return '已结束的措施不再变更状态；如需重新启动，请登记为一项新措施，以便单独评估其效果。';
  if (to === 'planned') return `措施启动后不能退回“${t}”：启动日期是评估效果的依据。`;
  if (from === 'inForce' && to === 'inProgress') return '已实施的措施不退回“推进中”；后续工作请记入推进记录。';
  const allowed = NEXT_STATUSES[from].map((s) => `“${MEASURE_STATUS_LABELS[s]}”`).join('、');
  return `不能从“${f}”改为“${t}”，只能改为${allowed}。`;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', '该措施不存在或已被删除，请刷新后重试');
}

function checkRevision(m: LoadedMeasure, expected: number): void {
  if (m.row.revision !== expected) {
    throw new AppError('CONFLICT', `措施 ${m.row.code} 已被 ${m.row.updated_by} 修改，请重新打开后再保存`);
  }
}

/** Dates a started measure cannot have: a start or an end that has not happened yet. */
function checkDatesForStatus(status: MeasureStatus, f: Pick<MeasureFields, 'startDate' | 'endDate'>, today: string): void {
  if (status === 'planned') return;
  if (f.startDate === null) throw new AppError('INVALID_INPUT', '措施已启动，启动日期不能为空', { startDate: '措施已启动，请填写启动日期' });
  if (f.startDate > today) {
    throw new AppError('INVALID_INPUT', '已启动的措施，启动日期不能晚于今天', { startDate: '已启动的措施，启动日期不能晚于今天' });
  }
  if (status === 'ended' && f.endDate !== null && f.endDate > today) {
    throw new AppError('INVALID_INPUT', '已结束的措施，结束日期不能晚于今天', { endDate: '已结束的措施，结束日期不能晚于今天' });
  }
}

function notInFuture(date: string, today: string, field = 'date'): void {
  if (date > today) throw new AppError('INVALID_INPUT', '日期不能晚于今天', { [field]: '日期不能晚于今天' });
}

/** The date of the registration entry: when the register learnt of the measure's first status. */
function registrationDate(status: MeasureStatus, f: Pick<MeasureFields, 'startDate' | 'endDate'>, today: string): string {
  if (status === 'planned') return today;
  if (status === 'ended' && f.endDate !== null) return f.endDate;
  return f.startDate !== null && f.startDate <= today ? f.startDate : today;
}

export function createRegisterHandlers({ store, now }: CoreDeps): RegisterHandlers {
  const { db } = store;
  const today = () => todayInShanghai(now());

  async function detail(id: number) {
    const m = await loadMeasure(db, id);
    if (!m) throw notFound();
    return toDetail(m, today());
  }

  return {
    async listMeasures(filter) {
      const day = today();
      const all = (await loadMeasures(db)).map((loaded) => ({ loaded, summary: toSummary(loaded, day) }));
      const summaries = all.map((m) => m.summary);
      return { today: day, items: filterAndSort(all, filter), total: all.length, units: unitsOf(summaries) };
    },

    async getMeasure({ id }) {
      return detail(id);
    },

    async createMeasure(input, ctx) {
      const day = today();
      checkDatesForStatus(input.status, input, day);
      requirePorts(store.sqlite, [...new Set(input.portIds)]);
      const id = await inWriteTransaction(store.sqlite, () =>
        insertMeasure(db, {
          fields: input,
          status: input.status,
          actor: actorOf(ctx),
          nowIso: now().toISOString(),
          registeredOn: registrationDate(input.status, input, day),
        }),
      );
      return detail(id);
    },

    async updateMeasure(input, ctx) {
      const day = today();
      await inWriteTransaction(store.sqlite, async () => {
        const m = await loadMeasure(db, input.id);
        if (!m) throw notFound();
        refusePulledMeasure(store.sqlite, input.id);
        checkRevision(m, input.expectedRevision);
        checkDatesForStatus(m.row.status as MeasureStatus, input, day);
        await assertCodeFree(db, input.code, input.id);
        requirePorts(store.sqlite, [...new Set(input.portIds)]);
        const actor = actorOf(ctx);
        await db
          .updateTable('measures')
          .set({
            code: input.code,
            title: input.title,
            category: input.category,
            description: input.description,
            lead_unit: input.leadUnit,
            partner_units: JSON.stringify(input.partnerUnits),
            start_date: input.startDate,
            end_date: input.endDate,
            revision: m.row.revision + 1,
            updated_at: now().toISOString(),
            updated_by: actor,
          })
          .where('id', '=', input.id)
          .execute();
        await writeMeasureLinks(db, input.id, input);
      });
      return detail(input.id);
    },

    async deleteMeasure({ id }) {
      const row = await db.selectFrom('measures').select(['id', 'code']).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound();
      refusePulledMeasure(store.sqlite, id);
      // The ports, figures and progress log go with it (ON DELETE CASCADE).
      await db.deleteFrom('measures').where('id', '=', id).execute();
      return { id: row.id, code: row.code };
    },

    async changeMeasureStatus(input, ctx) {
      const day = today();
      notInFuture(input.date, day);
      await inWriteTransaction(store.sqlite, async () => {
        const m = await loadMeasure(db, input.id);
        if (!m) throw notFound();
        refusePulledMeasure(store.sqlite, input.id);
        checkRevision(m, input.expectedRevision);
        const from = m.row.status as MeasureStatus;
        if (!canTransition(from, input.to)) {
          throw new AppError('INVALID_INPUT', transitionRefusal(from, input.to), { to: transitionRefusal(from, input.to) });
        }
        // The last dated status: any change, or a registration straight into a started status.
        const lastChange = m.progress.find((p) => p.kind === 'status' && (p.fromStatus !== null || p.toStatus !== 'planned'));
        if (lastChange && input.date < lastChange.date) {
          const msg = `日期不能早于上一次状态变更（${lastChange.date}）`;
          throw new AppError('INVALID_INPUT', msg, { date: msg });
        }
        // A measure entered today as a plan may have started weeks ago: it was a plan by then at
        // the latest, so its registration moves back to that day and the log stays in order.
        const registration = m.progress.find((p) => p.kind === 'status' && p.fromStatus === null && p.toStatus === 'planned');
        if (registration && input.date < registration.date) {
          await db.updateTable('measure_progress').set({ date: input.date }).where('id', '=', registration.id).execute();
        }
        let startDate = m.row.start_date;
        let endDate = m.row.end_date;
        if (from === 'planned') {
          // Leaving the plan: the day work actually began is the start date the effect compares
          // around, whatever the plan had said; a plan dropped before it began never started.
          startDate = input.to === 'ended' ? null : input.date;
        }
        if (input.to === 'ended') {
          if (startDate !== null && input.date < startDate) {
            const msg = `结束日期不能早于启动日期（${startDate}）`;
            throw new AppError('INVALID_INPUT', msg, { date: msg });
          }
          endDate = input.date;
        }
        if (endDate !== null && startDate !== null && endDate < startDate) endDate = null;
        const actor = actorOf(ctx);
        const nowIso = now().toISOString();
        await db
          .updateTable('measures')
          .set({ status: input.to, start_date: startDate, end_date: endDate, revision: m.row.revision + 1, updated_at: nowIso, updated_by: actor })
          .where('id', '=', input.id)
          .execute();
        await db
          .insertInto('measure_progress')
          .values({
            measure_id: input.id,
            date: input.date,
            kind: 'status',
            from_status: from,
            to_status: input.to,
            note: input.note,
            recorded_at: nowIso,
            recorded_by: actor,
            is_demo: 0,
          })
          .execute();
      });
      return detail(input.id);
    },

    async addMeasureProgress(input, ctx) {
      notInFuture(input.date, today());
      const exists = await db.selectFrom('measures').select('id').where('id', '=', input.id).executeTakeFirst();
      if (!exists) throw notFound();
      refusePulledMeasure(store.sqlite, input.id);
      // A note does not bump the measure's revision: logging progress while someone edits the
      // measure's fields is not a conflict.
      await db
        .insertInto('measure_progress')
        .values({
          measure_id: input.id,
          date: input.date,
          kind: 'note',
          from_status: null,
          to_status: null,
          note: input.note,
          recorded_at: now().toISOString(),
          recorded_by: actorOf(ctx),
          is_demo: 0,
        })
        .execute();
      return detail(input.id);
    },
  };
}
