import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoDay } from '../../electron/core/services/importExport/demo/generateDemoDays';
import { EXPORT_PAGE_ROWS } from '../../electron/core/services/importExport/export/exportSelection';
import { takeExportDownload } from '../../electron/core/services/importExport/export/exportJobs';
import { startWebHost } from '../../electron/web/server';
import type { ExportJob } from '../../shared/contract/importExport';
import { NUMERIC_FIELDS } from '../../shared/domain/dailyFields';
import { addDays } from '../../shared/domain/dates';
import { weekdayDayType } from '../../shared/domain/dayType';
import { tempCore, tempDir, type TestCore } from './helpers/tempCore';

// More days for one port than one page of the reader, so the file is written in several pieces.
const ZHANGMU_DAYS = EXPORT_PAGE_ROWS + 150;
const SECOND_DAYS = 300;
const FROM = '2019-01-01';
const HOSTILE = ['=HYPERLINK("http://x","点我")', '+86 电话', '-5 度', '@通知', '说明,“引号”与 "quotes"', '第一行\n第二行'];

async function seededCore(): Promise<TestCore> {
  const core = await tempCore();
  await core.ok('createPort', { name: '@吉隆口岸', code: 'JILONG' });
  for (const [portId, count] of [[1, ZHANGMU_DAYS], [2, SECOND_DAYS]] as const) {
    const days = Array.from({ length: count }, (_, i) => {
      const date = addDays(FROM, i);
      return { date, values: { ...demoDay(date, weekdayDayType(date)), note: i % 7 === 0 ? HOSTILE[(i / 7) % HOSTILE.length]! : i % 3 === 0 ? null : `第 ${i + 1} 天` } };
    });
    // saveDays takes at most 400 days a call.
    for (let i = 0; i < days.length; i += 400) {
      await core.ok('saveDays', { portId, days: days.slice(i, i + 400), source: 'grid', confirmWarnings: true });
    }
  }
  return core;
}

/** The stored days as a plain query has them, in the export's order (ports as asked, then by date). */
function naiveSelect(core: TestCore): Record<string, unknown>[] {
  return core.store.sqlite
    .prepare('SELECT p.name AS port_name, d.* FROM daily_records d JOIN ports p ON p.id = d.port_id WHERE d.port_id IN (1, 2) ORDER BY d.port_id, d.date')
    .all() as Record<string, unknown>[];
}

/** Excel's "this is text" apostrophe before what a spreadsheet would run as a formula. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const openText = (v: unknown) => (v === null ? '' : v === 1 ? '是' : '否');

async function exportedFile(core: TestCore, request: { format: 'csv' | 'xlsx'; layout: 'singleSheet' | 'sheetPerPort' }) {
  const started = await core.ok('startExport', { portIds: [1, 2], from: FROM, to: '2030-12-31', ...request });
  let job: ExportJob;
  const seen: number[] = [];
  for (;;) {
    job = await core.ok('getExportJob', { jobId: started.jobId });
    seen.push(job.rowsWritten);
    if (job.status !== 'running') break;
    // A poll answers in the same turn: waiting a moment lets the export write its next page, as a page's poll does.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(job.status).toBe('done');
  const file = takeExportDownload(job.downloadToken!, null)!;
  const bytes = fs.readFileSync(file.file);
  file.release();
  return { started, job, bytes, seen, file };
}

describe('a streamed export', () => {
  it('CSV: every stored day, equal to a plain SELECT, text guarded, progress counted up to the total', async () => {
    const core = await seededCore();
    const { started, job, bytes, seen, file } = await exportedFile(core, { format: 'csv', layout: 'singleSheet' });
    const stored = naiveSelect(core);
    expect(stored).toHaveLength(ZHANGMU_DAYS + SECOND_DAYS);
    expect(started.rowsTotal).toBe(stored.length);
    expect(job.rowsWritten).toBe(stored.length);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);
    // The file is gone once fetched, and the token works once.
    expect(fs.existsSync(file.file)).toBe(false);
    expect(takeExportDownload(job.downloadToken!, null)).toBeNull();

    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(table).toHaveLength(stored.length + 1);
    stored.forEach((r, i) => {
      const cells = table[i + 1]!;
      expect(cells[0]).toBe(guarded(String(r.port_name)));
      expect(cells[1]).toBe(r.date);
      expect(cells[2]).not.toBe('');
      NUMERIC_FIELDS.forEach((f, k) => {
        const v = r[f.column] as number | null;
        expect(cells[3 + k] === '' ? null : Number(cells[3 + k]), `${r.date} ${f.key}`).toBe(v === null ? null : v / 10 ** f.scale);
      });
      const rest = cells.slice(3 + NUMERIC_FIELDS.length);
      expect(rest).toEqual([openText(r.port_open), r.closure_reason === null ? '' : guarded(String(r.closure_reason)), r.note === null ? '' : guarded(String(r.note))]);
    });
    expect(table.some((c) => c.at(-1) === `'${HOSTILE[0]}`)).toBe(true);
  });

  it('.xlsx with a sheet per port: read back with exceljs, equal to a plain SELECT', async () => {
    const core = await seededCore();
    const { bytes } = await exportedFile(core, { format: 'xlsx', layout: 'sheetPerPort' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['樟木口岸', '@吉隆口岸']);
    const stored = naiveSelect(core);
    const read: unknown[][] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row, n) => {
        if (n > 1) read.push((row.values as unknown[]).slice(1));
      });
    }
    expect(read).toHaveLength(stored.length);
    stored.forEach((r, i) => {
      const cells = read[i]!;
      expect(cells[0]).toBe(r.port_name);
      expect(cells[1]).toEqual(new Date(`${r.date}T00:00:00Z`));
      NUMERIC_FIELDS.forEach((f, k) => {
        const v = r[f.column] as number | null;
        expect(cells[3 + k] ?? null, `${r.date} ${f.key}`).toBe(v === null ? null : v / 10 ** f.scale);
      });
      // A workbook's text cell is never a formula: the text is kept as written.
      const rest = cells.slice(3 + NUMERIC_FIELDS.length);
      expect([rest[0] ?? '', rest[1] ?? null, rest[2] ?? null]).toEqual([openText(r.port_open), r.closure_reason, r.note]);
    });
  });

  it('the browser host sends the file once, to the signed-in browser that started it', async () => {
    const core = await seededCore();
    const staticDir = tempDir();
    const web = await startWebHost({ core, staticDir, port: 0 });
    try {
      const setup = await fetch(web.url + '/api/createFirstAdmin', { method: 'POST', body: JSON.stringify({ username: 'admin', displayName: '管理员', password: 'admin-password' }) });
      const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
      const api = async (method: string, input: unknown) => (await (await fetch(`${web.url}/api/${method}`, { method: 'POST', headers: { cookie }, body: JSON.stringify(input) })).json()) as { ok: boolean; value: any };
      const started = await api('startExport', { portIds: [2], from: FROM, to: '2030-12-31', format: 'csv' });
      let job: ExportJob;
      do job = (await api('getExportJob', { jobId: started.value.jobId })).value;
      while (job.status === 'running');
      const url = `${web.url}/download/${job.downloadToken}`;

      const anonymous = await fetch(url);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toMatch(/请先登录/);

      const res = await fetch(url, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(job.fileName)}`);
      const text = (await res.text()).slice(1);
      expect(Papa.parse<string[]>(text, { skipEmptyLines: true }).data).toHaveLength(SECOND_DAYS + 1);

      const again = await fetch(url, { headers: { cookie } });
      expect(again.status).toBe(404);
      expect(await again.text()).toMatch(/已经用过/);
      // Removed once sent (by the time the second request was answered, the first one's response had closed).
      expect(fs.readdirSync(path.join(core.dataDir, 'exports'))).toEqual([]);
    } finally {
      await web.close();
    }
  });
});
