import { z } from './zodChinese';
import { method } from './define';
import { isoDate, isoMonth, pastOrTodayDate, portId } from './common';
import { dayValuesSchema } from './dayValues';
import { DAY_TYPES, type DayType } from '../domain/dayType';
import { DAY_VALUE_KEYS } from '../domain/dailyFields';

export const dayTypeInfo = z.object({
  date: z.string(),
  type: z.enum(DAY_TYPES) as z.ZodType<DayType>,
  name: z.string().nullable(),
});

export const dailyRecord = z.object({
  portId: z.number().int(),
  date: z.string(),
  values: dayValuesSchema,
  revision: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  isDemo: z.boolean(),
});
export type DailyRecord = z.infer<typeof dailyRecord>;

export const dayRow = z.object({ date: z.string(), dayType: dayTypeInfo, record: dailyRecord.nullable() });
export type DayRow = z.infer<typeof dayRow>;

/** Where a change came from, kept in the day's history. */
export const CHANGE_SOURCES = ['form', 'grid', 'paste', 'import', 'undo', 'demo'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

export const fieldChange = z.object({
  field: z.enum(DAY_VALUE_KEYS as [string, ...string[]]),
  from: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  to: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});
export type FieldChange = z.infer<typeof fieldChange>;

export const revision = z.object({
  revision: z.number().int(),
  changedAt: z.string(),
  changedBy: z.string(),
  source: z.enum(CHANGE_SOURCES),
  changes: z.array(fieldChange),
});
export type Revision = z.infer<typeof revision>;

/** A value far from the port's usual range: saved only once the clerk confirms it. */
export const rangeWarning = z.object({ date: z.string(), field: z.string(), message: z.string() });
export type RangeWarning = z.infer<typeof rangeWarning>;

const needsConfirmation = z.object({ status: z.literal('needsConfirmation'), warnings: z.array(rangeWarning) });

export const MAX_DAYS_PER_SAVE = 400;

export const daysContract = {
  getDay: method({
    input: z.object({ portId, date: isoDate }),
    output: dailyRecord.nullable(),
    write: false,
  }),
  getMonth: method({
    input: z.object({ portId, month: isoMonth }),
    output: z.object({ month: z.string(), days: z.array(dayRow), missingDays: z.number().int() }),
    write: false,
  }),
  saveDay: method({
    input: z.object({
      portId,
      date: pastOrTodayDate,
      values: dayValuesSchema,
      /** the revision the form was loaded at; a different one in the store means someone else saved meanwhile */
      expectedRevision: z.number().int().min(0).nullable(),
      confirmWarnings: z.boolean(),
    }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), record: dailyRecord }),
      z.object({ status: z.literal('unchanged'), record: dailyRecord.nullable() }),
      needsConfirmation,
    ]),
    write: true,
  }),
  /** Several days at once (the month grid, a pasted block): all saved, or none. */
  saveDays: method({
    input: z.object({
      portId,
      days: z
        .array(z.object({ date: pastOrTodayDate, values: dayValuesSchema }))
        .min(1, '没有要保存的数据')
        .max(MAX_DAYS_PER_SAVE, `一次最多保存 ${MAX_DAYS_PER_SAVE} 天`)
        .refine((days) => new Set(days.map((d) => d.date)).size === days.length, '同一日期出现了多次'),
      source: z.enum(['grid', 'paste', 'undo']),
      confirmWarnings: z.boolean(),
    }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), saved: z.number().int(), unchanged: z.number().int() }),
      needsConfirmation,
    ]),
    write: true,
  }),
  getDayHistory: method({
    input: z.object({ portId, date: isoDate }),
    output: z.array(revision),
    write: false,
  }),
};
