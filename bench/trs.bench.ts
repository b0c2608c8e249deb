import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { openCore, type Core } from '../electron/core/openCore';
import { demoDeclarationsOfDay } from '../electron/core/services/trs/trsDemo';
import type { StoredDeclaration } from '../electron/core/services/trs/declarationStore';
import { addDays } from '../shared/domain/dates';
import { formatStamp } from '../shared/domain/trs/stampCell';
import { collectGarbage, timeMedian, type BenchRow, type BenchSuite } from './harness';

const CTX = { actor: null, host: 'cli' as const };
const TOTAL = 1_000_000;
const PER_FILE = 100_000;
/** import + export declarations a day: 1,000,000 over ten years */
const PER_DAY = { import: 120, export: 154 };
const FROM = '2016-01-01';

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input, CTX);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** The demo's generator at a busy port's volume: ten years of declarations, day after day. */
function* declarations(): Generator<StoredDeclaration> {
  let n = 0;
  for (let i = 0; n < TOTAL; i++) {
    const date = addDays(FROM, i);
    const day = { date, importDeclarations: PER_DAY.import, exportDeclarations: PER_DAY.export, importClearanceCentihours: 600 + (i % 97) * 3, exportClearanceCentihours: 150 + (i % 31) };
    for (const d of [...demoDeclarationsOfDay(day, 'import', 1), ...demoDeclarationsOfDay(day, 'export', 1)]) {
      if (n++ >= TOTAL) return;
      yield d;
    }
  }
}

const stamp = (m: number | null) => (m === null ? '' : formatStamp(m));

/** CSV files of PER_FILE declarations each, as a customs system exports them. */
function csvFiles(): string[] {
  const files: string[] = [];
  let lines: string[] = [];
  const header = '报关单号,进出口,是否查验,到达时间,申报时间,查验开始时间,查验结束时间,放行时间,提离时间';
  for (const d of declarations()) {
    const s = d.stamps;
    lines.push([d.declarationNo, d.direction === 'import' ? '进口' : '出口', d.inspected ? '是' : '否', stamp(s.arrival), stamp(s.declared), stamp(s.inspectionStart), stamp(s.inspectionEnd), stamp(s.released), stamp(s.exit)].join(','));
    if (lines.length === PER_FILE) {
      files.push([header, ...lines].join('\r\n') + '\r\n');
      lines = [];
    }
  }
  if (lines.length > 0) files.push([header, ...lines].join('\r\n') + '\r\n');
  return files;
}

/**
 * The Time Release Study at a million declarations: imported through the contract in files of
 * 100,000 (the import's 20 MB limit), beside the bare work (parsing the same CSV and inserting the
 * same rows with one prepared statement); then summarised (percentiles of every stage, by direction
 * and inspection, trend, distribution, slowest) beside a bare SQLite scan of the same rows' durations.
 */
export const trsSuite: BenchSuite = {
  name: '通关时间测算（100 万份报关单）',
  async run() {
    const rows: BenchRow[] = [];
    const files = csvFiles();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const core = await openCore({ dataDir: dir });
    try {
      collectGarbage();
      let t0 = performance.now();
      for (const [i, text] of files.entries()) {
        const r = await call<{ saved: number }>(core, 'applyTrsImport', { fileName: `报关单${i + 1}.csv`, contentBase64: Buffer.from(text, 'utf8').toString('base64'), defaultPortId: 1 });
        if (r.saved !== Math.min(PER_FILE, TOTAL - i * PER_FILE)) throw new Error(`file ${i + 1}: saved ${r.saved}`);
      }
      const importMs = performance.now() - t0;

      // Bare: the CSV parsed and the same rows inserted into a bare table, one transaction per file.
      const bareDb = new Database(path.join(dir, 'bare.sqlite'));
      bareDb.pragma('journal_mode = WAL');
      bareDb.exec('CREATE TABLE d (no TEXT PRIMARY KEY, dir TEXT, insp TEXT, a TEXT, b TEXT, c TEXT, e TEXT, f TEXT, g TEXT) STRICT');
      const insert = bareDb.prepare('INSERT INTO d VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      collectGarbage();
      t0 = performance.now();
      for (const text of files) {
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
        bareDb.transaction(() => {
          for (let r = 1; r < parsed.length; r++) insert.run(...(parsed[r] as [string, string, string, string, string, string, string, string, string]));
        })();
      }
      const bareImportMs = performance.now() - t0;
      bareDb.close();
      rows.push({ name: `导入 ${TOTAL.toLocaleString('en')} 份（${files.length} 个 CSV，经 applyTrsImport）`, ms: importMs, baselineName: '同样的 CSV 仅解析并逐行插入空表', baselineMs: bareImportMs });

      const sqlite = core.store.sqlite;
      const spans = [
        { label: '全部 10 年', from: FROM, to: '2025-12-31' },
        { label: '一年', from: '2020-01-01', to: '2020-12-31' },
        { label: '一个月', from: '2020-06-01', to: '2020-06-30' },
      ];
      for (const span of spans) {
        const n = (sqlite.prepare('SELECT count(*) AS n FROM trs_declarations WHERE declared_date BETWEEN ? AND ?').get(span.from, span.to) as { n: number }).n;
        const bareScan = sqlite.prepare('SELECT direction, inspected, declared_date, arrival_to_declaration_min, declaration_to_release_min, inspection_min, release_to_exit_min, whole_min FROM trs_declarations WHERE port_id = 1 AND declared_date BETWEEN ? AND ?').raw();
        const bareMs = await timeMedian(() => {
          let k = 0;
          for (const _ of bareScan.iterate(span.from, span.to)) k++;
          return k;
        }, 3);
        const ms = await timeMedian(() => call(core, 'getTrsReport', { from: span.from, to: span.to, portId: 1 }), 3);
        // One percentile in SQL alone (ORDER BY … LIMIT 1 OFFSET): what a single P90 costs without the rest.
        const sqlP90 = sqlite.prepare('SELECT whole_min FROM trs_declarations WHERE port_id = 1 AND declared_date BETWEEN ? AND ? AND whole_min IS NOT NULL ORDER BY whole_min LIMIT 1 OFFSET ?');
        const sqlMs = await timeMedian(() => sqlP90.get(span.from, span.to, Math.floor(n * 0.9)), 3);
        rows.push({ name: `getTrsReport ${span.label}（${n.toLocaleString('en')} 份：5 个环节 × 6 组的中位数、P90、平均，趋势，分布，最慢 20 份）`, ms, baselineName: '同样的行裸扫描', baselineMs: bareMs });
        rows.push({ name: `  仅整体通关 P90 一个数（SQL ORDER BY … OFFSET）${span.label}`, ms: sqlMs, baselineName: '同样的行裸扫描', baselineMs: bareMs });
      }
      const size = fs.statSync(path.join(dir, 'clearance.sqlite')).size;
      rows.push({ name: `数据文件 ${(size / 1024 / 1024).toFixed(0)} MB（${TOTAL.toLocaleString('en')} 份报关单）`, ms: 0 });
    } finally {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
