import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { actingAs, tempCore } from './helpers/tempCore';
import { runCli } from '../../electron/cli/run';
import type { CliIo } from '../../electron/cli/io';

const NOW = new Date('2025-06-15T04:00:00Z');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function registerOf2() {
  const core = await tempCore({ now: () => NOW });
  await core.ok('applyMeasureTemplate', { codes: ['ZM-01', 'ZM-15'], portIds: [1] }, actingAs('张三'));
  const [zm01] = (await core.ok('listMeasures', undefined)).items;
  const started = await core.ok('changeMeasureStatus', { id: zm01!.id, expectedRevision: 1, to: 'inProgress', date: '2025-03-01', note: '周末试开放' }, actingAs('李四'));
  await core.ok('addMeasureProgress', { id: started.id, date: '2025-04-01', note: '清明假期照常开放' }, actingAs('王五'));
  return core;
}

describe('register export to .xlsx', () => {
  it('writes the measures and their progress log, stalled rows shaded', async () => {
    const core = await registerOf2();
    const file = await core.ok('exportMeasuresXlsx', undefined);
    expect(file.fileName).toBe('通关措施登记册_2025-06-15.xlsx');
    expect(file.count).toBe(2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('措施登记册')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['编号', '措施名称', '类别', '状态']);
    const row2 = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row2.slice(0, 8)).toEqual(['ZM-01', '"5+2" 全年无休通关', '作业时间', '推进中', '聂拉木海关', '樟木边检站、口岸管委会', '樟木口岸', '2025-03-01']);
    expect(row2).toContain('休息日开放率 ≥ 95%');
    expect(row2).toContain('已 75 天无推进记录');
    expect((sheet.getRow(2).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF1F0');
    expect(sheet.getRow(3).getCell(11).value).toBe('进口整体通关时间 ≤ 10 小时；出口整体通关时间 ≤ 1 小时');

    const log = wb.getWorksheet('推进记录')!;
    const lines = [];
    for (let i = 2; i <= log.rowCount; i++) {
      const v = log.getRow(i).values as unknown[];
      lines.push([v[1], v[3], v[4], v[6], v[7]]);
    }
    expect(lines).toEqual([
      ['ZM-01', '2025-03-01', '状态变更', '由常见措施模板导入', '张三'],
      ['ZM-01', '2025-03-01', '状态变更', '周末试开放', '李四'],
      ['ZM-01', '2025-04-01', '推进情况', '清明假期照常开放', '王五'],
      ['ZM-15', '2025-06-15', '状态变更', '由常见措施模板导入', '张三'],
    ]);
  });

  it('exports the list as filtered', async () => {
    const core = await registerOf2();
    const file = await core.ok('exportMeasuresXlsx', { statuses: ['planned'] });
    expect(file.count).toBe(1);
  });
});

describe('clearance measures --data <dir>', () => {
  it('prints one line per measure: code, title, status', async () => {
    const core = await registerOf2();
    await core.close();
    const io = capture();
    expect(await runCli(['measures', '--data', core.dataDir], io)).toBe(0);
    expect(io.stdout).toEqual(['ZM-01\t"5+2" 全年无休通关\t推进中', 'ZM-15\t通关时效监测通报\t计划中']);
  });

  it('says so when the register is empty, and fails without a data file', async () => {
    const core = await tempCore();
    await core.close();
    const io = capture();
    expect(await runCli(['measures', '--data', core.dataDir], io)).toBe(0);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual(['措施登记册中还没有措施。']);

    const missing = capture();
    expect(await runCli(['measures', '--data', core.dataDir + '-none'], missing)).toBe(2);
    expect(missing.stderr[0]).toMatch(/未找到数据文件/);
  });
});
