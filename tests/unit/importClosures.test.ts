import { describe, expect, it } from 'vitest';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { proposedClosure } from '../../shared/domain/import/closureRemark';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { csvFile, importFile, recordCount } from './helpers/importFiles';

const values = (v: Partial<DayValues>): DayValues => ({ ...emptyDayValues(), ...v });

describe('proposedClosure', () => {
  it('reads a closure from a remark over a row of zeros or blanks', () => {
    expect(proposedClosure(values({ personsIn: 0, personsOut: 0, note: '塌方,口岸关闭' }))).toBe('塌方,口岸关闭');
    expect(proposedClosure(values({ note: '暴雪封关' }))).toBe('暴雪封关');
    // an 开放 column that says 是 out of habit does not outweigh a row of zeros and the remark
    expect(proposedClosure(values({ portOpen: true, vehiclesIn: 0, note: '停关一天' }))).toBe('停关一天');
    // a 闭关原因 typed without 开放 = 否
    expect(proposedClosure(values({ closureReason: '道路塌方' }))).toBe('道路塌方');
  });

  it('proposes nothing for traffic, a day already closed, a plain remark or a denied closure', () => {
    expect(proposedClosure(values({ personsIn: 3, note: '塌方,口岸关闭' }))).toBeNull();
    expect(proposedClosure(values({ portOpen: false, closureReason: '塌方', note: '塌方' }))).toBeNull();
    expect(proposedClosure(values({ personsIn: 0, note: '系统故障，数据次日补录' }))).toBeNull();
    expect(proposedClosure(values({ personsIn: 0, note: '雨天，口岸未关闭' }))).toBeNull();
    expect(proposedClosure(values({ personsIn: 0 }))).toBeNull();
  });
});

describe('importing a closure written as clerks write it', () => {
  const FILE = csvFile([
    ['日期', '入境人员', '出境人员', '口岸开放', '备注'],
    ['2025-01-05', '1200', '1100', '是', ''],
    ['2025-01-06', '0', '0', '是', '塌方,口岸关闭'],
    ['2025-01-07', '0', '0', '', '暴雪'],
    ['2025-01-08', '0', '0', '是', '系统故障'],
  ]);

  it('is proposed as closed in the preview with the remark as its reason, and written so', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: FILE, fileName: 'jan.csv' });
    const p = job.preview!;
    expect(p.counts.proposedClosures).toBe(2);
    expect(p.proposedClosures).toEqual([
      { sheet: 'jan', row: 3, portId: 1, portName: '樟木口岸', date: '2025-01-06', reason: '塌方,口岸关闭' },
      { sheet: 'jan', row: 4, portId: 1, portName: '樟木口岸', date: '2025-01-07', reason: '暴雪' },
    ]);
    expect(p.newDays.find((d) => d.date === '2025-01-06')!.values).toMatchObject({ portOpen: false, closureReason: '塌方,口岸关闭', note: '塌方,口岸关闭' });
    expect(recordCount(core)).toBe(0);

    await core.ok('applyImport', { jobId: job.jobId, confirmWarnings: false });
    expect((await core.ok('getDay', { portId: 1, date: '2025-01-06' }))!.values).toMatchObject({ portOpen: false, closureReason: '塌方,口岸关闭' });
    expect((await core.ok('getDay', { portId: 1, date: '2025-01-08' }))!.values).toMatchObject({ portOpen: true, note: '系统故障' });
    // the month's KPI counts the two closures as closed days, not open ones
    const k = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'range', from: '2025-01-05', to: '2025-01-08' } });
    expect(k.coverage.current).toMatchObject({ openDays: 2, closedDays: 2 });
  });

  it('lets the clerk decline one and reword the other', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: FILE, fileName: 'jan.csv' });
    await core.ok('applyImport', {
      jobId: job.jobId,
      confirmWarnings: false,
      closures: [
        { portId: 1, date: '2025-01-06', closed: false, reason: null },
        { portId: 1, date: '2025-01-07', closed: true, reason: '暴雪封路' },
      ],
    });
    expect((await core.ok('getDay', { portId: 1, date: '2025-01-06' }))!.values).toMatchObject({ portOpen: true, closureReason: null, note: '塌方,口岸关闭' });
    expect((await core.ok('getDay', { portId: 1, date: '2025-01-07' }))!.values).toMatchObject({ portOpen: false, closureReason: '暴雪封路' });
  });

  it('refuses a decision about a day not proposed, or a kept closure without a reason, writing nothing', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: FILE, fileName: 'jan.csv' });
    const wrong = await core.call(
      'applyImport',
      { jobId: job.jobId, confirmWarnings: false, closures: [{ portId: 1, date: '2025-01-05', closed: true, reason: '塌方' }] },
      TEST_CTX,
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '2025-01-05 不在预览的闭关建议中，请重新导入以生成新的预览' } });
    const noReason = await core.call(
      'applyImport',
      { jobId: job.jobId, confirmWarnings: false, closures: [{ portId: 1, date: '2025-01-06', closed: true, reason: '' }] },
      TEST_CTX,
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '2025-01-06 保留为闭关时请填写闭关原因' } });
    expect(recordCount(core)).toBe(0);
  });
});
