import { describe, expect, it } from 'vitest';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import type { ColumnMapping } from '../../shared/domain/import/headerMatch';
import { actingAs, tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { csvFile, failure, HEADER, importFile, recordCount, waitForJob, xlsxFile } from './helpers/importFiles';

const values = (v: Partial<DayValues>): DayValues => ({ ...emptyDayValues(), ...v });

async function seedDay(core: TestCore, date: string, v: Partial<DayValues>, portId = 1) {
  await core.ok('saveDays', { portId, days: [{ date, values: values(v) }], source: 'grid', confirmWarnings: true }, actingAs('录入员'));
}

function revisions(core: TestCore): { date: string; source: string; changed_by: string }[] {
  return core.store.sqlite
    .prepare('SELECT d.date, r.source, r.changed_by FROM daily_record_revisions r JOIN daily_records d ON d.id = r.record_id ORDER BY d.date, r.revision')
    .all() as never;
}

describe('the preview', () => {
  it('sorts the rows into new, changed (field by field), unchanged and invalid, writing nothing', async () => {
    const core = await tempCore();
    await seedDay(core, '2025-01-05', { personsIn: 1000, personsOut: 1200, portOpen: true });
    await seedDay(core, '2025-01-06', { personsIn: 1300, personsOut: 1250, portOpen: true });
    const file = csvFile([
      HEADER,
      ['2025-01-05', '1100', '1200', '', '', '是', ''],
      ['2025-01-06', '1300', '1250', '', '', '是', ''],
      ['2025-01-07', '900', '950', '8.5', '12', '是', ''],
      ['2025-01-08', 'abc', '950', '', '', '是', ''],
      ['2999-01-01', '1', '1', '', '', '是', ''],
    ]);
    const job = await importFile(core, { bytes: file, fileName: 'jan.csv' });
    const p = job.preview!;
    expect(p.counts).toEqual({ newDays: 1, changedDays: 1, unchangedDays: 1, invalidRows: 2, rangeWarnings: 0, proposedClosures: 0 });
    expect(p.changedDays).toEqual([
      { sheet: 'jan', row: 2, portId: 1, portName: '樟木口岸', date: '2025-01-05', changes: [{ field: 'personsIn', from: 1000, to: 1100 }] },
    ]);
    expect(p.newDays[0]).toMatchObject({ row: 4, date: '2025-01-07', values: { importFreightKg: 8500, exportValueYuan: 120_000 } });
    expect(p.invalidRows).toEqual([
      { sheet: 'jan', row: 5, column: '入境人员', reason: '入境人员应为数字，无法识别“abc”' },
      { sheet: 'jan', row: 6, column: '日期', reason: '2999-01-01 是未来的日期，不能导入' },
    ]);
    expect([p.from, p.to]).toEqual(['2025-01-05', '2025-01-07']);
    expect(recordCount(core)).toBe(2);
  });

  it('keeps stored figures where the file has a blank cell or no column', async () => {
    const core = await tempCore();
    await seedDay(core, '2025-01-05', { personsIn: 1000, personsOut: 1200, importFreightKg: 5000, portOpen: true });
    const job = await importFile(core, { bytes: csvFile([['日期', '入境人员', '出境人员'], ['2025-01-05', '1100', '']]), fileName: 'a.csv' });
    expect(job.preview!.changedDays[0]!.changes).toEqual([{ field: 'personsIn', from: 1000, to: 1100 }]);
    await core.ok('applyImport', { jobId: job.jobId, confirmWarnings: false });
    expect((await core.ok('getDay', { portId: 1, date: '2025-01-05' }))!.values).toMatchObject({ personsIn: 1100, personsOut: 1200, importFreightKg: 5000 });
  });

  it('refuses a row that, merged with the stored day, breaks the day rules', async () => {
    const core = await tempCore();
    await seedDay(core, '2025-01-05', { personsIn: 1000, portOpen: true });
    const job = await importFile(core, { bytes: csvFile([['日期', '口岸开放', '闭关原因'], ['2025-01-05', '否', '降雪封路']]), fileName: 'a.csv' });
    expect(job.preview!.counts.invalidRows).toBe(1);
    expect(job.preview!.invalidRows[0]).toMatchObject({ row: 2, column: '入境人员', reason: expect.stringMatching(/口岸当天未开放，入境人员应为空或 0.*已有的数据合并后/) });
  });

  it('names rows of unknown ports, and refuses a file without a port column when no port is chosen', async () => {
    const core = await tempCore();
    const withPorts = csvFile([['口岸', '日期', '入境人员'], ['樟木口岸', '2025-01-05', '10'], ['吉隆口岸', '2025-01-05', '20'], ['ZHANGMU', '2025-01-06', '30']]);
    const job = await importFile(core, { bytes: withPorts, fileName: 'p.csv', defaultPortId: null });
    expect(job.preview!.counts).toMatchObject({ newDays: 2, invalidRows: 1 });
    expect(job.preview!.invalidRows[0]).toMatchObject({ row: 3, column: '口岸', reason: expect.stringMatching(/口岸“吉隆口岸”不存在/) });

    const noPort = await importFile(core, { bytes: csvFile([['日期', '入境人员'], ['2025-01-05', '10']]), fileName: 'n.csv', defaultPortId: null });
    expect(failure(noPort).message).toMatch(/没有“口岸”列/);
  });
});

describe('applying', () => {
  it('writes the valid rows in one go, records the import in each day’s history, and a second import changes nothing', async () => {
    const core = await tempCore();
    await seedDay(core, '2025-01-05', { personsIn: 1000, portOpen: true });
    const bytes = await xlsxFile({ 一月: [HEADER, ['2025-01-05', 1100, 1200, '', '', '是', ''], ['2025-01-06', 1300, 1250, 3.5, '', '是', ''], ['2025-01-07', -5, 1, '', '', '是', '']] });

    const first = await importFile(core, { bytes });
    const result = await core.ok('applyImport', { jobId: first.jobId, confirmWarnings: false }, actingAs('导入员'));
    expect(result).toEqual({ saved: 2, unchanged: 0, skippedInvalid: 1 });
    expect(revisions(core)).toEqual([
      { date: '2025-01-05', source: 'grid', changed_by: '录入员' },
      { date: '2025-01-05', source: 'import', changed_by: '导入员' },
      { date: '2025-01-06', source: 'import', changed_by: '导入员' },
    ]);
    const history = await core.ok('getDayHistory', { portId: 1, date: '2025-01-05' });
    expect(history[0]).toMatchObject({ source: 'import', changes: [{ field: 'personsIn', from: 1000, to: 1100 }, { field: 'personsOut', from: null, to: 1200 }] });

    const again = await importFile(core, { bytes });
    expect(again.preview!.counts).toEqual({ newDays: 0, changedDays: 0, unchangedDays: 2, invalidRows: 1, rangeWarnings: 0, proposedClosures: 0 });
    expect(await core.ok('applyImport', { jobId: again.jobId, confirmWarnings: false })).toEqual({ saved: 0, unchanged: 2, skippedInvalid: 1 });
    expect(revisions(core)).toHaveLength(3);

    const twice = await core.call('applyImport', { jobId: first.jobId, confirmWarnings: false }, TEST_CTX);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toBe('这次导入已经应用过了');
  });

  it('writes nothing when a day changed after the preview, across every port of the file', async () => {
    const core = await tempCore();
    const other = await core.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
    const file = csvFile([['口岸', '日期', '入境人员'], ['吉隆口岸', '2025-01-05', '10'], ['樟木口岸', '2025-01-05', '20']]);
    const job = await importFile(core, { bytes: file, fileName: 'p.csv' });
    expect(job.preview!.counts.newDays).toBe(2);
    await seedDay(core, '2025-01-05', { personsIn: 5 }, 1);

    const r = await core.call('applyImport', { jobId: job.jobId, confirmWarnings: false }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/没有写入任何数据，请重新导入/);
    }
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records WHERE port_id = ?').get(other.id)).toEqual({ n: 0 });
  });
});

describe('progress and cancel', () => {
  const bigCsv = () => {
    const rows: (string | number)[][] = [HEADER];
    for (let i = 0; i < 6000; i++) {
      const d = new Date(Date.UTC(2005, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      rows.push([d, 1000 + (i % 50), 900, '12.5', '30', '是', '']);
    }
    return csvFile(rows);
  };

  it('reports rows done out of rows in the file, and ends at 100 %', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: bigCsv(), fileName: 'big.csv' });
    expect(job).toMatchObject({ status: 'done', phase: 'finished', percent: 100, rowsDone: 6000, rowsTotal: 6000 });
    expect(job.preview!.counts.newDays).toBe(6000);
    expect(job.preview!.newDays).toHaveLength(job.preview!.listLimit);
  });

  it('stops when cancelled and writes nothing; a cancelled preview cannot be applied', async () => {
    const core = await tempCore();
    const started = await core.ok('startImport', { fileName: 'big.csv', contentBase64: Buffer.from(bigCsv()).toString('base64'), defaultPortId: 1 });
    expect(await core.ok('cancelImport', { jobId: started.jobId })).toEqual({ cancelled: true });
    const job = await waitForJob(core, started.jobId);
    expect(job.status).toBe('cancelled');
    expect(job.preview).toBeNull();
    const apply = await core.call('applyImport', { jobId: started.jobId, confirmWarnings: false }, TEST_CTX);
    expect(apply.ok).toBe(false);
    expect(recordCount(core)).toBe(0);
  });

  it('says an unknown job has expired', async () => {
    const core = await tempCore();
    const r = await core.call('getImportJob', { jobId: 'nope' }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', message: '导入任务不存在或已过期，请重新选择文件' });
  });
});

describe('the column mapping', () => {
  const file = csvFile([['统计时间点', '入境旅客人次', '出境', '备注'], ['2025-01-05', '1000', '900', '']]);

  it('asks for a mapping when the date column is not recognised, then remembers the corrected one once applied', async () => {
    const core = await tempCore();
    const asked = await importFile(core, { bytes: file, fileName: 'odd.csv' });
    expect(asked.status).toBe('needsMapping');
    const sheet = asked.sheets[0]!;
    expect(sheet.problems).toEqual(['没有找到日期列，请指定哪一列是日期']);
    expect(sheet.samples[0]).toEqual(['2025-01-05']);

    const mapping: ColumnMapping = sheet.mapping.map((m) =>
      m.index === 0 ? { ...m, target: 'date', hint: null } : m.index === 2 ? { ...m, target: 'personsOut', unitFactor: { unit: '人次', exp10: 0 }, hint: null } : m,
    );
    const mapped = await importFile(core, { bytes: file, fileName: 'odd.csv', mappings: { [sheet.signature!]: mapping } });
    expect(mapped.status).toBe('done');
    expect(mapped.preview!.newDays[0]!.values).toMatchObject({ personsIn: 1000, personsOut: 900 });
    // Remembered once the import is applied, not before.
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM import_mappings').get()).toEqual({ n: 0 });
    await core.ok('applyImport', { jobId: mapped.jobId, confirmWarnings: false }, actingAs('导入员'));

    const next = await importFile(core, { bytes: file, fileName: 'odd-february.csv' });
    expect(next.status).toBe('done');
    expect(next.sheets[0]!.remembered).toBe(true);
    expect(core.store.sqlite.prepare('SELECT updated_by FROM import_mappings').all()).toEqual([{ updated_by: '导入员' }]);
  });

  it('refuses a corrected mapping that still has problems', async () => {
    const core = await tempCore();
    const asked = await importFile(core, { bytes: file, fileName: 'odd.csv' });
    const sheet = asked.sheets[0]!;
    const again = await importFile(core, { bytes: file, fileName: 'odd.csv', mappings: { [sheet.signature!]: sheet.mapping } });
    expect(again.status).toBe('needsMapping');
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM import_mappings').get()).toEqual({ n: 0 });
  });

  it('lists columns left out, but not the derived day type of an export', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: csvFile([['日期', '日期类型', '入境人员', '天气'], ['2025-01-05', '周日', '10', '晴']]), fileName: 'a.csv' });
    expect(job.preview!.ignoredColumns).toEqual([{ sheet: 'a', column: '天气', hint: '未识别的列，导入时忽略' }]);
  });
});

describe('the history of a new day', () => {
  it('reads back as the field-by-field diff from blank', async () => {
    const { newDayChangesJson, readRevisionChanges } = await import('../../electron/core/services/days/revisionChanges');
    const { changedFields } = await import('../../shared/domain/dailyFields');
    const v = values({ personsIn: 5, importFreightKg: 0, portOpen: false, closureReason: '降雪"封路"\n', note: '备注' });
    expect(readRevisionChanges(newDayChangesJson(v))).toEqual(changedFields(emptyDayValues(), v));
    expect(readRevisionChanges(newDayChangesJson(emptyDayValues()))).toEqual([]);
  });

  it('reads a first revision stored as a list of changes, as stores made before the compact form have', async () => {
    const core = await tempCore();
    await core.ok('saveDay', { portId: 1, date: '2025-01-05', values: values({ personsIn: 5 }), expectedRevision: null, confirmWarnings: true });
    const older = JSON.stringify([{ field: 'personsIn', from: null, to: 5 }]);
    core.store.sqlite.prepare('UPDATE daily_record_revisions SET changes = ?').run(older);
    const history = await core.ok('getDayHistory', { portId: 1, date: '2025-01-05' });
    expect(history[0]!.changes).toEqual([{ field: 'personsIn', from: null, to: 5 }]);
  });
});
