import { z } from './zodChinese';
import { method } from './define';
import { emptyInput, isoDate, portId } from './common';
import { daysBetween, isValidIsoDate } from '../domain/dates';
import { DAY_TYPES, type DayType } from '../domain/dayType';
import { isCanonicalPeriod, type PeriodKind } from '../domain/periods';
import { trendReport } from './dashboard';

/**
 * The briefing (简报): everything the A4 document shows for a port (or all ports) and a period,
 * assembled in the core from the other features; the remarks the user types, kept per port and
 * period; and the PDF export, which only the desktop app can do (the browser prints instead).
 */

export const BRIEFING_PERIOD_KINDS = ['week', 'month', 'quarter', 'year', 'ytd', 'range'] as const satisfies readonly PeriodKind[];

/** A briefing of more than this is a typo (year 2205), not a report. */
export const MAX_BRIEFING_YEARS = 30;
export const MAX_REMARKS_CHARS = 3000;

export const briefingPeriod = z
  .object({ kind: z.enum(BRIEFING_PERIOD_KINDS, { error: '时段类型无效' }), from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((p) => !isValidIsoDate(p.from) || !isValidIsoDate(p.to) || isCanonicalPeriod(p), {
    message: '时段的起止日期与类型不符（如“月”应从 1 日到月末，“周”应从周一到周日）',
    path: ['from'],
  })
  .refine((p) => !isValidIsoDate(p.from) || !isValidIsoDate(p.to) || daysBetween(p.from, p.to) < MAX_BRIEFING_YEARS * 366, {
    message: `简报时段最长 ${MAX_BRIEFING_YEARS} 年`,
    path: ['to'],
  });
export type BriefingPeriod = z.infer<typeof briefingPeriod>;

/** One port, or null for all ports together. */
export const briefingScope = { portId: portId.nullable() };

const number = z.number().nullable();

const QUANTITY_KINDS = ['yuan', 'kg', 'persons', 'vehicles', 'declarations', 'centihours', 'days'] as const;
export type BriefingQuantityKind = (typeof QUANTITY_KINDS)[number];

export const briefingKpiRow = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(QUANTITY_KINDS),
  /** a part of the row above ("其中：进口货值"), printed indented */
  part: z.boolean(),
  current: number,
  previous: number,
  lastYear: number,
  /** 同比 and 环比 in percent; null for a missing or zero base */
  yoyPct: number,
  momPct: number,
});
export type BriefingKpiRow = z.infer<typeof briefingKpiRow>;

export const briefingKpis = z.object({
  /**
   * column headings: the three spans compared ("2025年6月", "2025年5月", "2024年6月"); previous is
   * null for 1–N月累计, printed with 同比 only, and for a year, whose period before is the same year as last
   * year's (环比 would repeat 同比)
   */
  columns: z.object({ current: z.string(), previous: z.string().nullable(), lastYear: z.string() }),
  /** 同比 / 环比 withheld for an incomplete base: "基期数据不全" and why, as on the dashboard */
  withheld: z.object({
    mom: z.object({ label: z.string(), reason: z.string() }).nullable(),
    yoy: z.object({ label: z.string(), reason: z.string() }).nullable(),
  }),
  rows: z.array(briefingKpiRow),
  /** port-days of the period, of them recorded and missing */
  portDays: z.number().int(),
  recordedDays: z.number().int(),
  missingDays: z.number().int(),
  openDays: z.number().int(),
  closedDays: z.number().int(),
});
export type BriefingKpis = z.infer<typeof briefingKpis>;

export const briefingFivePlusTwo = z.object({
  restDays: z.number().int(),
  restDaysOpen: z.number().int(),
  /** rest days open ÷ rest days × 100; null without rest days */
  coveragePct: number,
  weekendDays: z.number().int().nullable(),
  holidayDays: z.number().int().nullable(),
  /** what was cleared on rest days, per figure */
  volumes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(QUANTITY_KINDS),
      total: number,
      onRestDays: number,
      restDaySharePct: number,
    }),
  ),
  /** a calendar notice, e.g. a year no holiday calendar covers */
  notice: z.string().nullable(),
});
export type BriefingFivePlusTwo = z.infer<typeof briefingFivePlusTwo>;

export const briefingMeasures = z.object({
  counts: z.object({
    total: z.number().int(),
    inForce: z.number().int(),
    inProgress: z.number().int(),
    planned: z.number().int(),
    other: z.number().int(),
  }),
  rows: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      /** "已实施", "推进中" … */
      statusLabel: z.string(),
      leadUnit: z.string(),
      startDate: z.string().nullable(),
      /** the latest progress note up to the end of the period */
      lastProgress: z.object({ date: z.string(), note: z.string() }).nullable(),
      /** where its targets stand: "进口整体通关时间 ≤ 10 小时（已达成）" */
      standing: z.array(z.string()),
    }),
  ),
});
export type BriefingMeasures = z.infer<typeof briefingMeasures>;

export const briefingClosedDay = z.object({
  date: z.string(),
  portName: z.string(),
  dayType: z.enum(DAY_TYPES) as z.ZodType<DayType>,
  /** the holiday's name, when the day is one */
  holidayName: z.string().nullable(),
  reason: z.string().nullable(),
});
export type BriefingClosedDay = z.infer<typeof briefingClosedDay>;

export const briefingRemarks = z.object({
  text: z.string(),
  /** 0 while nothing was saved for this port and period */
  revision: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type BriefingRemarks = z.infer<typeof briefingRemarks>;

/** What an administrator sets once for every briefing: the 简报's name, who issues it and who receives it. */
export const LETTERHEAD_LIMITS = { publication: 30, issuingBody: 60, recipients: 200, number: 9999 } as const;

const letterheadText = (label: string, max: number, required: boolean) => {
  const text = z.string({ error: `${label}应为文字` }).trim().max(max, `${label}不超过 ${max} 个字`);
  return required ? text.min(1, `请填写${label}`) : text;
};

export const briefingLetterhead = z.object({
  /** the name in the red header: "口岸通关工作简报" */
  publication: z.string(),
  /** 编发单位: "聂拉木县口岸管理委员会办公室" */
  issuingBody: z.string(),
  /** 报送 and 抄送, printed at the end; empty: the line is left out */
  reportTo: z.string(),
  copyTo: z.string(),
});
export type BriefingLetterhead = z.infer<typeof briefingLetterhead>;

export const letterheadSettings = briefingLetterhead.extend({
  /** the number the next briefing issued this year gets */
  nextNumber: z.number().int(),
  /** the year of issue it counts in (today's year at the port) */
  year: z.number().int(),
  /** the highest number issued this year; the next may not be at or below it */
  lastIssued: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type LetterheadSettings = z.infer<typeof letterheadSettings>;

export const briefingIssue = z.object({
  /** 第 N 期 of the year of issue */
  year: z.number().int(),
  number: z.number().int(),
  /** the date it was issued (or, not yet issued, today), as printed in the header ("2025年7月10日") */
  issuedOn: z.string(),
  issuedLabel: z.string(),
  /** false: not issued yet; the number is the one it would get */
  issued: z.boolean(),
});
export type BriefingIssue = z.infer<typeof briefingIssue>;

export const briefing = z.object({
  portId: z.number().int().nullable(),
  ports: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** "樟木口岸", or "全部口岸" */
  scopeLabel: z.string(),
  period: z.object({ kind: z.enum(BRIEFING_PERIOD_KINDS), from: z.string(), to: z.string(), label: z.string() }),
  /** "樟木口岸通关情况简报（2025年6月）" */
  title: z.string(),
  /** "樟木口岸通关简报_2025年6月.pdf" */
  fileName: z.string(),
  /** the day it was produced at the port, and as printed ("2025年7月1日") */
  producedOn: z.string(),
  producedLabel: z.string(),
  summary: z.string(),
  /** each section is null until the feature that provides it exists (or has nothing to say) */
  kpis: briefingKpis.nullable(),
  /** the dashboard's trend report of the charted figures, drawn with the dashboard's charts */
  trends: trendReport.nullable(),
  fivePlusTwo: briefingFivePlusTwo.nullable(),
  measures: briefingMeasures.nullable(),
  closedDays: z.array(briefingClosedDay),
  remarks: briefingRemarks,
  /** things a reader must know about the figures ("本期有 3 天数据未录入") */
  notices: z.array(z.string()),
  letterhead: briefingLetterhead,
  issue: briefingIssue,
  /** some figure it shows or compares with came from the demo data set: every page says so */
  includesDemo: z.boolean(),
});
export type Briefing = z.infer<typeof briefing>;

export const briefingContract = {
  /** Everything the briefing shows for a port (or all ports, portId null) and a period. */
  getBriefing: method({
    input: z.object({ ...briefingScope, period: briefingPeriod }),
    output: briefing,
    write: false,
  }),
  /** The remarks typed into a briefing, kept for its port and period so the export shows them. */
  saveBriefingRemarks: method({
    input: z.object({
      ...briefingScope,
      period: briefingPeriod,
      text: z.string({ error: '备注应为文字' }).max(MAX_REMARKS_CHARS, `备注不超过 ${MAX_REMARKS_CHARS} 个字`),
      /** the revision the page loaded; another one in the store means someone saved meanwhile */
      expectedRevision: z.number().int().min(0),
    }),
    output: briefingRemarks,
    write: true,
  }),
  /**
   * Issues the briefing: gives it the next 第 N 期 of the year, or the number it already has (an
   * issued period keeps its number and date), and returns it as issued. Printing and exporting issue.
   */
  issueBriefing: method({
    input: z.object({ ...briefingScope, period: briefingPeriod }),
    output: briefing,
    write: true,
  }),
  /** The letterhead and the numbering, for the administrator's settings. */
  getBriefingLetterhead: method({ input: emptyInput, output: letterheadSettings, write: false, adminOnly: true }),
  updateBriefingLetterhead: method({
    input: z.object({
      publication: letterheadText('简报名称', LETTERHEAD_LIMITS.publication, true),
      issuingBody: letterheadText('编发单位', LETTERHEAD_LIMITS.issuingBody, true),
      reportTo: letterheadText('报送单位', LETTERHEAD_LIMITS.recipients, false),
      copyTo: letterheadText('抄送单位', LETTERHEAD_LIMITS.recipients, false),
      nextNumber: z
        .number({ error: '下一期期号应为整数' })
        .int('下一期期号应为整数')
        .min(1, '下一期期号至少为 1')
        .max(LETTERHEAD_LIMITS.number, `下一期期号不超过 ${LETTERHEAD_LIMITS.number}`),
    }),
    output: letterheadSettings,
    write: true,
    adminOnly: true,
  }),
  /**
   * Renders the briefing to an A4 PDF and saves it where the user chooses (desktop app only: the
   * path comes from the save dialog, never from the caller). The browser prints instead.
   */
  exportBriefingPdf: method({
    input: z.object({ ...briefingScope, period: briefingPeriod }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string(), bytes: z.number().int() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
    write: false,
  }),
};
