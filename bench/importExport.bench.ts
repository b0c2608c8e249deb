import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { openCore, type Core } from '../electron/core/openCore';
import { demoDay } from '../electron/core/services/demo/generateDemoDays';
import { writeXlsx } from '../electron/core/services/export/writeXlsx';
import { writeCsv } from '../electron/core/services/export/writeCsv';
import type { ExportRow } from '../electron/core/services/export/exportColumns';
import type { ImportJob } from '../shared/contract/importExport';
import { addDays } from '../shared/domain/dates';
import { weekdayDayType } from '../shared/domain/dayType';
import type { BenchRow, BenchSuite } from './harness';

const CTX = { actor: null, host: 'cli' as const };

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input, CTX);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** Days with every field filled in: the demo figures, a closure reason on closed days and a note on all. */
function fullRows(portName: string, from: string, days: number, seedOffset = 0): ExportRow[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const values = demoDay(addDays('2023-05-01', (i + seedOffset) % 1000), weekdayDayType(date));
    return { portName, date, dayType: weekdayDayType(date), values: { ...values, closureReason: values.closureReason ?? '—', note: `第 ${i + 1} 天` } };
  });
}

async function importAndApply(core: Core, fileName: string, bytes: Buffer): Promise<ImportJob> {
  const { jobId } = await call<{ jobId: string }>(core, 'startImport', { fileName, contentBase64: bytes.toString('base64'), defaultPortId: null, operator: 'bench' });
  let job: ImportJob;
  for (;;) {
    job = await call<ImportJob>(core, 'getImportJob', { jobId });
    if (job.status !== 'running') break;
    // Polled as the page does, if more often: the job must not share the thread with a busy loop.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (job.status !== 'done') throw new Error(`import ${job.status}: ${job.error?.message}`);
  return job;
}

/** Median of runs, each on a fresh store prepared outside the timing. */
async function timeOnFreshStore(ports: string[], runs: number, fn: (core: Core) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const core = await openCore({ dataDir: dir });
    for (const [n, name] of ports.entries()) if (name !== '樟木口岸') await call(core, 'createPort', { name, code: `P${n}`, operator: 'bench' });
    const t0 = performance.now();
    await fn(core);
    if (i > 0) times.push(performance.now() - t0); // the first run warms up
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

async function timeMedianOf(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    await fn();
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/**
 * Import and export at the sizes the issue names: ten years of one port with every field in an .xlsx
 * (against exceljs's bare read of the same file), 100,000 CSV rows of 20 ports (against papaparse's
 * bare parse), and the export of those 100,000 rows (against a bare SELECT and join).
 */
export const importExportSuite: BenchSuite = {
  name: '导入导出',
  async run() {
    const rows: BenchRow[] = [];

    // --- 10 years, one port, .xlsx
    const tenYears = await writeXlsx([{ name: '樟木口岸', rows: fullRows('樟木口岸', '2015-01-01', 3650) }], 'bench');
    const bareRead = await timeMedianOf(() => new ExcelJS.Workbook().xlsx.load(tenYears as unknown as ExcelJS.Buffer), 5);
    const preview = await timeOnFreshStore(['樟木口岸'], 5, (core) => importAndApply(core, '十年.xlsx', tenYears));
    const full = await timeOnFreshStore(['樟木口岸'], 5, async (core) => {
      const job = await importAndApply(core, '十年.xlsx', tenYears);
      await call(core, 'applyImport', { jobId: job.jobId, operator: 'bench' });
    });
    const goal = (ms: number) => ms < 1000 && ms <= 1.5 * bareRead;
    rows.push({ name: `10 年 1 口岸 .xlsx（3,650 行，${Math.round(tenYears.length / 1024)} KB）读取+预览`, ms: preview, baselineName: 'exceljs 裸读取', baselineMs: bareRead, goal: '< 1000 ms 且 ≤ 1.5× 裸读取', met: goal(preview) });
    rows.push({ name: '同上，读取+预览+写入', ms: full, baselineName: 'exceljs 裸读取', baselineMs: bareRead, goal: '< 1000 ms 且 ≤ 1.5× 裸读取', met: goal(full) });

    // --- 100,000 rows, 20 ports, CSV
    const ports = ['樟木口岸', ...Array.from({ length: 19 }, (_, i) => `口岸${i + 2}`)];
    const csvRows = ports.flatMap((name, p) => fullRows(name, '2012-01-01', 5000, p * 37));
    const csv = writeCsv(csvRows);
    const bareParse = await timeMedianOf(async () => Papa.parse(csv.toString('utf8'), { skipEmptyLines: false }), 3);
    const csvFull = await timeOnFreshStore(ports, 3, async (core) => {
      const job = await importAndApply(core, '二十口岸.csv', csv);
      await call(core, 'applyImport', { jobId: job.jobId, operator: 'bench' });
    });
    rows.push({ name: `100,000 行 20 口岸 CSV（${(csv.length / 1024 / 1024).toFixed(1)} MB）读取+预览+写入`, ms: csvFull, baselineName: 'papaparse 裸解析', baselineMs: bareParse, goal: '< 3000 ms', met: csvFull < 3000 });

    // --- export of the same 100,000 rows
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const core = await openCore({ dataDir: dir });
    for (const [n, name] of ports.entries()) if (n > 0) await call(core, 'createPort', { name, code: `P${n}`, operator: 'bench' });
    const job = await importAndApply(core, '二十口岸.csv', csv);
    await call(core, 'applyImport', { jobId: job.jobId, operator: 'bench' });
    const portIds = (await call<{ id: number }[]>(core, 'listPorts', undefined)).map((p) => p.id);
    const exportOf = (format: 'csv' | 'xlsx') => () => call(core, 'exportData', { portIds, from: '2012-01-01', to: '2030-12-31', format, layout: 'sheetPerPort' });
    const bareSelect = await timeMedianOf(async () => {
      const all = core.store.sqlite.prepare('SELECT * FROM daily_records ORDER BY port_id, date').raw().all() as unknown[][];
      return all.map((r) => r.join(',')).join('\r\n');
    }, 3);
    const csvExport = await timeMedianOf(exportOf('csv'), 3);
    const xlsxExport = await timeMedianOf(exportOf('xlsx'), 3);
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    rows.push({ name: '导出 100,000 行为 CSV', ms: csvExport, baselineName: '裸 SELECT+拼接', baselineMs: bareSelect });
    rows.push({ name: '导出 100,000 行为 .xlsx（每口岸一个工作表）', ms: xlsxExport, baselineName: '裸 SELECT+拼接', baselineMs: bareSelect });
    return rows;
  },
};
