import { z } from './zodChinese';
import { method } from './define';
import { emptyInput, isoDate, portId } from './common';
import { dayValuesSchema } from './dayValues';
import { fieldChange } from './days';
import { DAY_VALUE_KEYS, NUMERIC_FIELD_KEYS } from '../domain/dailyFields';
import type { ImportTarget } from '../domain/import/headerMatch';
import { MAX_IMPORT_BODY_BYTES } from '../domain/import/limits';

// ---------------------------------------------------------------------------------------------
// Import

export const IMPORT_TARGETS = ['date', 'port', ...DAY_VALUE_KEYS] as [ImportTarget, ...ImportTarget[]];

/** One column of a sheet and what it is imported as (shared/domain/import/headerMatch.ts ColumnMatch). */
export const columnMatch = z.object({
  index: z.number().int().min(0),
  header: z.string(),
  target: z.enum(IMPORT_TARGETS).nullable(),
  unitFactor: z.object({ unit: z.string(), exp10: z.number().int() }).nullable(),
  hint: z.string().nullable(),
});
export const columnMapping = z.array(columnMatch);

const jobId = z.string({ error: '缺少导入任务编号' }).min(1, '缺少导入任务编号').max(64);

export const importSheet = z.object({
  name: z.string(),
  /** the header row's number in the sheet (1-based); null when no header was recognised */
  headerRow: z.number().int().nullable(),
  /** data rows below the header, blank rows included */
  rowCount: z.number().int(),
  signature: z.string().nullable(),
  mapping: columnMapping,
  /** a few values of each column under the header, for the mapping dialog */
  samples: z.array(z.array(z.string())),
  problems: z.array(z.string()),
  /** the mapping was one the user corrected before for this shape of sheet */
  remembered: z.boolean(),
  /** why the sheet is left out (no recognisable header), or null */
  skipped: z.string().nullable(),
});
export type ImportSheet = z.infer<typeof importSheet>;

const rowRef = { sheet: z.string(), row: z.number().int() };
const dayRef = { ...rowRef, portId: z.number().int(), portName: z.string(), date: z.string() };

export const importPreview = z.object({
  counts: z.object({
    newDays: z.number().int(),
    changedDays: z.number().int(),
    unchangedDays: z.number().int(),
    invalidRows: z.number().int(),
    /** figures far outside the port's usual range (electron/core/services/days/rangeWarnings.ts): applied only once confirmed */
    rangeWarnings: z.number().int(),
    /** rows of zeros with a remark naming a closure, proposed as closed (shared/domain/import/closureRemark.ts) */
    proposedClosures: z.number().int(),
  }),
  /**
   * each day proposed as closed, with the reason taken from its remark: written closed unless the
   * clerk declines or rewords it (applyImport's closures)
   */
  proposedClosures: z.array(z.object({ ...dayRef, reason: z.string() })),
  newDays: z.array(z.object({ ...dayRef, values: dayValuesSchema })),
  changedDays: z.array(z.object({ ...dayRef, changes: z.array(fieldChange) })),
  invalidRows: z.array(z.object({ ...rowRef, column: z.string(), reason: z.string() })),
  /** each figure to confirm: where it is in the file (its column named as there) and the day form's message */
  rangeWarnings: z.array(z.object({ ...dayRef, field: z.enum(NUMERIC_FIELD_KEYS), column: z.string(), message: z.string() })),
  /** the lists above stop at this many entries each; the counts are complete */
  listLimit: z.number().int(),
  /** first and last date among the valid rows, null when there are none */
  from: z.string().nullable(),
  to: z.string().nullable(),
  ports: z.array(z.object({ portId: z.number().int(), portName: z.string(), days: z.number().int() })),
  /** headers of columns that are not imported (unrecognised ones the user may want to map) */
  ignoredColumns: z.array(z.object({ sheet: z.string(), column: z.string(), hint: z.string().nullable() })),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const IMPORT_JOB_STATUSES = ['running', 'needsMapping', 'done', 'failed', 'cancelled', 'applied'] as const;
export const IMPORT_PHASES = ['reading', 'matching', 'converting', 'comparing', 'finished'] as const;

export const importResult = z.object({ saved: z.number().int(), unchanged: z.number().int(), skippedInvalid: z.number().int() });

export const importJob = z.object({
  jobId: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_JOB_STATUSES),
  phase: z.enum(IMPORT_PHASES),
  /** 0–100 */
  percent: z.number(),
  rowsDone: z.number().int(),
  rowsTotal: z.number().int(),
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.string()) }).nullable(),
  sheets: z.array(importSheet),
  preview: importPreview.nullable(),
  result: importResult.nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

// ---------------------------------------------------------------------------------------------
// Export

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** xlsx only: a sheet per port, or every port in one long sheet (CSV is always one table) */
export const EXPORT_LAYOUTS = ['sheetPerPort', 'singleSheet'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const exportRequest = z
  .object({
    portIds: z.array(portId).min(1, '请至少选择一个口岸').max(200),
    from: isoDate,
    to: isoDate,
    format: z.enum(EXPORT_FORMATS, { error: '请选择导出格式' }),
    layout: z.enum(EXPORT_LAYOUTS).default('sheetPerPort'),
  })
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] });

export const exportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  rows: z.number().int(),
  includesDemo: z.boolean(),
});
export type ExportFile = z.infer<typeof exportFile>;

export const EXPORT_JOB_STATUSES = ['running', 'done', 'failed'] as const;

const exportJobId = z.string({ error: '缺少导出任务编号' }).min(1, '缺少导出任务编号').max(64);

/** An export written to a file in the background (startExport), as its progress is polled. */
export const exportJob = z.object({
  jobId: z.string(),
  status: z.enum(EXPORT_JOB_STATUSES),
  rowsWritten: z.number().int(),
  rowsTotal: z.number().int(),
  fileName: z.string(),
  includesDemo: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /**
   * once done, the one-time key the browser host's download takes (GET /download/<token>, by the same
   * signed-in browser); the desktop app saves through saveExportFile instead
   */
  downloadToken: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJob>;

// ---------------------------------------------------------------------------------------------
// Demo data

export const demoStatus = z.object({
  /** daily records in the store, demo or not */
  totalRecords: z.number().int(),
  demoRecords: z.number().int(),
  /** what each demo contributor (daily figures, measures …) has in the store */
  parts: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});
export type DemoStatus = z.infer<typeof demoStatus>;

const demoParts = z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() }));

export const importExportContract = {
  /** Starts reading a file (base64) in the background; poll getImportJob for progress and the preview. */
  startImport: method({
    input: z.object({
      fileName: z.string().trim().min(1, '缺少文件名').max(255, '文件名过长'),
      contentBase64: z.string({ error: '缺少文件内容' }),
      /** the port of rows in a file without a port column */
      defaultPortId: portId.nullable(),
      /** mappings the user corrected, by sheet signature; remembered for the next file of that shape */
      mappings: z.record(z.string().max(80), columnMapping).optional(),
    }),
    output: z.object({ jobId: z.string() }),
    write: true,
    maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  }),
  getImportJob: method({ input: z.object({ jobId }), output: importJob, write: false }),
  /** Stops a running import, or discards a finished preview. Nothing is written either way. */
  cancelImport: method({ input: z.object({ jobId }), output: z.object({ cancelled: z.boolean() }), write: false }),
  /**
   * Writes the valid rows of a finished preview in one transaction (history source: import). A preview
   * with range warnings is applied only with confirmWarnings: true; otherwise nothing is written
   * (NEEDS_CONFIRMATION).
   */
  applyImport: method({
    input: z.object({
      jobId,
      confirmWarnings: z.boolean({ error: '请说明是否已核对预览中超出常见范围的数值' }),
      /** the clerk's word on proposed closures: a day left out here is written closed as proposed */
      closures: z
        .array(
          z.object({
            portId,
            date: isoDate,
            closed: z.boolean(),
            reason: z.string().trim().max(100, '闭关原因不超过 100 个字').nullable(),
          }),
        )
        .max(20_000)
        .optional(),
    }),
    output: importResult,
    write: true,
  }),

  /** A small export in one answer (base64). The page and the CLI use startExport, which streams. */
  exportData: method({ input: exportRequest, output: exportFile, write: false }),
  /**
   * Starts writing the export to a file in the data folder, a page of rows at a time (memory does not
   * grow with the period); poll getExportJob for rows written, then fetch the file once.
   */
  startExport: method({ input: exportRequest, output: z.object({ jobId: z.string(), rowsTotal: z.number().int() }), write: false }),
  getExportJob: method({ input: z.object({ jobId: exportJobId }), output: exportJob, write: false }),
  /**
   * Desktop app only: asks where to save the finished export (the system's save dialog) and copies it
   * there; the path comes from the dialog, never from the caller. The browser downloads it instead.
   */
  saveExportFile: method({
    input: z.object({ jobId: exportJobId }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), fileName: z.string() }), z.object({ status: z.literal('cancelled') })]),
    write: false,
  }),

  getDemoStatus: method({ input: emptyInput, output: demoStatus, write: false }),
  /** The demo touches every figure and the measures register: an administrator's decision. */
  loadDemoData: method({ input: emptyInput, output: z.object({ parts: demoParts }), write: true, adminOnly: true }),
  /** Removes demo values only: a day all demo goes, a day a person wrote over in part keeps their values (valueSources.ts). */
  removeDemoData: method({ input: emptyInput, output: z.object({ parts: demoParts }), write: true, adminOnly: true }),
};
