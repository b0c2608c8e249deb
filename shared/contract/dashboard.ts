import { z } from './zodChinese';
import { method } from './define';
import { isoDate, portId } from './common';
import { daysBetween, isValidIsoDate } from '../domain/dates';
import { DAY_TYPES, type DayType } from '../domain/dayType';
import { METRIC_KEYS, type MetricKey, type MetricKind } from '../domain/metrics';
import { isCanonicalPeriod, type Granularity, type PeriodKind } from '../domain/periods';

/**
 * What the officials' dashboard reads, and the briefing after it: KPIs of a period with their 同比
 * and 环比, and trend series. Every figure is summed in the store (GROUP BY over buckets of days),
 * never by sending days to the renderer.
 */

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year', 'ytd', 'range'] as const satisfies readonly PeriodKind[];
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const satisfies readonly Granularity[];
const METRIC_KINDS = ['yuan', 'kg', 'persons', 'vehicles', 'declarations', 'centihours', 'days'] as const satisfies readonly MetricKind[];

/** The longest span one call covers: decades of history, yet a typo such as year 2205 is refused. */
export const MAX_SPAN_YEARS = 50;
export const MAX_PORTS_COMPARED = 10;

const metricKey = z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]]);
const spanOk = (from: string, to: string) => !isValidIsoDate(from) || !isValidIsoDate(to) || daysBetween(from, to) < MAX_SPAN_YEARS * 366;

export const portIdsInput = z
  .array(portId, { error: '请选择口岸' })
  .min(1, '请至少选择一个口岸')
  .max(MAX_PORTS_COMPARED, `一次最多比较 ${MAX_PORTS_COMPARED} 个口岸`)
  .refine((ids) => new Set(ids).size === ids.length, '同一口岸选了两次');

export const periodInput = z
  .object({ kind: z.enum(PERIOD_KINDS, { error: '时段类型无效' }), from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((p) => isCanonicalPeriod(p), { message: '时段的起止日期与类型不符（如“月”应从 1 日到月末，“周”应从周一到周日）', path: ['from'] })
  .refine((p) => spanOk(p.from, p.to), { message: `时间范围最长 ${MAX_SPAN_YEARS} 年`, path: ['to'] });

const periodInfo = z.object({
  kind: z.enum(PERIOD_KINDS),
  from: z.string(),
  to: z.string(),
  /** "2025年6月", "2025年1–6月累计", "2025年6月1日–2025年6月15日" */
  label: z.string(),
  days: z.number().int(),
});
export type PeriodInfo = z.infer<typeof periodInfo>;

/** How complete the records of a span are, summed over the chosen ports (port-days). */
const coverage = z.object({
  /** calendar days of the span */
  calendarDays: z.number().int(),
  /** calendar days × ports */
  portDays: z.number().int(),
  recordedDays: z.number().int(),
  /** port-days without a record: "本期缺少 N 天数据" */
  missingDays: z.number().int(),
  openDays: z.number().int(),
  closedDays: z.number().int(),
  /** recorded days whose 口岸开放 was left blank */
  openUnknownDays: z.number().int(),
  /** weekends and holidays by the day-type calendar, and on how many of them the port was open */
  restDays: z.number().int(),
  restDaysOpen: z.number().int(),
  byPort: z.array(
    z.object({
      portId: z.number().int(),
      recordedDays: z.number().int(),
      missingDays: z.number().int(),
      openDays: z.number().int(),
      closedDays: z.number().int(),
    }),
  ),
});
export type Coverage = z.infer<typeof coverage>;

const kpiFigure = z.object({
  key: metricKey,
  label: z.string(),
  kind: z.enum(METRIC_KINDS),
  better: z.enum(['higher', 'lower']),
  /** stored units (kg, 元, 人次, 1/100 h, days); null when nothing was entered */
  current: z.number().nullable(),
  previous: z.number().nullable(),
  lastYear: z.number().nullable(),
  /** 环比 and 同比 in percent; null for a missing or zero base */
  momPct: z.number().nullable(),
  yoyPct: z.number().nullable(),
  /** the figure per bucket of `spark.buckets`, for a sparkline */
  spark: z.array(z.number().nullable()),
});
export type KpiFigure = z.infer<typeof kpiFigure>;

const portRef = z.object({ id: z.number().int(), name: z.string() });

/** A 同比 or 环比 withheld because its base is incomplete: "基期数据不全", and why on hover. */
const withheld = z.object({ label: z.string(), reason: z.string() }).nullable();
export type Withheld = z.infer<typeof withheld>;
const withheldChanges = z.object({ mom: withheld, yoy: withheld });

/** One port's figures when several are compared: its own bases, its own 同比 and 环比. */
const portFigures = z.object({
  portId: z.number().int(),
  figures: z.array(kpiFigure.pick({ key: true, current: true, previous: true, lastYear: true, momPct: true, yoyPct: true })),
  withheld: withheldChanges,
});
export type PortFigures = z.infer<typeof portFigures>;

export const kpiReport = z.object({
  /** today at the port, the day the report was made */
  asOf: z.string(),
  ports: z.array(portRef),
  /** the period as chosen; its label says "（截至…）" while it is still running */
  chosen: periodInfo,
  /** the days compared: the whole period, or through its last recorded day while it runs */
  current: periodInfo,
  /** the 环比 base; null for 1–N月累计, which bulletins give with 同比 only */
  previous: periodInfo.nullable(),
  lastYear: periodInfo,
  /** days of the chosen period after its last recorded day while it runs, in no figure */
  futureDays: z.number().int(),
  coverage: z.object({ current: coverage, previous: coverage.nullable(), lastYear: coverage }),
  figures: z.array(kpiFigure),
  /** the total's 环比 / 同比 withheld for an incomplete base (then every momPct / yoyPct is null) */
  withheld: withheldChanges,
  /** per port, when more than one is compared (empty for one) */
  byPort: z.array(portFigures),
  spark: z.object({
    granularity: z.enum(GRANULARITIES),
    buckets: z.array(z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string() })),
  }),
});
export type KpiReport = z.infer<typeof kpiReport>;

const trendPoint = z.object({
  /** bucket key, in time order: '2025-06-03', '2025-W24', '2025-06', '2025-Q2', '2025' */
  key: z.string(),
  /** "2025年第24周" (tooltips) and "第24周" (axis) */
  label: z.string(),
  shortLabel: z.string(),
  from: z.string(),
  to: z.string(),
  /** cut by the range's start or end, so it holds fewer days than its neighbours */
  partial: z.boolean(),
  /** one value per port, in the order of `ports` */
  values: z.array(z.number().nullable()),
  /** all chosen ports together */
  total: z.number().nullable(),
  /** the same bucket a year earlier, per port and together; null when not asked for or not existing (29 February) */
  lastYearValues: z.array(z.number().nullable()).nullable(),
  lastYearTotal: z.number().nullable(),
  /** port-days of the bucket without a record, and recorded closed */
  missingDays: z.number().int(),
  closedDays: z.number().int(),
  closureReasons: z.array(z.string()),
  /** for a day bucket: its day type by the calendar */
  dayType: (z.enum(DAY_TYPES) as z.ZodType<DayType>).nullable(),
});
export type TrendPoint = z.infer<typeof trendPoint>;

const trendSeries = z.object({
  key: metricKey,
  label: z.string(),
  kind: z.enum(METRIC_KINDS),
  better: z.enum(['higher', 'lower']),
  points: z.array(trendPoint),
  /** the number of buckets before thinning, when there were too many to draw; else null */
  downsampledFrom: z.number().int().nullable(),
});
export type TrendSeries = z.infer<typeof trendSeries>;

/** A dated event drawn on trend charts (a measure's start …). */
const trendMarker = z.object({
  date: z.string(),
  /** the bucket the date falls in at the report's granularity */
  bucketKey: z.string(),
  kind: z.enum(['measure']),
  label: z.string(),
});
export type TrendMarker = z.infer<typeof trendMarker>;

export const trendReport = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(GRANULARITIES),
  /** what the range alone would choose, so a switcher can offer "自动" */
  autoGranularity: z.enum(GRANULARITIES),
  ports: z.array(portRef),
  series: z.array(trendSeries),
  markers: z.array(trendMarker),
});
export type TrendReport = z.infer<typeof trendReport>;

export const dataExtent = z.object({
  /** first and last day with a record in any of the ports; null in an empty store */
  first: z.string().nullable(),
  last: z.string().nullable(),
  recordedDays: z.number().int(),
});
export type DataExtent = z.infer<typeof dataExtent>;

export const dashboardContract = {
  /** KPIs of a period for one or several ports (summed), with 环比, 同比, coverage and sparklines. */
  getDashboardKpis: method({
    input: z.object({ portIds: portIdsInput, period: periodInput }),
    output: kpiReport,
    write: false,
  }),
  /** Trend series of several figures over a range, by bucket, with last year's overlay. */
  getDashboardTrends: method({
    input: z
      .object({
        portIds: portIdsInput,
        from: isoDate,
        to: isoDate,
        /** omitted or null: chosen from the range (periods.chooseGranularity) */
        granularity: z.enum(GRANULARITIES, { error: '统计粒度无效' }).nullable().optional(),
        metrics: z
          .array(metricKey, { error: '请选择指标' })
          .min(1, '请至少选择一个指标')
          .max(METRIC_KEYS.length)
          .refine((m) => new Set(m).size === m.length, '同一指标选了两次'),
        lastYear: z.boolean().default(true),
        /**
         * start at the ports' first recorded day when that is earlier than `from` (a trend over all
         * years): asked in one go, without first asking for the extent; the report says where it starts
         */
        fromFirstRecord: z.boolean().optional(),
      })
      .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
      .refine((r) => spanOk(r.from, r.to), { message: `时间范围最长 ${MAX_SPAN_YEARS} 年`, path: ['to'] }),
    output: trendReport,
    write: false,
  }),
  /** The first and last recorded day of the ports: for the default period and the empty state. */
  getDataExtent: method({
    input: z.object({ portIds: portIdsInput }),
    output: dataExtent,
    write: false,
  }),
};
