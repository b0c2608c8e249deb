import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../../shared/contract/result';
import type { MeasureStatus } from '../../../../shared/domain/measures/measureTypes';
import type { MeasureTemplateEntry } from '../../../../shared/domain/measures/template';
import type { Database } from '../../store/schema';

/**
 * The store side of writing a measure, shared by the register's form, the template and the demo
 * data so that each writes the same rows with the same checks.
 */

/** A measure as the template describes it, plus where and when it applies (which a template never says). */
export interface MeasureFields extends MeasureTemplateEntry {
  portIds: readonly number[];
  startDate: string | null;
  endDate: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

export async function assertCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let q = db.selectFrom('measures').select('id').where('code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError('CONFLICT', `措施编号 ${code} 已被使用`, { code: '该编号已被使用，请换一个' });
  }
}


/** Replaces the measure's ports and figures (with their targets) by the ones given. */
export async function writeMeasureLinks(db: Db, measureId: number, f: Pick<MeasureFields, 'portIds' | 'metrics' | 'targets'>): Promise<void> {
  await db.deleteFrom('measure_ports').where('measure_id', '=', measureId).execute();
  await db.deleteFrom('measure_metrics').where('measure_id', '=', measureId).execute();
  if (f.portIds.length > 0) {
    await db
      .insertInto('measure_ports')
      .values(f.portIds.map((port_id) => ({ measure_id: measureId, port_id })))
      .execute();
  }
  if (f.metrics.length > 0) {
    await db
      .insertInto('measure_metrics')
      .values(
        f.metrics.map((metric, position) => {
          const target = f.targets.find((t) => t.metric === metric);
          return {
            measure_id: measureId,
            metric,
            position,
            target_comparator: target?.comparator ?? null,
            target_value: target?.value ?? null,
          };
        }),
      )
      .execute();
  }
}

export interface InsertMeasureArgs {
  fields: MeasureFields;
  status: MeasureStatus;
  actor: string;
  nowIso: string;
  isDemo?: boolean;
  /** the date of the registration entry of the progress log */
  registeredOn: string;
  /** the registration entry's note (default: "登记为“…”") */
  registrationNote?: string;
}

/** Inserts a measure with its ports, figures and the log entry that records its first status. */
export async function insertMeasure(db: Db, args: InsertMeasureArgs): Promise<number> {
  const { fields: f, actor, nowIso } = args;
  await assertCodeFree(db, f.code);
  const isDemo = args.isDemo ? 1 : 0;
  const { id } = await db
    .insertInto('measures')
    .values({
      code: f.code,
      title: f.title,
      category: f.category,
      description: f.description,
      lead_unit: f.leadUnit,
      partner_units: JSON.stringify(f.partnerUnits),
      start_date: f.startDate,
      end_date: f.endDate,
      status: args.status,
      revision: 1,
      is_demo: isDemo,
      created_at: nowIso,
      created_by: actor,
      updated_at: nowIso,
      updated_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeMeasureLinks(db, id, f);
  await db
    .insertInto('measure_progress')
    .values({
      measure_id: id,
      date: args.registeredOn,
      kind: 'status',
      from_status: null,
      to_status: args.status,
      note: args.registrationNote ?? '',
      recorded_at: nowIso,
      recorded_by: actor,
      is_demo: isDemo,
    })
    .execute();
  return id;
}
