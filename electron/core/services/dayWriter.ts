import type { Kysely } from 'kysely';
import { changedFields, emptyDayValues, isBlankDay, type DayValues } from '../../../shared/domain/dailyFields';
import type { ChangeSource, DailyRecord } from '../../../shared/contract/days';
import { AppError } from '../../../shared/contract/result';
import type { Database } from '../store/schema';
import { rowToRecord, rowToValues, valuesToColumns } from './dayRecordRows';

export interface DayToWrite {
  date: string;
  values: DayValues;
  /** when set, the store's revision must still be this (null: the day must not exist yet) */
  expectedRevision?: number | null;
}

export interface WriteDaysArgs {
  portId: number;
  days: DayToWrite[];
  actor: string;
  source: ChangeSource;
  now: Date;
  isDemo?: boolean;
}

export interface WriteDaysResult {
  saved: DailyRecord[];
  unchanged: string[];
}

/**
 * The one place daily records are written: form, grid, paste, import and demo data all come through
 * here, inside one transaction, so every change gets a revision with its field-by-field diff and a
 * batch is saved whole or not at all.
 */
export async function writeDays(db: Kysely<Database>, args: WriteDaysArgs): Promise<WriteDaysResult> {
  const nowIso = args.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const port = await trx.selectFrom('ports').select('id').where('id', '=', args.portId).executeTakeFirst();
    if (!port) throw new AppError('NOT_FOUND', '所选口岸不存在，请刷新后重试');

    const saved: DailyRecord[] = [];
    const unchanged: string[] = [];
    for (const day of args.days) {
      const existing = await trx
        .selectFrom('daily_records')
        .selectAll()
        .where('port_id', '=', args.portId)
        .where('date', '=', day.date)
        .executeTakeFirst();

      if (day.expectedRevision !== undefined && (existing?.revision ?? null) !== (day.expectedRevision ?? null)) {
        throw new AppError(
          'CONFLICT',
          `${day.date} 的数据已被 ${existing?.updated_by ?? '他人'} 修改，请重新打开该日后再保存`,
        );
      }

      const before = existing ? rowToValues(existing) : emptyDayValues();
      const changes = changedFields(before, day.values);
      if (changes.length === 0 || (!existing && isBlankDay(day.values))) {
        unchanged.push(day.date);
        continue;
      }

      let recordId: number;
      let revision: number;
      if (existing) {
        revision = existing.revision + 1;
        recordId = existing.id;
        await trx
          .updateTable('daily_records')
          .set({ ...valuesToColumns(day.values), revision, updated_at: nowIso, updated_by: args.actor, is_demo: args.isDemo ? 1 : 0 })
          .where('id', '=', existing.id)
          .execute();
      } else {
        revision = 1;
        const inserted = await trx
          .insertInto('daily_records')
          .values({
            port_id: args.portId,
            date: day.date,
            ...valuesToColumns(day.values),
            revision,
            is_demo: args.isDemo ? 1 : 0,
            created_at: nowIso,
            created_by: args.actor,
            updated_at: nowIso,
            updated_by: args.actor,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        recordId = inserted.id;
      }
      await trx
        .insertInto('daily_record_revisions')
        .values({
          record_id: recordId,
          revision,
          changed_at: nowIso,
          changed_by: args.actor,
          source: args.source,
          changes: JSON.stringify(changes),
        })
        .execute();
      const row = await trx.selectFrom('daily_records').selectAll().where('id', '=', recordId).executeTakeFirstOrThrow();
      saved.push(rowToRecord(row));
    }
    return { saved, unchanged };
  });
}
