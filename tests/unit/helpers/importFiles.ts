import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ImportJob } from '../../../shared/contract/importExport';
import type { MethodInput } from '../../../shared/contract';
import { TEST_CTX, type TestCore } from './tempCore';

export type Cell = string | number | boolean | Date | null | { formula: string; result?: number | string };

/** An .xlsx workbook built in memory: sheet name → rows (row 1 first). */
export async function xlsxFile(sheets: Record<string, Cell[][]>, merges: Record<string, string[]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]);
    for (const range of merges[name] ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV text as Excel writes it: cells with the separator, quotes or line breaks in quotes. */
export function csvFile(rows: (string | number)[][], separator = ','): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

export const HEADER = ['日期', '入境人员', '出境人员', '进口货运量(吨)', '出口货值(万元)', '口岸开放', '闭关原因'];

type StartInput = Partial<MethodInput<'startImport'>> & { bytes: Buffer | string };

/** Starts an import and waits until it stops running; returns the job, or the refusal of startImport itself. */
export async function importFile(core: TestCore, { bytes, ...rest }: StartInput): Promise<ImportJob> {
  const content = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const r = await core.call(
    'startImport',
    { fileName: 'data.xlsx', defaultPortId: 1, contentBase64: content.toString('base64'), ...rest },
    TEST_CTX,
  );
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return waitForJob(core, (r.value as { jobId: string }).jobId);
}

export async function waitForJob(core: TestCore, jobId: string): Promise<ImportJob> {
  for (let i = 0; i < 2000; i++) {
    const job = await core.ok('getImportJob', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('import job did not finish');
}

/** The refusal of a job that failed: its message (and details). */
export function failure(job: ImportJob): { message: string; details: string[] } {
  expect(job.status, `expected the import to be refused, got ${job.status}`).toBe('failed');
  return { message: job.error!.message, details: job.error!.details };
}

export function recordCount(core: TestCore): number {
  return (core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get() as { n: number }).n;
}
