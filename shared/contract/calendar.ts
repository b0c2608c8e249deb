/**
 * The "5+2" calendar: day types (national + regional), the regional-day table, rest-day duty, the
 * month calendar/roster, and the 5+2 figures. The dashboard and the briefing call these too.
 */
import { z } from './zodChinese';
import { method } from './define';
import { isoDate, isoMonth, portId } from './common';
import { dayTypeInfo } from './days';
import { daysBetween, isValidIsoDate } from '../domain/dates';
import { periodContaining, ytdPeriod, type Period } from '../domain/periods';
import { DAY_TYPES, type DayType } from '../domain/dayType';
import { REGIONAL_DAY_TYPES } from '../domain/calendar/regionalDays';
import { CLOCK_TIME, DUTY_MISMATCHES, DUTY_SCOPES } from '../domain/calendar/duty';
import { FIVE_PLUS_TWO_FIGURES } from '../domain/kpi';

/** Twenty years: the dashboard asks for ten, a briefing for far less. */
export const MAX_CALENDAR_DAYS = 366 * 20;
/** A regional notice spans days, not months. */
export const MAX_REGIONAL_SPAN_DAYS = 62;

const nullableNumber = z.number().nullable();

/** from ≤ to, and not more than MAX_CALENDAR_DAYS days. */
function bounded<T extends { from: string; to: string }>(schema: z.ZodType<T>) {
  return schema
    .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
    .refine((r) => r.from > r.to || daysBetween(r.from, r.to) < MAX_CALENDAR_DAYS, { message: '一次最多查询 20 年', path: ['to'] });
}

const range = { from: isoDate, to: isoDate };

/** A port, or null for the calendar common to every port. */
const portOrAll = portId.nullable();

const uncovered = {
  /** years in the range no holiday calendar covers: their days are 'unknown' */
  uncoveredYears: z.array(z.number().int()),
  /** the sentence to show with the figures (未收录 …年节假日安排 …); null when every year is covered */
  notice: z.string().nullable(),
};

// -------------------------------------------------------------------------------------------------
// Regional and local days

const trimmedText = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`);

const regionalDayShape = {
  portId: portOrAll,
  type: z.enum(REGIONAL_DAY_TYPES, { error: '请选择日期类型' }),
  name: trimmedText(20, '名称'),
  source: trimmedText(500, '依据'),
};

/** A holiday without a name would show as a bare type in every view. */
function requireHolidayName<T extends { type: string; name: string }>(schema: z.ZodType<T>) {
  return schema.refine((e) => !(e.type === 'regionalHoliday' || e.type === 'holiday') || e.name.length > 0, {
    message: '节假日请填写名称，如“藏历新年”',
    path: ['name'],
  });
}

export const regionalDay = z.object({
  id: z.number().int(),
  portId: z.number().int().nullable(),
  /** the port's name, or null for an entry for every port */
  portName: z.string().nullable(),
  date: z.string(),
  type: z.enum(REGIONAL_DAY_TYPES),
  name: z.string(),
  source: z.string(),
  /** one of the shipped defaults (still editable) */
  shipped: z.boolean(),
  /** what the national calendar says of the date, for comparison; null for a year it does not cover */
  national: z.object({ type: z.enum(DAY_TYPES) as z.ZodType<DayType>, name: z.string().nullable() }).nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type RegionalDay = z.infer<typeof regionalDay>;

// -------------------------------------------------------------------------------------------------
// Duty

const clockTime = z
  .string()
  .regex(CLOCK_TIME, '时间格式应为 HH:MM，如 10:00')
  .nullable();

const dutyArrangementShape = {
  open: z.boolean({ error: '请选择是否开放' }),
  hoursFrom: clockTime,
  hoursTo: clockTime,
  units: z
    .array(trimmedText(30, '单位名称').min(1, '单位名称不能为空'))
    .max(12, '值班单位最多 12 个')
    .refine((u) => new Set(u).size === u.length, '值班单位有重复'),
  personInCharge: trimmedText(40, '负责人').nullable(),
  note: trimmedText(200, '备注').nullable(),
};

type ArrangementInput = { open: boolean; hoursFrom: string | null; hoursTo: string | null };

/** Hours come as a pair, in order, and only on an open day. */
function checkHours<T extends ArrangementInput>(schema: z.ZodType<T>) {
  return schema
    .refine((a) => (a.hoursFrom === null) === (a.hoursTo === null), { message: '请同时填写开始和结束时间', path: ['hoursTo'] })
    .refine((a) => a.hoursFrom === null || a.hoursTo === null || a.hoursFrom < a.hoursTo, {
      message: '结束时间应晚于开始时间',
      path: ['hoursTo'],
    })
    .refine((a) => a.open || a.hoursFrom === null, { message: '闭关的日子不填通关时间', path: ['hoursFrom'] });
}

const dutyArrangement = z.object({
  open: z.boolean(),
  hoursFrom: z.string().nullable(),
  hoursTo: z.string().nullable(),
  units: z.array(z.string()),
  personInCharge: z.string().nullable(),
  note: z.string().nullable(),
});

export const dutyRule = dutyArrangement.extend({
  id: z.number().int(),
  portId: z.number().int(),
  scope: z.enum(DUTY_SCOPES),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DutyRuleDto = z.infer<typeof dutyRule>;

export const dutyPlan = dutyArrangement.extend({
  source: z.enum(['rule', 'exception']),
  ruleId: z.number().int().nullable(),
});

export const dutyMismatch = z.enum(DUTY_MISMATCHES);

const dutyRuleInput = checkHours(
  z
    .object({
      id: z.number().int().positive().nullable(),
      portId,
      scope: z.enum(DUTY_SCOPES, { error: '请选择适用的日子' }),
      validFrom: isoDate,
      validTo: isoDate.nullable(),
      ...dutyArrangementShape,
    })
    .refine((r) => r.validTo === null || r.validTo >= r.validFrom, { message: '结束日期不能早于开始日期', path: ['validTo'] }),
);

const dutyExceptionInput = checkHours(z.object({ portId, date: isoDate, ...dutyArrangementShape }));

// -------------------------------------------------------------------------------------------------
// The month: calendar, heat and duty roster

const dayFigures = z.object({
  freightKg: nullableNumber,
  tradeValueYuan: nullableNumber,
  persons: nullableNumber,
  vehicles: nullableNumber,
});

export const calendarDay = z.object({
  date: z.string(),
  dayType: dayTypeInfo,
  /** a record with anything in it exists */
  recorded: z.boolean(),
  portOpen: z.boolean().nullable(),
  closureReason: z.string().nullable(),
  openCentihours: nullableNumber,
  figures: dayFigures,
  plan: dutyPlan.nullable(),
  mismatch: dutyMismatch.nullable(),
});
export type CalendarDay = z.infer<typeof calendarDay>;

// -------------------------------------------------------------------------------------------------
// The 5+2 figures

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year', 'ytd', 'range'] as const;

const restDayVolume = z.object({
  figure: z.enum(FIVE_PLUS_TWO_FIGURES),
  total: nullableNumber,
  onRestDays: nullableNumber,
  onWorkdays: nullableNumber,
  onUnknownDays: nullableNumber,
  restDaySharePct: nullableNumber,
  perRestDay: nullableNumber,
  perWorkday: nullableNumber,
});

const volumes = z.object(Object.fromEntries(FIVE_PLUS_TWO_FIGURES.map((f) => [f, restDayVolume])) as Record<
  (typeof FIVE_PLUS_TWO_FIGURES)[number],
  typeof restDayVolume
>);

export const fivePlusTwoFigures = z.object({
  from: z.string(),
  to: z.string(),
  restDays: z.number().int(),
  weekendDays: z.number().int(),
  holidayDays: z.number().int(),
  regionalHolidayDays: z.number().int(),
  restDaysRecorded: z.number().int(),
  restDaysOpen: z.number().int(),
  restDaysClosed: z.number().int(),
  restDaysOpenUnknown: z.number().int(),
  workdays: z.number().int(),
  workdaysRecorded: z.number().int(),
  workdaysOpen: z.number().int(),
  unknownTypeDays: z.number().int(),
  coveragePct: nullableNumber,
  volumes,
  /** days whose duty plan and record disagree */
  dutyMismatches: z.number().int(),
});
export type FivePlusTwoFigures = z.infer<typeof fivePlusTwoFigures>;

const volumeChange = z.object({
  onRestDaysPct: nullableNumber,
  perRestDayPct: nullableNumber,
  /** change of the rest-day share, in percentage points */
  restDaySharePoints: nullableNumber,
});

export const fivePlusTwoChange = z.object({
  /** change of coverage, in percentage points */
  coveragePoints: nullableNumber,
  restDaysOpenPct: nullableNumber,
  volumes: z.object(Object.fromEntries(FIVE_PLUS_TWO_FIGURES.map((f) => [f, volumeChange])) as Record<
    (typeof FIVE_PLUS_TWO_FIGURES)[number],
    typeof volumeChange
  >),
});
export type FivePlusTwoChange = z.infer<typeof fivePlusTwoChange>;

export const fivePlusTwoReport = z.object({
  portId: z.number().int(),
  period: z.object({ kind: z.enum(PERIOD_KINDS), from: z.string(), to: z.string() }),
  current: fivePlusTwoFigures,
  samePeriodLastYear: fivePlusTwoFigures,
  /**
   * The days compared (shared/domain/comparedPeriods.ts): `current` runs through the last recorded
   * day of a running period, `samePeriodLastYear` over the same offsets a year earlier
   */
  compared: z.object({ label: z.string(), lastYearLabel: z.string(), futureDays: z.number().int() }),
  /** 同比: current against the same period last year (all null when withheld) */
  yoy: fivePlusTwoChange,
  /** 同比 withheld because the base misses days or holds under 80 % of the current recorded days */
  yoyWithheld: z.object({ label: z.string(), reason: z.string() }).nullable(),
  /** the date 5+2 took effect at the port; null when not set */
  effectiveFrom: z.string().nullable(),
  /**
   * The period split at the effective date. A side is null when the period lies wholly on the
   * other side of it; the whole object is null when no date is set.
   */
  beforeAfter: z
    .object({
      before: fivePlusTwoFigures.nullable(),
      after: fivePlusTwoFigures.nullable(),
      /** after against before, per day (the two sides rarely have the same length) */
      change: fivePlusTwoChange.nullable(),
    })
    .nullable(),
  /** first and last date with a record at the port, for "all recorded days" */
  recordedSpan: z.object({ from: z.string(), to: z.string() }).nullable(),
  ...uncovered,
});
export type FivePlusTwoReport = z.infer<typeof fivePlusTwoReport>;

const profileFigure = z.object({ total: nullableNumber, perRecordedDay: nullableNumber, sharePct: nullableNumber });
const profileFigures = z.object(Object.fromEntries(FIVE_PLUS_TWO_FIGURES.map((f) => [f, profileFigure])) as Record<
  (typeof FIVE_PLUS_TWO_FIGURES)[number],
  typeof profileFigure
>);
const profileGroup = {
  days: z.number().int(),
  recordedDays: z.number().int(),
  openDays: z.number().int(),
  closedDays: z.number().int(),
  figures: profileFigures,
};

export const throughputProfile = z.object({
  weekdays: z.array(z.object({ weekday: z.number().int().min(1).max(7), ...profileGroup })),
  dayTypes: z.array(z.object({ dayType: z.enum(DAY_TYPES) as z.ZodType<DayType>, ...profileGroup })),
  ...uncovered,
});
export type ThroughputProfile = z.infer<typeof throughputProfile>;

export const fivePlusTwoSettings = z.object({
  portId: z.number().int(),
  effectiveFrom: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

// -------------------------------------------------------------------------------------------------

/** A week, month … must be exactly that span, or 同比 would compare a different one. */
function periodMatchesKind(p: { kind: (typeof PERIOD_KINDS)[number]; from: string; to: string }): boolean {
  if (p.kind === 'range' || !isValidIsoDate(p.from) || !isValidIsoDate(p.to)) return true;
  const expected: Period =
    p.kind === 'ytd' ? ytdPeriod(Number(p.from.slice(0, 4)), Number(p.to.slice(5, 7))) : periodContaining(p.kind, p.from);
  return expected.from === p.from && expected.to === p.to;
}

const periodInput = bounded(
  z.object({
    portId,
    kind: z.enum(PERIOD_KINDS).default('range'),
    ...range,
    /** the last day compared of a running period, when the caller already found it over several ports (the briefing) */
    through: isoDate.optional(),
  }),
).refine(periodMatchesKind, {
  message: '期间类型与起止日期不一致',
  path: ['kind'],
});

export const calendarContract = {
  /** Day types of every date in a range, with the uncovered-years notice. */
  getDayTypes: method({
    input: bounded(z.object({ portId: portOrAll, ...range })),
    output: z.object({
      days: z.array(dayTypeInfo),
      counts: z.record(z.enum(DAY_TYPES), z.number().int()),
      ...uncovered,
    }),
    write: false,
  }),

  listRegionalDays: method({
    input: z.object({
      /** one year, or every year when left out */
      year: z.number().int().min(1990, '年份应在 1990 到 2100 之间').max(2100, '年份应在 1990 到 2100 之间').optional(),
    }),
    output: z.array(regionalDay),
    write: false,
  }),
  /** A notice: every date from–to gets the same entry. All added, or none. */
  addRegionalDays: method({
    input: requireHolidayName(
      z
        .object({ ...regionalDayShape, from: isoDate, to: isoDate })
        .refine((r) => r.from <= r.to, { message: '结束日期不能早于开始日期', path: ['to'] })
        .refine((r) => r.from > r.to || daysBetween(r.from, r.to) < MAX_REGIONAL_SPAN_DAYS, {
          message: `一次最多添加 ${MAX_REGIONAL_SPAN_DAYS} 天`,
          path: ['to'],
        }),
    ),
    output: z.array(regionalDay),
    write: true,
    adminOnly: true,
  }),
  updateRegionalDay: method({
    input: requireHolidayName(z.object({ id: z.number().int().positive(), date: isoDate, ...regionalDayShape })),
    output: regionalDay,
    write: true,
    adminOnly: true,
  }),
  deleteRegionalDay: method({
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({ deleted: z.boolean() }),
    write: true,
    adminOnly: true,
  }),

  listDutyRules: method({ input: z.object({ portId }), output: z.array(dutyRule), write: false }),
  /** Creates a rule (id null) or replaces one. */
  saveDutyRule: method({ input: dutyRuleInput, output: dutyRule, write: true }),
  deleteDutyRule: method({
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({ deleted: z.boolean() }),
    write: true,
  }),
  /** The plan of one day, replacing what the rules say for it. */
  saveDutyException: method({ input: dutyExceptionInput, output: dutyPlan, write: true }),
  deleteDutyException: method({
    input: z.object({ portId, date: isoDate }),
    output: z.object({ deleted: z.boolean() }),
    write: true,
  }),

  /** The month calendar and duty roster: day type, record, throughput, plan and mismatches per day. */
  getCalendarMonth: method({
    input: z.object({ portId, month: isoMonth }),
    output: z.object({ month: z.string(), days: z.array(calendarDay), hasDutyRules: z.boolean(), ...uncovered }),
    write: false,
  }),
  /** Days in a range whose duty plan and record disagree (for the briefing). */
  listDutyMismatches: method({
    input: bounded(z.object({ portId, ...range })),
    output: z.array(z.object({ date: z.string(), dayType: dayTypeInfo, mismatch: dutyMismatch, plan: dutyPlan, closureReason: z.string().nullable() })),
    write: false,
  }),

  getFivePlusTwoSettings: method({ input: z.object({ portId }), output: fivePlusTwoSettings, write: false }),
  setFivePlusTwoSettings: method({
    input: z.object({ portId, effectiveFrom: isoDate.nullable(), note: trimmedText(200, '备注').nullable() }),
    output: fivePlusTwoSettings,
    write: true,
    adminOnly: true,
  }),
  /** The 5+2 figures of a port and period, with 同比 and before/after the effective date. */
  getFivePlusTwo: method({ input: periodInput, output: fivePlusTwoReport, write: false }),
  /** Weekday profile (Mon–Sun) and throughput by day type. */
  getThroughputProfile: method({ input: bounded(z.object({ portId, ...range })), output: throughputProfile, write: false }),
};
