import { z } from './zodChinese';
import { method } from './define';
import { isoDate, portId } from './common';
import { MEASURE_CATEGORIES, MEASURE_STATUSES, MEASURE_METRIC_KEYS, type MeasureMetricKey } from '../domain/measures/measureTypes';

// ---------------------------------------------------------------------------------------------
// Building blocks

export const measureStatus = z.enum(MEASURE_STATUSES, { error: '请选择措施状态' });
export const measureCategory = z.enum(MEASURE_CATEGORIES, { error: '请选择措施类别' });
export const metricKey = z.enum(MEASURE_METRIC_KEYS, { error: '请选择指标' });
export const measureId = z.number({ error: '请选择措施' }).int().positive('请选择措施');

export const measureTarget = z.object({
  metric: metricKey,
  comparator: z.enum(['<=', '>='], { error: '请选择“≤”或“≥”' }),
  value: z.number({ error: '目标值应为数字' }).finite('目标值应为数字'),
});

const unitName = z.string().trim().min(1, '单位名称不能为空').max(40, '单位名称不超过 40 个字');

/**
 * The editable fields of a measure, as the form and the template send them. Kept as a plain shape
 * (no refinements) so create and update can extend it; the cross-field rules are in
 * `checkMeasureFields`.
 */
const measureFieldsShape = {
  code: z.string({ error: '请填写措施编号' }).trim().min(1, '请填写措施编号').max(20, '措施编号不超过 20 个字符'),
  title: z.string({ error: '请填写措施名称' }).trim().min(1, '请填写措施名称').max(60, '措施名称不超过 60 个字'),
  category: measureCategory,
  description: z.string().trim().max(500, '措施说明不超过 500 个字').default(''),
  leadUnit: z.string({ error: '请填写牵头单位' }).trim().min(1, '请填写牵头单位').max(40, '牵头单位不超过 40 个字'),
  partnerUnits: z.array(unitName).max(12, '配合单位最多 12 个').default([]),
  portIds: z.array(portId).min(1, '请至少选择一个口岸'),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  metrics: z.array(metricKey).max(MEASURE_METRIC_KEYS.length).default([]),
  targets: z.array(measureTarget).default([]),
};

interface MeasureFieldsLike {
  partnerUnits: string[];
  leadUnit: string;
  portIds: number[];
  startDate: string | null;
  endDate: string | null;
  metrics: MeasureMetricKey[];
  targets: { metric: MeasureMetricKey }[];
}

/** Rules that span fields, each reported at the field a person would correct. */
function checkMeasureFields(v: MeasureFieldsLike, ctx: z.RefinementCtx): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于启动日期' });
  }
  if (new Set(v.partnerUnits).size !== v.partnerUnits.length) {
    ctx.addIssue({ code: 'custom', path: ['partnerUnits'], message: '配合单位有重复' });
  }
  if (v.partnerUnits.includes(v.leadUnit)) {
    ctx.addIssue({ code: 'custom', path: ['partnerUnits'], message: '牵头单位不必再列为配合单位' });
  }
  if (new Set(v.portIds).size !== v.portIds.length) {
    ctx.addIssue({ code: 'custom', path: ['portIds'], message: '口岸有重复' });
  }
  if (new Set(v.metrics).size !== v.metrics.length) {
    ctx.addIssue({ code: 'custom', path: ['metrics'], message: '指标有重复' });
  }
  const seen = new Set<string>();
  v.targets.forEach((t, i) => {
    if (!v.metrics.includes(t.metric)) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'metric'], message: '目标所在的指标须先列入“影响的指标”' });
    }
    if (seen.has(t.metric)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'metric'], message: '同一指标只能设一个目标' });
    seen.add(t.metric);
  });
}

export const createMeasureInput = z
  .object({
    ...measureFieldsShape,
    /** a measure already running when it is entered can start out as 推进中 or 已实施 */
    status: measureStatus.default('planned'),
  })
  .superRefine((v, ctx) => {
    checkMeasureFields(v, ctx);
    if (v.status !== 'planned' && v.startDate === null) {
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: '措施已启动，请填写启动日期' });
    }
  });

export const updateMeasureInput = z
  .object({
    id: measureId,
    /** the revision the form was opened at; another one in the store means someone saved meanwhile */
    expectedRevision: z.number().int().min(1),
    ...measureFieldsShape,
  })
  .superRefine(checkMeasureFields);

// ---------------------------------------------------------------------------------------------
// What comes back

export const progressEntry = z.object({
  id: z.number().int(),
  date: z.string(),
  kind: z.enum(['note', 'status']),
  fromStatus: measureStatus.nullable(),
  toStatus: measureStatus.nullable(),
  note: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type ProgressEntry = z.infer<typeof progressEntry>;

export const measureSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  category: measureCategory,
  description: z.string(),
  leadUnit: z.string(),
  partnerUnits: z.array(z.string()),
  portIds: z.array(z.number().int()),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: measureStatus,
  metrics: z.array(metricKey),
  targets: z.array(measureTarget),
  /** the latest progress entry (a note or a status change), the stall check's reference */
  lastProgress: z.object({ date: z.string(), note: z.string() }).nullable(),
  progressCount: z.number().int(),
  /** 推进中 with nothing recorded for 30 days or more */
  stalled: z.boolean(),
  /** days since the last progress entry, for "停滞 N 天" */
  daysSinceProgress: z.number().int().nullable(),
  /** still 计划中 after its planned start date */
  overdue: z.boolean(),
  revision: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type MeasureSummary = z.infer<typeof measureSummary>;

export const measureDetail = measureSummary.extend({
  /** newest first */
  progress: z.array(progressEntry),
  /** where the status may go from here */
  nextStatuses: z.array(measureStatus),
});
export type MeasureDetail = z.infer<typeof measureDetail>;

// ---------------------------------------------------------------------------------------------
// Listing

export const MEASURE_SORT_KEYS = ['code', 'title', 'category', 'status', 'startDate', 'lastProgress', 'leadUnit'] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

export const measureListFilter = z.object({
  statuses: z.array(measureStatus).optional(),
  categories: z.array(measureCategory).optional(),
  /** lead or partner unit */
  unit: z.string().trim().max(40).optional(),
  portId: portId.optional(),
  /** words in code, title, description, units or progress notes */
  search: z.string().trim().max(60, '搜索词不超过 60 个字').optional(),
  /** only the measures needing attention: stalled, overdue, or either */
  flag: z.enum(['stalled', 'overdue', 'attention']).optional(),
  sort: z
    .object({ by: z.enum(MEASURE_SORT_KEYS), order: z.enum(['asc', 'desc']).default('asc') })
    .optional(),
});
export type MeasureListFilter = z.input<typeof measureListFilter>;

// ---------------------------------------------------------------------------------------------
// Effect

const effectInterval = z.object({ low: z.number(), high: z.number(), level: z.number() });
const effectWindow = z.object({
  from: z.string(),
  to: z.string(),
  elapsedDays: z.number().int(),
  dataDays: z.number().int(),
  closedDays: z.number().int(),
  blankDays: z.number().int(),
  mean: z.number().nullable(),
});
export const effectResult = z.object({
  startDate: z.string(),
  windowDays: z.number().int(),
  scale: z.enum(['ratio', 'difference']),
  before: effectWindow,
  after: effectWindow,
  yearEarlierStart: z.string(),
  yearEarlierBefore: effectWindow,
  yearEarlierAfter: effectWindow,
  difference: z.number().nullable(),
  changePct: z.number().nullable(),
  yearEarlierDifference: z.number().nullable(),
  yearEarlierChangePct: z.number().nullable(),
  effect: z.number().nullable(),
  interval: effectInterval.nullable(),
  verdict: z.enum(['increase', 'decrease', 'noClearChange', 'insufficient']),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
  overlaps: z.array(z.object({ label: z.string(), date: z.string(), where: z.enum(['current', 'yearEarlier']) })),
  blockDays: z.number().int(),
});

/** One day of the chart: `offset` days from the start date, this year and the same day a year earlier. */
export const effectChartPoint = z.object({
  offset: z.number().int(),
  date: z.string(),
  value: z.number().nullable(),
  portOpen: z.boolean().nullable(),
  yearEarlierDate: z.string(),
  yearEarlierValue: z.number().nullable(),
  yearEarlierPortOpen: z.boolean().nullable(),
});

export const metricEffect = z.object({
  metric: metricKey,
  label: z.string(),
  unit: z.string(),
  better: z.enum(['lower', 'higher']),
  target: measureTarget.nullable(),
  effect: effectResult,
  /** whether the change went the way the measure wants (null without a clear change) */
  favourable: z.boolean().nullable(),
  /** one plain Chinese sentence: what happened, or why nothing can be said */
  summary: z.string(),
  /** what was compared with what, in plain Chinese, for an official who asks "why" */
  explanation: z.string(),
  /** the daily values of both windows this year and a year earlier, aligned on the start date */
  chart: z.array(effectChartPoint),
});
export type MetricEffect = z.infer<typeof metricEffect>;

export const MIN_WINDOW_DAYS = 14;
export const MAX_WINDOW_DAYS = 365;

export const measureEffectOutput = z.object({
  measureId: z.number().int(),
  code: z.string(),
  title: z.string(),
  portId: z.number().int(),
  startDate: z.string().nullable(),
  windowDays: z.number().int(),
  today: z.string(),
  /** set when no figure can be compared at all (not started, no figures named) */
  unavailable: z.string().nullable(),
  metrics: z.array(metricEffect),
});
export type MeasureEffectOutput = z.infer<typeof measureEffectOutput>;

// ---------------------------------------------------------------------------------------------
// Overview

export const figureStanding = z.object({
  metric: metricKey,
  label: z.string(),
  unit: z.string(),
  target: measureTarget.nullable(),
  /** "进口整体通关时间 ≤ 10 小时" */
  targetText: z.string().nullable(),
  /** daily mean over the recent window, in the metric's unit */
  current: z.number().nullable(),
  currentDataDays: z.number().int(),
  /** daily mean over the same length before the start date, for "由 X 降至 Y" */
  beforeStart: z.number().nullable(),
  met: z.boolean().nullable(),
});
export type FigureStanding = z.infer<typeof figureStanding>;

export const overviewRow = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  category: measureCategory,
  status: measureStatus,
  leadUnit: z.string(),
  startDate: z.string().nullable(),
  stalled: z.boolean(),
  overdue: z.boolean(),
  lastProgress: z.object({ date: z.string(), note: z.string() }).nullable(),
  figures: z.array(figureStanding),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const statusCounts = z.object({
  planned: z.number().int(),
  inProgress: z.number().int(),
  inForce: z.number().int(),
  suspended: z.number().int(),
  ended: z.number().int(),
});

export const overviewMonth = z.object({
  month: z.string(),
  /** how many measures were in each status at the end of the month (or on the overview date) */
  byStatus: statusCounts,
  notes: z.number().int(),
  statusChanges: z.number().int(),
  started: z.number().int(),
});

export const measuresOverviewOutput = z.object({
  portId: z.number().int(),
  asOf: z.string(),
  /** the recent window of "where each figure stands now" */
  currentFrom: z.string(),
  currentTo: z.string(),
  counts: statusCounts.extend({ total: z.number().int(), stalled: z.number().int(), overdue: z.number().int() }),
  months: z.array(overviewMonth),
  rows: z.array(overviewRow),
});
export type MeasuresOverview = z.infer<typeof measuresOverviewOutput>;

// ---------------------------------------------------------------------------------------------
// Template

export const templateEntry = z.object({
  code: z.string(),
  title: z.string(),
  category: measureCategory,
  description: z.string(),
  leadUnit: z.string(),
  partnerUnits: z.array(z.string()),
  metrics: z.array(metricKey),
  targets: z.array(measureTarget),
  /** a measure with this code is already in the register */
  inRegister: z.boolean(),
});

// ---------------------------------------------------------------------------------------------

export const DEFAULT_CURRENT_DAYS = 30;

export const measuresContract = {
  listMeasures: method({
    input: measureListFilter.optional(),
    output: z.object({
      today: z.string(),
      items: z.array(measureSummary),
      /** measures in the register before filtering */
      total: z.number().int(),
      /** every unit named in the register, for the unit filter */
      units: z.array(z.string()),
    }),
    write: false,
  }),
  getMeasure: method({ input: z.object({ id: measureId }), output: measureDetail, write: false }),
  createMeasure: method({ input: createMeasureInput, output: measureDetail, write: true }),
  updateMeasure: method({ input: updateMeasureInput, output: measureDetail, write: true }),
  deleteMeasure: method({
    input: z.object({ id: measureId }),
    output: z.object({ id: z.number().int(), code: z.string() }),
    write: true,
  }),
  changeMeasureStatus: method({
    input: z.object({
      id: measureId,
      expectedRevision: z.number().int().min(1),
      to: measureStatus,
      /** the day the change took effect; leaving 计划中 makes it the start date, 已结束 the end date */
      date: isoDate,
      note: z.string().trim().max(500, '说明不超过 500 个字').default(''),
    }),
    output: measureDetail,
    write: true,
  }),
  addMeasureProgress: method({
    input: z.object({
      id: measureId,
      date: isoDate,
      note: z.string({ error: '请填写推进情况' }).trim().min(1, '请填写推进情况').max(500, '推进情况不超过 500 个字'),
    }),
    output: measureDetail,
    write: true,
  }),
  getMeasureTemplate: method({
    input: z.object({}).strict().optional(),
    output: z.object({ entries: z.array(templateEntry), registerEmpty: z.boolean() }),
    write: false,
  }),
  /** Copies template entries into the register as 计划中 (all, or the codes given); existing codes are skipped. */
  applyMeasureTemplate: method({
    input: z.object({
      codes: z.array(z.string()).min(1, '请至少选择一项').optional(),
      portIds: z.array(portId).min(1, '请至少选择一个口岸'),
    }),
    output: z.object({ added: z.array(z.string()), skipped: z.array(z.string()) }),
    write: true,
  }),
  measureEffect: method({
    input: z.object({
      id: measureId,
      /** one of the measure's ports; default its first */
      portId: portId.optional(),
      windowDays: z
        .number({ error: '观察期应为天数' })
        .int('观察期应为整数天')
        .min(MIN_WINDOW_DAYS, `观察期至少 ${MIN_WINDOW_DAYS} 天`)
        .max(MAX_WINDOW_DAYS, `观察期最多 ${MAX_WINDOW_DAYS} 天`)
        .default(90),
      /** only this figure (default: every figure the measure targets) */
      metric: metricKey.optional(),
    }),
    output: measureEffectOutput,
    write: false,
  }),
  /** Counts, progress over time and where each target stands: the measures part of the briefing. */
  measuresOverview: method({
    input: z.object({
      portId,
      /** the day the overview is for (default today); figures run to the day before */
      asOf: isoDate.optional(),
      /** months of "progress over time" (default 12) */
      months: z.number().int().min(1).max(60).default(12),
      /** length of the recent window the current figures are averaged over (default 30) */
      currentDays: z.number().int().min(7).max(365).default(DEFAULT_CURRENT_DAYS),
    }),
    output: measuresOverviewOutput,
    write: false,
  }),
  /** The register as an .xlsx workbook (measures and their progress log), base64-encoded. */
  exportMeasuresXlsx: method({
    input: measureListFilter.optional(),
    output: z.object({ fileName: z.string(), base64: z.string(), count: z.number().int() }),
    write: false,
  }),
};
