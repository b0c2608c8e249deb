import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { runCli } from '../../electron/cli/run';
import type { CliIo } from '../../electron/cli/io';
import { tempDir } from './helpers/tempCore';
import { csvFile, HEADER } from './helpers/importFiles';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function count(dataDir: string): number {
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM daily_records').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('clearance import / export / demo', () => {
  it('previews with --dry-run, imports, exports, and says what it did', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), '一月.csv');
    fs.writeFileSync(file, csvFile([HEADER, ['2025-01-05', '1000', '900', '', '', '是', ''], ['2025-01-06', 'x', '900', '', '', '是', '']]));

    const dry = await cli('import', file, '--data', data, '--dry-run', '--operator', '李四');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('新增 1 天，修改 0 天，无变化 0 天，有问题 1 行');
    expect(dry.out).toContain('工作表“一月”第 3 行，入境人员：入境人员应为数字，无法识别“x”');
    expect(dry.out).toContain('试运行（--dry-run）：未写入任何数据。');
    expect(count(data)).toBe(0);

    const real = await cli('import', file, '--data', data, '--operator', '李四');
    expect(real.code).toBe(0);
    expect(real.out).toContain('已写入 1 天');
    expect(count(data)).toBe(1);

    const out = path.join(tempDir(), 'jan.xlsx');
    const exported = await cli('export', '--data', data, '--from', '2025-01-01', '--to', '2025-01-31', '--port', '樟木口岸', '--format', 'xlsx', '--out', out);
    expect(exported).toMatchObject({ code: 0, out: `已导出 1 天的数据到 ${out}` });
    const again = await cli('import', out, '--data', data);
    expect(again.out).toContain('新增 0 天，修改 0 天，无变化 1 天，有问题 0 行');
  });

  it('exits non-zero when nothing valid was found, or the file is refused', async () => {
    const data = tempDir();
    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, csvFile([HEADER, ['2025-01-05', '-1', '900', '', '', '是', '']]));
    const r = await cli('import', bad, '--data', data);
    expect(r.code).toBe(1);
    expect(r.err).toContain('文件中没有有效的数据行，未写入任何数据。');

    const notSheet = path.join(tempDir(), 'x.xlsx');
    fs.writeFileSync(notSheet, 'hello');
    const refused = await cli('import', notSheet, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/不是 Excel 工作簿/);

    expect((await cli('import', path.join(data, 'missing.csv'), '--data', data)).code).toBe(2);
    expect((await cli('export', '--data', data, '--from', '2025-01-01', '--to', 'x', '--format', 'csv', '--out', 'a.csv')).code).toBe(2);
    const empty = await cli('export', '--data', data, '--from', '2025-01-01', '--to', '2025-01-31', '--format', 'csv', '--out', path.join(tempDir(), 'e.csv'));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/没有任何已录入的数据/);
  });

  it('prints figures far outside the usual range and writes them only with --confirm-warnings', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), '三月.csv');
    const rows: string[][] = [['日期', '出口货值(万元)']];
    for (let i = 1; i <= 12; i++) rows.push([`2025-03-${String(i).padStart(2, '0')}`, '12.5']);
    rows.push(['2025-03-13', '125000']);
    fs.writeFileSync(file, csvFile(rows));
    const warning = '工作表“三月”第 14 行，出口货值(万元)：2025-03-13 出口货值 125000 万元，超过近 90 天中位数（12.5 万元）的 5 倍，请确认是否录入有误';

    const dry = await cli('import', file, '--data', data, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('远超常见范围、需要核对的数值（1 个）：');
    expect(dry.out).toContain(warning);

    const refused = await cli('import', file, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(warning);
    expect(refused.err).toContain('未写入任何数据。核对无误后加 --confirm-warnings 重新运行');
    expect(count(data)).toBe(0);

    const confirmed = await cli('import', file, '--data', data, '--confirm-warnings');
    expect(confirmed.code).toBe(0);
    expect(confirmed.out).toContain('已写入 13 天');
    expect(count(data)).toBe(13);
  });

  it('loads and removes the demo data', async () => {
    const data = tempDir();
    const loaded = await cli('demo', '--data', data);
    expect(loaded.code).toBe(0);
    expect(loaded.out).toMatch(/已加载演示数据（虚构，仅供体验）：每日通关数据 \d+ 条/);
    const removed = await cli('demo', '--data', data, '--remove');
    expect(removed.out).toMatch(/已删除演示数据：每日通关数据 \d+ 条/);
  });
});
