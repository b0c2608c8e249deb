import { addDays, daysBetween, isValidIsoDate, todayInShanghai } from '../../../../shared/domain/dates';
import type { MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import { templateMeasures } from '../../../../shared/domain/measures/template';
import type { StoreHandles } from '../../store/openStore';
import { inWriteTransaction } from '../../store/writeTransaction';
import { DEMO_MEASURE_PLAN, type DemoMeasurePlan, type PlanDate } from './demoMeasurePlan';
import { insertMeasure } from './measureWriter';

export interface SeedMeasureTemplateOptions {
  /** the ports the measures apply to (default: the first port) */
  portIds?: number[];
  /**
   * Moves a measure's history so that it starts on this day (its planned start, for one still
   * 计划中); null leaves it 计划中 with no start date. Codes not named keep the built-in history.
   */
  startDates?: Record<string, string | null>;
  /** progress notes: the built-in ones (true, the default), none (false), or these per code */
  progress?: boolean | Record<string, { date: string; note: string }[]>;
  /** who the entries are recorded against (default 演示数据) */
  actor?: string;
  /** "today" of the demo: nothing is dated after it (default: now) */
  now?: Date;
  /** mark the rows as demo data (default true) */
  isDemo?: boolean;
}

export interface SeedMeasureTemplateResult {
  added: string[];
  /** codes already in the register, left as they were */
  skipped: string[];
}

function resolve(d: PlanDate, today: string): string {
  return typeof d === 'string' ? d : addDays(today, -d.daysAgo);
}

/** A plan with all its dates resolved and, when asked, moved so that it starts on another day. */
function resolvedPlan(plan: DemoMeasurePlan, today: string, startOverride: string | null | undefined) {
  const steps = plan.steps.map((s) => ({ ...s, on: resolve(s.on, today) }));
  const notes = plan.notes.map((n) => ({ date: resolve(n.on, today), note: n.note }));
  let registeredOn = resolve(plan.registeredOn, today);
  let plannedStart = plan.plannedStart === undefined ? null : resolve(plan.plannedStart, today);
  if (startOverride === null) return { registeredOn, steps: [], notes, plannedStart: null };
  if (startOverride === undefined) return { registeredOn, steps, notes, plannedStart };
  const currentStart = steps.find((s) => s.to === 'inProgress' || s.to === 'inForce')?.on ?? plannedStart;
  if (currentStart === null) return { registeredOn, steps, notes, plannedStart: startOverride };
  const shift = daysBetween(currentStart, startOverride);
  registeredOn = addDays(registeredOn, shift);
  plannedStart = plannedStart === null ? null : addDays(plannedStart, shift);
  return {
    registeredOn,
    steps: steps.map((s) => ({ ...s, on: addDays(s.on, shift) })),
    notes: notes.map((n) => ({ ...n, date: addDays(n.date, shift) })),
    plannedStart,
  };
}

/**
 * Puts the starting template into the register with a plausible history: statuses that moved over
 * the past years, start dates, and progress notes. For the demo data set (`clearance demo`); a real
 * register starts from the template through `applyMeasureTemplate`, as 计划中 with no history.
 *
 * One transaction; measures whose code is already in the register are skipped, so running it twice
 * adds nothing. Nothing is dated after "today": a step that would be is left out with the ones
 * after it, and so is a note.
 */
export async function seedMeasureTemplate(store: StoreHandles, options: SeedMeasureTemplateOptions = {}): Promise<SeedMeasureTemplateResult> {
  const nowDate = options.now ?? new Date();
  const nowIso = nowDate.toISOString();
  const today = todayInShanghai(nowDate);
  const actor = options.actor ?? '演示数据';
  const isDemo = options.isDemo ?? true;
  const demoFlag = isDemo ? 1 : 0;
  for (const [code, d] of Object.entries(options.startDates ?? {})) {
    if (d !== null && !isValidIsoDate(d)) throw new Error(`seedMeasureTemplate: ${code} 的启动日期 ${d} 无效`);
  }

  // Joins the caller's transaction when there is one: the demo data set loads all its parts in one.
  const trx = store.db;
  return inWriteTransaction(store.sqlite, async () => {
    let portIds = options.portIds;
    if (!portIds || portIds.length === 0) {
      const first = await trx.selectFrom('ports').select('id').orderBy('id').executeTakeFirst();
      if (!first) throw new Error('seedMeasureTemplate: 数据库中还没有口岸');
      portIds = [first.id];
    }
    const existing = new Set((await trx.selectFrom('measures').select('code').execute()).map((r) => r.code));
    const added: string[] = [];
    const skipped: string[] = [];

    for (const entry of templateMeasures()) {
      if (existing.has(entry.code)) {
        skipped.push(entry.code);
        continue;
      }
      const base = DEMO_MEASURE_PLAN[entry.code] ?? { registeredOn: today, steps: [], notes: [] };
      const plan = resolvedPlan(base, today, options.startDates?.[entry.code]);
      const registeredOn = plan.registeredOn <= today ? plan.registeredOn : today;

      // Statuses up to today, each step only if the one before it happened.
      let status: MeasureStatus = 'planned';
      let startDate: string | null = plan.plannedStart;
      let endDate: string | null = null;
      const applied: { on: string; from: MeasureStatus; to: MeasureStatus; note: string }[] = [];
      for (const step of plan.steps) {
        if (step.on > today || step.on < registeredOn) break;
        if (status === 'planned') startDate = step.to === 'ended' ? null : step.on;
        if (step.to === 'ended') endDate = step.on;
        applied.push({ on: step.on, from: status, to: step.to, note: step.note });
        status = step.to;
      }

      const id = await insertMeasure(trx, {
        fields: { ...entry, portIds, startDate, endDate },
        status: 'planned',
        actor,
        nowIso,
        isDemo,
        registeredOn,
        registrationNote: '列入口岸通关效率提升专项行动',
      });
      if (status !== 'planned') {
        await trx.updateTable('measures').set({ status }).where('id', '=', id).execute();
      }

      const customNotes = typeof options.progress === 'object' ? options.progress[entry.code] ?? [] : null;
      const notes = options.progress === false ? [] : (customNotes ?? plan.notes);
      const rows = [
        ...applied.map((s) => ({ date: s.on, kind: 'status', from_status: s.from, to_status: s.to, note: s.note })),
        ...notes.filter((n) => n.date <= today).map((n) => ({ date: n.date, kind: 'note', from_status: null, to_status: null, note: n.note })),
      ];
      if (rows.length > 0) {
        await trx
          .insertInto('measure_progress')
          .values(rows.map((r) => ({ ...r, measure_id: id, recorded_at: nowIso, recorded_by: actor, is_demo: demoFlag })))
          .execute();
      }
      added.push(entry.code);
    }
    return { added, skipped };
  });
}
