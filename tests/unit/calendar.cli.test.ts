import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { coveredYears } from '../../shared/domain/calendar/nationalCalendar';
import { tempCore, tempDir } from './helpers/tempCore';

const beyond = Math.max(...coveredYears()) + 1;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('clearance calendar', () => {
  it('prints one line per day: date, day type in Chinese, holiday name', async () => {
    const core = await tempCore();
    await core.close();
    const r = await cli('calendar', '--data', core.dataDir, '--year', '2025');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(365);
    expect(r.out[0]).toBe('2025-01-01 法定节假日 元旦');
    expect(r.out).toContain('2025-01-26 调休上班日 春节');
    expect(r.out).toContain('2025-02-27 地方节假日 藏历新年');
    expect(r.out).toContain('2025-06-03 工作日');
    expect(r.out).toContain('2025-06-07 周末');
    expect(r.out).toContain('2025-10-01 法定节假日 国庆节');
  });

  it('uses the store’s regional table, and a port’s own entries with --port', async () => {
    const core = await tempCore();
    await core.ok('addRegionalDays', { portId: 1, from: '2026-06-02', to: '2026-06-02', type: 'regionalHoliday', name: '县庆', source: '' });
    await core.close();
    const all = await cli('calendar', '--data', core.dataDir, '--year', '2026');
    expect(all.out).toContain('2026-06-02 工作日');
    expect(all.out).toContain('2026-02-14 调休上班日 春节');
    const port = await cli('calendar', '--data', core.dataDir, '--year', '2026', '--port', '樟木口岸');
    expect(port.out).toContain('2026-06-02 地方节假日 县庆');
    const byCode = await cli('calendar', '--data', core.dataDir, '--year', '2026', '--port', 'zhangmu');
    expect(byCode.out).toContain('2026-06-02 地方节假日 县庆');
    const unknownPort = await cli('calendar', '--data', core.dataDir, '--year', '2026', '--port', '吉隆口岸');
    expect(unknownPort.code).toBe(2);
    expect(unknownPort.err[0]).toContain('未找到口岸：吉隆口岸');
  });

  it('says plainly that a year is not covered, and exits non-zero', async () => {
    const core = await tempCore();
    await core.ok('addRegionalDays', { portId: null, from: `${beyond}-02-07`, to: `${beyond}-02-08`, type: 'regionalHoliday', name: '藏历新年', source: '' });
    await core.close();
    const r = await cli('calendar', '--data', core.dataDir, '--year', String(beyond));
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe(`未收录 ${beyond} 年节假日安排，这些日期按“未知”计，不计入工作日或休息日`);
    expect(r.out.slice(1)).toEqual([`已录入的地方节假日安排（2 天）：`, `${beyond}-02-07 地方节假日 藏历新年`, `${beyond}-02-08 地方节假日 藏历新年`]);
    expect(r.out.some((l) => l.includes('工作日 ') || l.endsWith('工作日'))).toBe(false);
  });

  it('answers from the national calendar and shipped days without creating a data file', async () => {
    const dir = tempDir();
    const r = await cli('calendar', '--data', dir, '--year', '2025');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2025-03-04 地方节假日 藏历新年');
    expect(r.err[0]).toContain('未找到数据文件');
    expect(fs.existsSync(path.join(dir, DB_FILE_NAME))).toBe(false);
  });

  it('refuses a missing or malformed year with usage help', async () => {
    const missing = await cli('calendar', '--data', tempDir());
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toContain('请用 --year 指定年份');
    const bad = await cli('calendar', '--data', tempDir(), '--year', '25');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain('年份无效：25');
  });
});
