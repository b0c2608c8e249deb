import type { Writable } from 'node:stream';
import { AppError } from '../../../../../shared/contract/result';
import type { ExportFormat, ExportLayout } from '../../../../../shared/contract/importExport';
import type { CoreDeps } from '../../../types';
import { exportPages, planExport, type ExportPlan } from './exportSelection';
import type { ExportWriter } from './exportWriter';
import { createCsvWriter } from './writeCsv';
import { createXlsxWriter } from './writeXlsx';
import { DEMO_LABEL } from '../demo/demoInPeriod';

export const MIME_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

export interface ExportArgs {
  portIds: number[];
  from: string;
  to: string;
  format: ExportFormat;
  layout: ExportLayout;
}

/** An export about to be written: what it holds, and the name and title that say so. */
export interface PlannedExport {
  args: ExportArgs;
  plan: ExportPlan;
  fileName: string;
  mimeType: string;
  title: string;
}

/** The line an export holding demo figures starts with (each sheet of an .xlsx, the first line of a .csv). */
export const DEMO_NOTE = `${DEMO_LABEL}：本文件中有来自演示数据的数字，不是口岸的真实数据`;

function safeFilePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Counts the export's rows and names its file; an empty selection is refused before anything is written. */
export function prepareExport(deps: CoreDeps, args: ExportArgs): PlannedExport {
  const plan = planExport(deps, args);
  if (plan.rows === 0) throw new AppError('NOT_FOUND', `所选口岸在 ${args.from} 至 ${args.to} 期间没有任何已录入的数据，没有可导出的内容`);
  const portPart = plan.ports.length === 1 ? plan.ports[0]!.name : `${plan.ports.length}个口岸`;
  return {
    args,
    plan,
    fileName: `${safeFilePart(portPart)}_${args.from}_${args.to}${plan.includesDemo ? '_演示数据' : ''}.${args.format}`,
    mimeType: MIME_TYPES[args.format],
    title: `${portPart} ${args.from} 至 ${args.to} 每日通关数据${plan.includesDemo ? ` ${DEMO_LABEL}` : ''}`,
  };
}

/** Lets the host answer other calls (a progress poll) and the file stream flush between pages. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

function writerFor(planned: PlannedExport, out: Writable): ExportWriter {
  const { args, plan } = planned;
  const note = plan.includesDemo ? DEMO_NOTE : undefined;
  if (args.format === 'csv') return createCsvWriter(out, note);
  const sheets = args.layout === 'singleSheet' ? ['每日数据'] : plan.ports.map((p) => p.name);
  return createXlsxWriter(out, planned.title, sheets, note);
}

/**
 * Writes the planned export to `out` page by page, ending it. `onProgress` hears the rows written
 * after each page and may answer false to stop (cancelled): the stream is then destroyed unfinished.
 * Returns whether the file was completed.
 */
export async function writeExport(deps: CoreDeps, planned: PlannedExport, out: Writable, onProgress: (rowsWritten: number) => boolean = () => true): Promise<boolean> {
  // A stream's error (a full disk) can come while no one awaits it: held here, thrown at the next page.
  let failure: Error | null = null;
  out.on('error', (e: Error) => (failure ??= e));
  const writer = writerFor(planned, out);
  const oneSheet = planned.args.format === 'csv' || planned.args.layout === 'singleSheet';
  let written = 0;
  if (oneSheet) writer.startSheet();
  for (const port of planned.plan.ports) {
    if (!oneSheet) writer.startSheet();
    for (const rows of exportPages(deps, port, planned.args)) {
      writer.addRows(rows);
      written += rows.length;
      if (!onProgress(written)) {
        out.destroy();
        return false;
      }
      if (failure) throw failure;
      await writer.caughtUp();
      await yieldNow();
    }
  }
  await writer.finish();
  if (failure) throw failure;
  return true;
}
