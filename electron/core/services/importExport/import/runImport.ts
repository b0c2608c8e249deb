import type { ImportSheet } from '../../../../../shared/contract/importExport';
import type { Port } from '../../../../../shared/contract/ports';
import { AppError } from '../../../../../shared/contract/result';
import { todayInShanghai } from '../../../../../shared/domain/dates';
import type { ColumnMapping } from '../../../../../shared/domain/import/headerMatch';
import { isBlankRow } from '../../../../../shared/domain/import/rowToDay';
import type { CoreDeps } from '../../../types';
import { listPortRows, portOf } from '../../../data/ports';
import { analyseSheet, ignoredColumns, type AnalysedSheet } from './analyseSheet';
import { comparePreview } from './comparePreview';
import { convertRows } from './convertRows';
import { refuseDuplicateDays } from './duplicateDays';
import type { JobState } from './importJobs';
import { rememberedMapping } from './mappingStore';
import { createPortLookup } from './portLookup';
import { disabledPortMessage } from '../../../data/ports';
import { readSpreadsheetInWorker } from './readInWorker';
import { refuse } from './refusal';
import type { SpreadsheetData } from './sheetData';

export interface RunImportInput {
  fileName: string;
  bytes: Uint8Array;
  defaultPort: Port | null;
  mappings: Record<string, ColumnMapping> | undefined;
}

/** Lets the host answer progress polls and a cancel between chunks of work. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

function toImportSheet(a: AnalysedSheet): ImportSheet {
  return {
    name: a.sheet.name,
    headerRow: a.headerIndex === null ? null : a.headerIndex + 1,
    rowCount: a.headerIndex === null ? a.sheet.rows.length : a.sheet.rows.length - a.headerIndex - 1,
    signature: a.signature,
    mapping: a.mapping,
    samples: a.samples,
    problems: a.problems,
    remembered: a.remembered,
    skipped: a.skipped,
  };
}

function firstRowText(data: SpreadsheetData): string {
  for (const sheet of data.sheets) {
    const row = sheet.rows.find((r) => !isBlankRow(r));
    if (row) return row.filter((c) => c !== null && String(c).trim() !== '').slice(0, 8).map(String).join('、');
  }
  return '';
}

function noColumnsMessage(data: SpreadsheetData): string {
  const first = firstRowText(data);
  return (
    '文件中没有找到可识别的列。程序按表头识别各列：表头应有“日期”一列，以及“进口货运量(吨)”“出口货值(万元)”“入境人员”等字段名（中文或英文均可）。' +
    (first ? `文件中第一行有内容的是：${first}。` : '文件中没有任何内容。')
  );
}

/**
 * The import, from bytes to preview, run in the background: read the file, find each sheet's header
 * and mapping, turn rows into days, refuse repeated days, compare with the store. It stops at any
 * refusal (job failed, nothing written), when a mapping needs the user (needsMapping), or when
 * cancelled; writing happens only in applyImport.
 */
export async function runImport(job: JobState, input: RunImportInput, deps: CoreDeps): Promise<void> {
  const cancelled = () => {
    job.status = 'cancelled';
    job.toWrite = null;
  };
  try {
    await yieldNow();
    if (job.cancelRequested) return cancelled();
    job.percent = 2;
    // Off this thread: a hostile file costs the worker, never the others' requests (see readInWorker).
    const data = await readSpreadsheetInWorker(input.fileName, input.bytes);
    if (job.cancelRequested) return cancelled();

    job.phase = 'matching';
    job.percent = 30;
    const analysed = data.sheets.map((sheet) =>
      analyseSheet(sheet, { provided: input.mappings, remembered: (sig) => rememberedMapping(deps.store, sig) }),
    );
    job.sheets = analysed.map(toImportSheet);
    const recognised = analysed.filter((a) => a.headerIndex !== null);
    if (recognised.length === 0) {
      throw refuse(noColumnsMessage(data), data.sheets.length > 1 ? analysed.map((a) => a.skipped ?? '').filter(Boolean) : []);
    }
    if (recognised.some((a) => a.problems.length > 0)) {
      job.status = 'needsMapping';
      job.phase = 'finished';
      job.percent = 100;
      return;
    }
    // Mappings the person corrected are remembered when the import is applied (a write, audited).
    job.mappingsToRemember = recognised
      .filter((a) => input.mappings?.[a.signature!])
      .map((a) => ({ signature: a.signature!, headers: a.sheet.rows[a.headerIndex!]!.map((c) => (c === null ? '' : String(c))), mapping: a.mapping }));
    const withoutPortColumn = recognised.some((a) => !a.mapping.some((m) => m.target === 'port'));
    if (!input.defaultPort && withoutPortColumn) {
      throw refuse('文件中没有“口岸”列，请先选择要把数据导入到哪个口岸。');
    }
    // A file that names its ports row by row may be read while a disabled port is chosen.
    if (input.defaultPort?.disabledAt && withoutPortColumn) throw refuse(disabledPortMessage(input.defaultPort.name));

    job.phase = 'converting';
    job.rowsTotal = recognised.reduce((n, a) => n + a.sheet.rows.length - a.headerIndex! - 1, 0);
    const converted = await convertRows(recognised, {
      today: todayInShanghai(deps.now()),
      defaultPort: input.defaultPort,
      findPort: createPortLookup(listPortRows(deps.store.sqlite).map(portOf)),
      async onProgress(done) {
        job.rowsDone = done;
        job.percent = 32 + (58 * done) / Math.max(1, job.rowsTotal);
        await yieldNow();
        return !job.cancelRequested;
      },
    });
    if (converted.stopped || job.cancelRequested) return cancelled();
    if (converted.days.length === 0 && converted.invalidRows === 0) {
      throw refuse('文件中只有表头，没有数据行，没有可导入的数据。');
    }
    refuseDuplicateDays(converted.days);

    job.phase = 'comparing';
    job.percent = 90;
    await yieldNow();
    if (job.cancelRequested) return cancelled();
    const { preview, toWrite, declined } = comparePreview(deps.store, converted, data.sheets.map((s) => s.name));
    preview.ignoredColumns = recognised.flatMap((a) => ignoredColumns(a).map((c) => ({ sheet: a.sheet.name, ...c })));
    job.preview = preview;
    job.toWrite = toWrite;
    job.declined = declined;
    job.status = 'done';
    job.phase = 'finished';
    job.percent = 100;
  } catch (e) {
    if (job.cancelRequested) return cancelled();
    job.status = 'failed';
    job.toWrite = null;
    job.error =
      e instanceof AppError
        ? { code: e.code, message: e.message, details: Array.isArray(e.details) ? e.details.map(String) : [] }
        : { code: 'INTERNAL', message: '读取文件时程序出错，未写入任何数据。请确认文件能在 Excel 中正常打开后重试。', details: [] };
    if (!(e instanceof AppError)) deps.logError?.('startImport', e);
  }
}
