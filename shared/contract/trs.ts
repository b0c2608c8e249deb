import { z } from './zodChinese';
import { method } from './define';
import { dateRange, portId } from './common';
import { portIdsInput } from './dashboard';
import { daysBetween } from '../domain/dates';
import { MAX_IMPORT_BODY_BYTES } from '../domain/import/limits';
import { TRS_STAGES } from '../domain/trs/stages';

/**
 * The Time Release Study: declarations (报关单) imported from the customs systems' exports, and the
 * time each stage of their clearance took, summarised for a period and port. Durations cross the
 * contract in minutes; they are shown in hours.
 */

export const DIRECTIONS = ['import', 'export'] as const;
export const INSPECTION_GROUPS = ['all', 'inspected', 'notInspected'] as const;
export type InspectionGroup = (typeof INSPECTION_GROUPS)[number];

/** The longest period a report covers. */
export const MAX_TRS_SPAN_DAYS = 366 * 20;

const fileInput = z.object({
  fileName: z.string().trim().min(1, '缺少文件名').max(255, '文件名过长'),
  contentBase64: z.string({ error: '缺少文件内容' }),
  /** the port of rows in a file without a 口岸 column */
  defaultPortId: portId.nullable(),
});

const rowRef = { sheet: z.string(), row: z.number().int() };

export const trsImportPreview = z.object({
  /** data rows read (blank rows aside) */
  rows: z.number().int(),
  newCount: z.number().int(),
  /** a declaration already stored whose stamps the file changes */
  replacedCount: z.number().int(),
  unchangedCount: z.number().int(),
  invalidCount: z.number().int(),
  invalidRows: z.array(z.object({ ...rowRef, column: z.string(), reason: z.string() })),
  /** the invalid rows listed stop at this many; the count is complete */
  listLimit: z.number().int(),
  /** each recognised sheet's columns: what each is read as (its Chinese label) or why it is left out */
  columns: z.array(z.object({ sheet: z.string(), header: z.string(), target: z.string().nullable(), hint: z.string().nullable() })),
  /** first and last 申报 date among the valid rows */
  from: z.string().nullable(),
  to: z.string().nullable(),
  ports: z.array(z.object({ portId: z.number().int(), portName: z.string(), count: z.number().int() })),
  imports: z.number().int(),
  exports: z.number().int(),
});
export type TrsImportPreview = z.infer<typeof trsImportPreview>;

const durationSummary = z.object({ n: z.number().int(), median: z.number().nullable(), p90: z.number().nullable(), mean: z.number().nullable() });
const stageSummaries = z.object(Object.fromEntries(TRS_STAGES.map((s) => [s, durationSummary])) as Record<(typeof TRS_STAGES)[number], typeof durationSummary>);
const stageMinutesOut = z.object(Object.fromEntries(TRS_STAGES.map((s) => [s, z.number().nullable()])) as Record<(typeof TRS_STAGES)[number], z.ZodNullable<z.ZodNumber>>);

export const TREND_BUCKETS = ['day', 'week', 'month'] as const;

export const trsReport = z.object({
  from: z.string(),
  to: z.string(),
  /** declarations in the period (申报 date) and ports */
  total: z.number().int(),
  groups: z.array(z.object({ direction: z.enum(DIRECTIONS), inspection: z.enum(INSPECTION_GROUPS), stages: stageSummaries })),
  /** 整体通关时间 in hours, counted into [edge_i, edge_i+1); the last bin is open-ended */
  histogram: z.object({ edgesHours: z.array(z.number()), import: z.array(z.number().int()), export: z.array(z.number().int()) }),
  trend: z.object({
    by: z.enum(TREND_BUCKETS),
    points: z.array(z.object({ bucketStart: z.string(), import: durationSummary, export: durationSummary })),
  }),
  /** the declarations with the longest 整体通关时间, longest first */
  slowest: z.array(
    z.object({
      declarationNo: z.string(),
      portName: z.string(),
      direction: z.enum(DIRECTIONS),
      inspected: z.boolean(),
      declaredDate: z.string(),
      stages: stageMinutesOut,
    }),
  ),
});
export type TrsReport = z.infer<typeof trsReport>;

export const trsReportInput = dateRange
  .and(z.object({ portId: portId.nullable() }))
  .refine((r) => daysBetween(r.from, r.to) < MAX_TRS_SPAN_DAYS, { message: '时间范围最长 20 年', path: ['to'] });

const clearanceSource = z.object({
  /** port-days whose 整体通关时间 is the mean of their declarations' */
  derivedDays: z.number().int(),
  /** the declarations behind them */
  declarations: z.number().int(),
  /** port-days that keep the figure a clerk typed (no declarations that day) */
  typedDays: z.number().int(),
});
export const clearanceSources = z.object({ import: clearanceSource, export: clearanceSource });
export type ClearanceSources = z.infer<typeof clearanceSources>;

export const trsMeasureEffect = z.object({
  measure: z.object({ id: z.number().int(), code: z.string(), title: z.string(), startDate: z.string() }),
  stage: z.enum(TRS_STAGES),
  /** the same number of days before the start date and from it (the after window stops at today) */
  before: z.object({ from: z.string(), to: z.string() }),
  after: z.object({ from: z.string(), to: z.string() }),
  rows: z.array(z.object({ direction: z.enum(DIRECTIONS), before: durationSummary, after: durationSummary, medianChangePct: z.number().nullable() })),
});
export type TrsMeasureEffect = z.infer<typeof trsMeasureEffect>;

export const trsContract = {
  /** Reads a declarations file and says what importing it would do; writes nothing. */
  previewTrsImport: method({ input: fileInput, output: trsImportPreview, write: false, maxBodyBytes: MAX_IMPORT_BODY_BYTES }),
  /** Imports the valid rows of a declarations file in one transaction (a stored declaration is replaced by its new stamps). */
  applyTrsImport: method({
    input: fileInput,
    output: z.object({ saved: z.number().int(), replaced: z.number().int(), unchanged: z.number().int(), skippedInvalid: z.number().int() }),
    write: true,
    maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  }),
  /** Stage durations of the declarations of a period and port (all ports: null). */
  getTrsReport: method({ input: trsReportInput, output: trsReport, write: false }),
  /** A stage's median in the days before a measure's start and as many days from it, per direction. */
  getTrsMeasureEffect: method({
    input: z.object({
      measureId: z.number({ error: '请选择措施' }).int().positive('请选择措施'),
      portId: portId.nullable(),
      stage: z.enum(TRS_STAGES, { error: '请选择环节' }),
      windowDays: z.number().int().min(7, '比较窗口至少 7 天').max(366, '比较窗口最长 366 天').default(90),
    }),
    output: trsMeasureEffect,
    write: false,
  }),
  /** Where the dashboard's 整体通关时间 of a period come from: derived from declarations or typed. */
  getClearanceSources: method({ input: dateRange.and(z.object({ portIds: portIdsInput })), output: clearanceSources, write: false }),
};
