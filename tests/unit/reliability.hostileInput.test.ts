import crypto from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Papa from 'papaparse';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/web/server';
import type { ImportJob } from '../../shared/contract/importExport';
import { addDays, todayInShanghai } from '../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { HEADER, csvFile, failure, importFile, recordCount } from './helpers/importFiles';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { lyingBomb, mergeBomb, millionRows } from './helpers/zipBombs';

/**
 * The attacks of the reliability probe (issue 15, hostile input), each repeated, with their counts
 * printed at the end: every attack refused with one Chinese sentence, nothing written by any of them,
 * and the browser host answering others within 200 ms while a hostile file is read.
 */

const REPEATS = 3;
const CJK = /[\u4e00-\u9fff]/;

interface Tally {
  tries: number;
  refused: number;
  /** rows of any table that changed although the input was refused */
  written: number;
}
const tallies = new Map<string, Tally>();
const hostCounts: { attack: string; answered: number; slowestMs: number; blockedMs: number; usualMs: number }[] = [];

function tally(attack: string): Tally {
  let t = tallies.get(attack);
  if (!t) tallies.set(attack, (t = { tries: 0, refused: 0, written: 0 }));
  return t;
}

/** A digest of every row of every table: any write changes it. */
function checksum(sqlite: BetterSqlite3.Database): string {
  const hash = crypto.createHash('sha256');
  const tables = sqlite.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    const rows = (sqlite.prepare(`SELECT * FROM main."${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    hash.update(name).update(rows.join('\n'));
  }
  return hash.digest('hex');
}

/**
 * Runs one attack REPEATS times against the same store. `attack` returns the refusal's message (or
 * throws when the attack got through); the store must be unchanged after each try.
 */
async function repeat(name: string, core: TestCore, attack: () => Promise<string>, expected: RegExp): Promise<void> {
  const t = tally(name);
  for (let i = 0; i < REPEATS; i++) {
    const before = checksum(core.store.sqlite);
    t.tries++;
    const message = await attack();
    expect(message, name).toMatch(expected);
    expect(message, name).toMatch(CJK);
    t.refused++;
    if (checksum(core.store.sqlite) !== before) t.written++;
  }
  expect(t.written, `${name} wrote although it was refused`).toBe(0);
}

async function refusedImport(core: TestCore, bytes: Buffer, fileName: string): Promise<string> {
  return failure(await importFile(core, { bytes, fileName })).message;
}

function day(values: Partial<DayValues>) {
  return { ...emptyDayValues(), portOpen: true, openCentihours: 800, ...values };
}

async function refusedCall(core: TestCore, method: string, input: unknown): Promise<string> {
  const r = await core.call(method, input, TEST_CTX);
  if (r.ok) throw new Error(`${method} accepted ${JSON.stringify(input).slice(0, 200)}`);
  expect(r.error.code).not.toBe('INTERNAL');
  return r.error.message;
}

const bombs: { merge: Buffer; lying: Buffer; rows: Buffer; csvLines: Buffer } = {} as never;

beforeAll(async () => {
  bombs.merge = mergeBomb();
  bombs.lying = await lyingBomb(1.5 * 1024 ** 3);
  bombs.rows = await millionRows();
  bombs.csvLines = Buffer.from('日期,入境人员\r\n' + '2025-01-05,1\r\n'.repeat(1_048_575), 'utf8');
}, 120_000);

afterAll(() => {
  const rows = [...tallies].map(([attack, t]) => ({ attack, ...t }));
  console.log(`reliability (hostile input), ${REPEATS} times each:\n` + rows.map((r) => `  ${r.attack}: ${r.tries} tries, ${r.refused} refused, ${r.written} written`).join('\n'));
  console.log('host while a hostile file is read:\n' + hostCounts.map((h) => `  ${h.attack}: ${h.answered} other requests answered, slowest round trip ${h.slowestMs.toFixed(0)} ms, host thread delayed ≤ ${h.usualMs.toFixed(0)} ms 99 % of the time, at most ${h.blockedMs.toFixed(0)} ms`).join('\n'));
});

describe('hostile files', () => {
  it('the issue’s bombs, as generated here: small, and each a real workbook or CSV', () => {
    expect(bombs.merge.length).toBeLessThan(2048);
    expect(bombs.lying.length).toBeLessThan(20 * 1024 * 1024);
    expect(bombs.rows.length).toBeLessThan(20 * 1024 * 1024);
    expect(bombs.csvLines.length).toBeLessThan(20 * 1024 * 1024);
  });

  it('a 2 KB workbook with one merged range over the whole sheet (A3:XFD1048576)', async () => {
    const core = await tempCore();
    await repeat('whole-sheet merge', core, () => refusedImport(core, bombs.merge, 'merge.xlsx'), /合并单元格（A3:XFD1048576）/);
    expect(recordCount(core)).toBe(0);
  });

  it('a zip whose directory says 1 KB for a sheet that inflates to 1.5 GB', async () => {
    const core = await tempCore();
    await repeat('lying zip directory', core, () => refusedImport(core, bombs.lying, 'lying.xlsx'), /实际解压后的大小超过了文件目录中记录的 1 KB/);
  });

  it('an honest workbook of 1,048,576 rows, and a CSV of as many lines', async () => {
    const core = await tempCore();
    await repeat('1,048,576-row workbook', core, () => refusedImport(core, bombs.rows, 'rows.xlsx'), /行数超过 200,000 行的导入上限/);
    await repeat('1,048,576-line CSV', core, () => refusedImport(core, bombs.csvLines, 'rows.csv'), /行数超过 200,000 行的导入上限/);
  }, 120_000);

  it('the browser host keeps answering others within 200 ms while a hostile file is read', async () => {
    const core = await tempCore();
    const host = await startWebHost({ core, port: 0 });
    try {
      const setup = await fetch(`${host.url}/api/createFirstAdmin`, {
        method: 'POST',
        body: JSON.stringify({ username: 'admin', displayName: '管理员', password: 'Qm7#vL2!pX9@kR4z-樟木' }),
      });
      const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
      const post = async (method: string, body: unknown) => {
        const started = performance.now();
        const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { cookie }, body: JSON.stringify(body) });
        const json = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        return { json, ms: performance.now() - started };
      };
      for (const [attack, bytes, fileName] of [
        ['1,048,576-row workbook', bombs.rows, 'rows.xlsx'],
        ['1,048,576-line CSV', bombs.csvLines, 'rows.csv'],
      ] as const) {
        const start = await post('startImport', { fileName, contentBase64: bytes.toString('base64'), defaultPortId: 1 });
        expect(start.json.ok).toBe(true);
        const { jobId } = start.json.value as { jobId: string };
        // Others' requests, one after another, for as long as the file is being read, while the host
        // thread's delays are sampled. On a shared 2-core machine an idle host already misses its turn
        // for up to ~180 ms now and then, so the bar is: 99 % of the time within 200 ms, and never a
        // block of a second (reading the file on this thread froze everyone for 12-58 s).
        const blocked = monitorEventLoopDelay({ resolution: 10 });
        blocked.enable();
        let slowest = 0;
        let answered = 0;
        let job: ImportJob;
        for (;;) {
          const ports = await post('listPorts', undefined);
          expect(ports.json.ok).toBe(true);
          const polled = await post('getImportJob', { jobId });
          job = polled.json.value as ImportJob;
          if (job.status !== 'running') break;
          answered += 2;
          slowest = Math.max(slowest, ports.ms, polled.ms);
        }
        blocked.disable();
        const blockedMs = blocked.max / 1e6;
        const usualMs = blocked.percentile(99) / 1e6;
        hostCounts.push({ attack, answered, slowestMs: slowest, blockedMs, usualMs });
        expect(job.status).toBe('failed');
        expect(job.error!.message).toMatch(/行数超过 200,000 行的导入上限/);
        expect(answered, 'the file was read too fast for others to be measured').toBeGreaterThanOrEqual(4);
        expect(usualMs).toBeLessThan(200);
        expect(blockedMs).toBeLessThan(1000);
      }
      expect(recordCount(core)).toBe(0);
    } finally {
      await host.close();
    }
  }, 120_000);
});

describe('hostile text, dates and numbers', () => {
  it('formula-like text is exported as text, in the data CSV and in the audit CSV', async () => {
    const core = await tempCore();
    const portName = '=HYPERLINK("http://x.cn","点")';
    const port = await core.ok('createPort', { name: portName, code: 'EVIL' });
    await core.ok('saveDays', {
      portId: port.id,
      source: 'grid',
      confirmWarnings: true,
      days: [
        { date: '2025-01-05', values: day({ personsIn: 5, note: '@SUM(A1:A9)' }) },
        { date: '2025-01-06', values: day({ portOpen: false, openCentihours: 0, closureReason: '+1 道路塌方', note: '-2+3' }) },
      ],
    });
    const t = tally('formula-like text in CSV');
    for (let i = 0; i < REPEATS; i++) {
      t.tries++;
      const file = await core.ok('exportData', { portIds: [port.id], from: '2025-01-01', to: '2025-01-31', format: 'csv', layout: 'singleSheet' });
      const rows = Papa.parse<string[]>(Buffer.from(file.contentBase64, 'base64').toString('utf8').slice(1), { skipEmptyLines: true }).data;
      const cells = rows.slice(1).flat();
      // Every cell that Excel would run as a formula (a naive check, written apart from the guard).
      const live = cells.filter((c) => ['=', '+', '-', '@', '\t', '\r'].includes(c.charAt(0)));
      expect(live).toEqual([]);
      expect(cells).toContain(`'${portName}`);
      expect(cells).toContain("'@SUM(A1:A9)");
      expect(cells).toContain("'+1 道路塌方");
      expect(cells).toContain("'-2+3");
      const audit = await core.ok('exportAuditLog', { filter: {} });
      const auditCells = Papa.parse<string[]>(audit.csv.slice(1), { skipEmptyLines: true }).data.slice(1).flat();
      expect(auditCells.filter((c) => ['=', '+', '-', '@', '\t', '\r'].includes(c.charAt(0)))).toEqual([]);
      t.refused++;
    }
  });

  it('dates before 2000-01-01 or after today, at every door: a day, a batch, a measure, an import row', async () => {
    const core = await tempCore({ now: () => new Date('2025-06-10T12:00:00+08:00') });
    for (const date of ['0000-01-01', '1999-12-31']) {
      await repeat('date before 2000', core, () => refusedCall(core, 'saveDay', { portId: 1, date, values: day({ personsIn: 1 }), expectedRevision: null, confirmWarnings: true }), /日期不能早于 2000-01-01/);
      await repeat('date before 2000', core, () => refusedCall(core, 'saveDays', { portId: 1, source: 'grid', confirmWarnings: true, days: [{ date, values: day({ personsIn: 1 }) }] }), /日期不能早于 2000-01-01/);
      await repeat('date before 2000', core, () => refusedCall(core, 'getDashboardTrends', { portIds: [1], from: date, to: '2025-01-01', metrics: ['persons'] }), /日期不能早于 2000-01-01/);
    }
    // "Today" is the port's real today: the schema has no clock of the core's to ask.
    const tomorrow = addDays(todayInShanghai(), 1);
    await repeat('date after today', core, () => refusedCall(core, 'saveDay', { portId: 1, date: tomorrow, values: day({ personsIn: 1 }), expectedRevision: null, confirmWarnings: true }), /未来/);
    await repeat(
      'date before 2000',
      core,
      async () => {
        const job = await importFile(core, { bytes: csvFile([HEADER, ['1999-12-31', '1', '1', '', '', '是', '']]), fileName: 'old.csv' });
        expect(job.preview!.counts.invalidRows).toBe(1);
        expect(job.preview!.counts.newDays).toBe(0);
        return JSON.stringify(job.preview!.invalidRows);
      },
      /1999-12-31 早于 2000-01-01，不能导入/,
    );
  });

  it('numbers out of range say so (1e308 is too large, not "最多保留 0 位小数")', async () => {
    const core = await tempCore();
    for (const value of [1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 63]) {
      await repeat(
        'number out of range',
        core,
        async () => {
          const message = await refusedCall(core, 'saveDay', { portId: 1, date: '2025-01-05', values: day({ personsIn: value }), expectedRevision: null, confirmWarnings: true });
          expect(message).not.toMatch(/位小数|整数/);
          return message;
        },
        /入境人员不能超过 10000000 人次/,
      );
    }
  });

  it('control characters (NUL and others) are refused where they are typed, naming the field', async () => {
    const core = await tempCore();
    for (const bad of ['正常\u0000', '\u0001开', '备\u001b[31m注', '\u007f', '\u0085']) {
      await repeat(
        'control character',
        core,
        async () => {
          const r = await core.call('saveDay', { portId: 1, date: '2025-01-05', values: day({ note: bad }), expectedRevision: null, confirmWarnings: true }, TEST_CTX);
          if (r.ok) throw new Error('accepted a control character');
          expect(r.error.fieldErrors?.['values.note']).toMatch(/控制字符/);
          return r.error.message;
        },
        /不可见的控制字符（U\+00[0-9A-F]{2}）/,
      );
      await repeat('control character', core, () => refusedCall(core, 'createPort', { name: `口岸${bad}`, code: 'CTRL' }), /控制字符/);
    }
    // In an import, the row is left out with the reason; the rest of the file is read.
    const job = await importFile(core, { bytes: csvFile([HEADER, ['2025-01-05', '1', '1', '', '', '是', ''], ['2025-01-06', '1', '1', '', '', '否', '塌\u0001方']]), fileName: 'ctrl.csv' });
    expect(job.preview!.counts).toMatchObject({ newDays: 1, invalidRows: 1 });
    expect(JSON.stringify(job.preview!.invalidRows)).toMatch(/控制字符（U\+0001）/);
    // A tab or a line break in a note is text, not a control character to refuse.
    await core.ok('saveDay', { portId: 1, date: '2025-01-07', values: day({ note: '第一行\n第二行\t完' }), expectedRevision: null, confirmWarnings: true });
  });

  it('a full disk: a clear Chinese message, and nothing of the save is kept', async () => {
    const core = await tempCore();
    const sqlite = core.store.sqlite;
    // The store may not grow by a single page: the next write that needs one fails as on a full disk.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    const days = Array.from({ length: 200 }, (_, i) => ({ date: `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, values: day({ personsIn: 100 + i, note: '满'.repeat(200) }) }));
    const t = tally('full disk');
    for (let i = 0; i < REPEATS; i++) {
      const before = checksum(sqlite);
      t.tries++;
      const r = await core.call('saveDays', { portId: 1, source: 'grid', confirmWarnings: true, days }, TEST_CTX);
      if (r.ok) throw new Error('the save went through on a full disk');
      expect(r.error.code).toBe('STORAGE_FULL');
      expect(r.error.message).toMatch(/磁盘空间已满，本次操作没有保存/);
      t.refused++;
      if (checksum(sqlite) !== before) t.written++;
    }
    expect(t.written).toBe(0);
    expect(sqlite.inTransaction).toBe(false);
    // Once there is room again, the same save goes through whole.
    sqlite.pragma('max_page_count = 1073741823');
    await core.ok('saveDays', { portId: 1, source: 'grid', confirmWarnings: true, days });
    expect(recordCount(core)).toBe(days.length);
  });
});
