import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { openCore, type Core } from '../electron/core/openCore';
import { demoDay } from '../electron/core/services/importExport/demo/generateDemoDays';
import { takeExportDownload } from '../electron/core/services/importExport/export/exportJobs';
import type { ExportRow } from '../electron/core/services/importExport/export/exportColumns';
import { findRangeWarnings } from '../electron/core/services/days/rangeWarnings';
import { valuesToColumns } from '../electron/core/services/days/dayRecordRows';
import { DB_FILE_NAME } from '../electron/core/store/dataDir';
import { NUMERIC_FIELDS } from '../shared/domain/dailyFields';
import type { ExportFormat, ExportJob, ImportJob } from '../shared/contract/importExport';
import { addDays } from '../shared/domain/dates';
import { weekdayDayType } from '../shared/domain/dayType';
import { collectGarbage, type BenchRow, type BenchSuite } from './harness';
import { csvFileOf, xlsxFileOf } from './support/exportFiles';

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
  const { jobId } = await call<{ jobId: string }>(core, 'startImport', { fileName, contentBase64: bytes.toString('base64'), defaultPortId: null });
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

/** The user's path: startExport, progress polled until the file is complete, then the file fetched. */
async function exportToFile(core: Core, request: { portIds: number[]; from: string; to: string; format: ExportFormat; layout: 'sheetPerPort' }): Promise<number> {
  const { jobId } = await call<{ jobId: string }>(core, 'startExport', request);
  let job: ExportJob;
  for (;;) {
    job = await call<ExportJob>(core, 'getExportJob', { jobId });
    if (job.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (job.status !== 'done' || !job.downloadToken) throw new Error(`export ${job.status}: ${job.error?.message}`);
  const file = takeExportDownload(job.downloadToken, null)!;
  file.release();
  return file.size;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Peak memory above what was in use before `task`, sampled while it runs: the heap with buffers
 * outside it, and RSS. With `live`, garbage is collected before each sample (every 250 ms), so the
 * heap figure is what the task holds, not what the collector has not yet come for: a long export
 * leaves more garbage between collections than a short one, whatever it keeps.
 */
async function peakMemory(task: () => Promise<unknown>, live = false): Promise<{ heap: number; rss: number; ms: number }> {
  collectGarbage();
  const before = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  const sample = () => {
    if (live) collectGarbage();
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed + m.external - before.heapUsed - before.external);
    rss = Math.max(rss, m.rss - before.rss);
  };
  const timer = setInterval(sample, live ? 250 : 5);
  const t0 = performance.now();
  await task();
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  return { heap, rss, ms };
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;

/**
 * Times a task and its bare baseline in alternating runs (after one warm-up of each), so that both
 * see the same load on a shared machine. `prepare` makes what a run needs (a fresh store) untimed.
 */
async function timePair<S>(runs: number, bare: () => Promise<unknown>, prepare: () => Promise<S>, task: (s: S) => Promise<unknown>, done: (s: S) => Promise<void>) {
  const bareTimes: number[] = [];
  const taskTimes: number[] = [];
  for (let i = 0; i <= runs; i++) {
    collectGarbage();
    let t0 = performance.now();
    await bare();
    if (i > 0) bareTimes.push(performance.now() - t0);
    const state = await prepare();
    collectGarbage();
    t0 = performance.now();
    await task(state);
    if (i > 0) taskTimes.push(performance.now() - t0);
    await done(state);
  }
  return { bareMs: median(bareTimes), ms: median(taskTimes) };
}

/** A fresh store with these ports, and its removal. */
async function freshStore(ports: string[]): Promise<{ core: Core; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
  const core = await openCore({ dataDir: dir });
  for (const [n, name] of ports.entries()) if (name !== '樟木口岸') await call(core, 'createPort', { name, code: `P${n}` });
  return { core, dir };
}

async function dropStore({ core, dir }: { core: Core; dir: string }): Promise<void> {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Import and export at the sizes the issue names: ten years of one port with every field in an .xlsx
 * (against exceljs's bare read of the same file: load it and take the cell values out), 100,000 CSV
 * rows of 20 ports (against papaparse's bare parse), the range check within that import's preview,
 * and the export of those 100,000 rows (against a bare SELECT and join). Each task alternates with
 * its baseline, so both see the same machine load.
 */
export const importExportSuite: BenchSuite = {
  name: '导入导出',
  async run() {
    const rows: BenchRow[] = [];

    // --- 10 years, one port, .xlsx
    const tenYears = await xlsxFileOf('樟木口岸', fullRows('樟木口岸', '2015-01-01', 3650));
    // exceljs's bare read: load the workbook and take every row's cell values out of it.
    const bareRead = async () => {
      const wb = await new ExcelJS.Workbook().xlsx.load(tenYears as unknown as ExcelJS.Buffer);
      return wb.worksheets.map((ws) => ws.getSheetValues());
    };
    const preview = await timePair(5, bareRead, () => freshStore(['樟木口岸']), ({ core }) => importAndApply(core, '十年.xlsx', tenYears), dropStore);
    const full = await timePair(
      5,
      bareRead,
      () => freshStore(['樟木口岸']),
      async ({ core }) => {
        const job = await importAndApply(core, '十年.xlsx', tenYears);
        await call(core, 'applyImport', { jobId: job.jobId, confirmWarnings: true });
      },
      dropStore,
    );
    const xlsxGoal = (r: { ms: number; bareMs: number }) => r.ms < 1000 && r.ms <= 1.5 * r.bareMs;
    const size = `${Math.round(tenYears.length / 1024)} KB`;
    rows.push({ name: `10 年 1 口岸 .xlsx（3,650 行，每个字段，${size}）读取+预览`, ms: preview.ms, baselineName: 'exceljs 裸读取（载入并取出全部单元格）', baselineMs: preview.bareMs, goal: '< 1000 ms 且 ≤ 1.5× 裸读取', met: xlsxGoal(preview) });
    rows.push({ name: '同上，读取+预览+写入', ms: full.ms, baselineName: 'exceljs 裸读取（载入并取出全部单元格）', baselineMs: full.bareMs, goal: '< 1000 ms 且 ≤ 1.5× 裸读取', met: xlsxGoal(full) });

    // --- 100,000 rows, 20 ports, CSV
    const ports = ['樟木口岸', ...Array.from({ length: 19 }, (_, i) => `口岸${i + 2}`)];
    const csv = await csvFileOf(ports.flatMap((name, p) => fullRows(name, '2012-01-01', 5000, p * 37)));
    // The two halves are timed too: what stops the goal shows in which of them the time goes.
    const halves: { preview: number; apply: number }[] = [];
    const csvImport = await timePair(
      3,
      async () => Papa.parse(csv.toString('utf8'), { skipEmptyLines: false }),
      () => freshStore(ports),
      async ({ core }) => {
        const t0 = performance.now();
        const job = await importAndApply(core, '二十口岸.csv', csv);
        const t1 = performance.now();
        await call(core, 'applyImport', { jobId: job.jobId, confirmWarnings: true });
        halves.push({ preview: t1 - t0, apply: performance.now() - t1 });
      },
      dropStore,
    );
    const csvName = `100,000 行 20 口岸 CSV（${(csv.length / 1024 / 1024).toFixed(1)} MB）`;
    rows.push({ name: `${csvName}读取+预览+写入`, ms: csvImport.ms, baselineName: 'papaparse 裸解析', baselineMs: csvImport.bareMs, goal: '≤ 4× papaparse 裸解析', met: csvImport.ms <= 4 * csvImport.bareMs });
    // The warm-up run is left out, as timePair does.
    const measured = halves.slice(1);
    rows.push({ name: `${csvName}其中读取+预览（解析在工作线程中、表头、转换、校验、与库比对）`, ms: median(measured.map((h) => h.preview)), baselineName: 'papaparse 裸解析', baselineMs: csvImport.bareMs });
    rows.push({ name: `${csvName}其中写入（applyImport：10 万天及其修改历史，审计计数，一个事务）`, ms: median(measured.map((h) => h.apply)), baselineName: 'papaparse 裸解析', baselineMs: csvImport.bareMs });

    // --- the floor under the write half: the same 100,000 days and their first revisions inserted
    // bare (a prepared statement each, one transaction, through a second connection, which has none
    // of the audit triggers), against the same papaparse parse. What the import's write costs beyond
    // this is the audit capture and the writer's own work.
    const allDays = ports.flatMap((name, p) => fullRows(name, '2012-01-01', 5000, p * 37).map((r) => ({ portIndex: p, ...r })));
    const bareWrite = await timePair(
      3,
      async () => Papa.parse(csv.toString('utf8'), { skipEmptyLines: false }),
      async () => {
        const store = await freshStore(ports);
        const portIds = (await call<{ id: number }[]>(store.core, 'listPorts', undefined)).map((p) => p.id);
        return { ...store, portIds, bare: new BetterSqlite3(path.join(store.dir, DB_FILE_NAME)) };
      },
      async ({ bare, portIds }) => {
        const columns = Object.keys(valuesToColumns(allDays[0]!.values));
        const record = bare.prepare(
          `INSERT INTO daily_records (port_id, date, ${columns.join(', ')}, revision, is_demo, value_sources, created_at, created_by, updated_at, updated_by) VALUES (${['?', '?', ...columns.map(() => '?')].join(', ')}, 1, 0, ?, ?, ?, ?, ?)`,
        );
        const revision = bare.prepare('INSERT INTO daily_record_revisions (record_id, revision, changed_at, changed_by, source, changes) VALUES (?, 1, ?, ?, ?, ?)');
        const now = new Date().toISOString();
        bare.transaction(() => {
          for (const d of allDays) {
            const id = record.run(portIds[d.portIndex], d.date, ...Object.values(valuesToColumns(d.values)), '{}', now, 'bench', now, 'bench').lastInsertRowid;
            revision.run(id, now, 'bench', 'import', JSON.stringify(d.values));
          }
        })();
      },
      async (state) => {
        state.bare.close();
        await dropStore(state);
      },
    );
    rows.push({ name: `${csvName}的下限：同样 10 万天及其首个修改记录的裸预编译插入（无审计触发器，一个事务）`, ms: bareWrite.ms, baselineName: 'papaparse 裸解析', baselineMs: bareWrite.bareMs });

    // --- the range check alone over the same 100,000 days, as the preview runs it (once per port,
    // into an empty store: the file is its own history), against one bare pass over the figures.
    const byPort = ports.map((name, p) => fullRows(name, '2012-01-01', 5000, p * 37).map((r) => ({ date: r.date, values: r.values })));
    const rangeCheck = await timePair(
      5,
      async () => {
        let sum = 0;
        for (const days of byPort) for (const d of days) for (const f of NUMERIC_FIELDS) sum += d.values[f.key] ?? 0;
        return sum;
      },
      async () => null,
      async () => byPort.map((days) => findRangeWarnings(new Map(), days)),
      async () => {},
    );
    rows.push({ name: '常见范围检查：100,000 天 × 14 项（20 口岸，导入预览中的一步）', ms: rangeCheck.ms, baselineName: '裸遍历全部数值', baselineMs: rangeCheck.bareMs, goal: '< 200 ms', met: rangeCheck.ms < 200 });

    // --- export of the same 100,000 rows
    const store = await freshStore(ports);
    const job = await importAndApply(store.core, '二十口岸.csv', csv);
    await call(store.core, 'applyImport', { jobId: job.jobId, confirmWarnings: true });
    const portIds = (await call<{ id: number }[]>(store.core, 'listPorts', undefined)).map((p) => p.id);
    const bareSelect = async () => {
      const all = store.core.store.sqlite.prepare('SELECT * FROM daily_records ORDER BY port_id, date').raw().all() as unknown[][];
      return all.map((r) => r.join(',')).join('\r\n');
    };
    const goals: Record<ExportFormat, number> = { csv: 2, xlsx: 3 };
    for (const format of ['csv', 'xlsx'] as const) {
      const request = { portIds, from: '2012-01-01', to: '2030-12-31', format, layout: 'sheetPerPort' as const };
      const r = await timePair(3, bareSelect, async () => null, () => exportToFile(store.core, request), async () => {});
      const goal = goals[format];
      rows.push({
        name: `导出 100,000 行为 ${format === 'csv' ? 'CSV' : '.xlsx（每口岸一个工作表）'}（startExport 写入文件，含轮询进度）`,
        ms: r.ms,
        baselineName: '裸 SELECT+拼接',
        baselineMs: r.bareMs,
        goal: `≤ ${goal}× 裸 SELECT+拼接`,
        met: r.ms <= goal * r.bareMs,
      });
      // Memory: the peak above the settled heap while exporting 10,000 rows (2 ports) and 100,000
      // (20 ports). A writer that held the rows would need ten times as much for the larger one.
      // The live heap (garbage collected before each sample) is what the goal is about; the heap
      // with garbage and RSS are shown beside it.
      const small = await peakMemory(() => exportToFile(store.core, { ...request, portIds: portIds.slice(0, 2) }));
      const large = await peakMemory(() => exportToFile(store.core, request));
      const smallLive = await peakMemory(() => exportToFile(store.core, { ...request, portIds: portIds.slice(0, 2) }), true);
      const largeLive = await peakMemory(() => exportToFile(store.core, request), true);
      rows.push({
        name:
          `导出内存（${format}）：峰值存活堆增量 10,000 行 ${mb(smallLive.heap)}，100,000 行 ${mb(largeLive.heap)}；` +
          `含未回收垃圾的峰值堆增量 ${mb(small.heap)} / ${mb(large.heap)}；峰值 RSS 增量 ${mb(small.rss)} / ${mb(large.rss)}`,
        ms: large.ms,
        goal: '100,000 行的峰值存活堆增量 ≤ 2× 10,000 行的（成正比则为 10×）',
        met: largeLive.heap <= 2 * Math.max(smallLive.heap, 1),
      });
    }
    await dropStore(store);
    return rows;
  },
};
