import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { csvFile, importFile, recordCount, xlsxFile, type Cell } from './helpers/importFiles';

const HEADER = ['日期', '入境人员', '出口货值(万元)'];

/** Twelve ordinary March days (出口货值 about 12.5 万元), then the day a clerk typed 元 into the 万元 column. */
function marchRows(): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let i = 0; i < 12; i++) rows.push([addDays('2025-03-01', i), 1000 + i, 12.5 + i / 10]);
  rows.push(['2025-03-13', 1010, 125000]);
  rows.push(['2025-03-14', 1020, 13.1]);
  return rows;
}

function storeDump(core: TestCore) {
  return {
    records: core.store.sqlite.prepare('SELECT * FROM daily_records ORDER BY port_id, date').all(),
    revisions: core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_record_revisions').get(),
    mappings: core.store.sqlite.prepare('SELECT count(*) AS n FROM import_mappings').get(),
    audit: core.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get(),
  };
}

async function seedDays(core: TestCore, days: { date: string; values: Partial<DayValues> }[]) {
  await core.ok('saveDays', { portId: 1, days: days.map((d) => ({ date: d.date, values: { ...emptyDayValues(), ...d.values } })), source: 'grid', confirmWarnings: true });
}

describe('range warnings in the import', () => {
  it('lists a 元-for-万元 slip after ordinary days of the same file, where it is in the file', async () => {
    const core = await tempCore();
    const job = await importFile(core, { bytes: await xlsxFile({ 三月: marchRows() }), fileName: '三月.xlsx' });
    const p = job.preview!;
    expect(p.counts).toMatchObject({ newDays: 14, invalidRows: 0, rangeWarnings: 1, proposedClosures: 0 });
    expect(p.rangeWarnings).toEqual([
      {
        sheet: '三月',
        row: 14,
        portId: 1,
        portName: '樟木口岸',
        date: '2025-03-13',
        field: 'exportValueYuan',
        column: '出口货值(万元)',
        message: '2025-03-13 出口货值 125000 万元，超过近 90 天中位数（13.05 万元）的 5 倍，请确认是否录入有误',
      },
    ]);
    expect(recordCount(core)).toBe(0);
  });

  it('writes nothing without confirmation, and the same preview goes in once confirmed', async () => {
    const core = await tempCore();
    await seedDays(core, [{ date: '2025-02-01', values: { personsIn: 900 } }]);
    const before = storeDump(core);
    const job = await importFile(core, { bytes: await xlsxFile({ 三月: marchRows() }), fileName: '三月.xlsx' });

    const refused = await core.call('applyImport', { jobId: job.jobId, confirmWarnings: false }, TEST_CTX);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('NEEDS_CONFIRMATION');
      expect(refused.error.message).toMatch(/预览中有 1 个数值远超该口岸的常见范围.*未写入任何数据/);
    }
    expect(storeDump(core)).toEqual(before);

    expect(await core.ok('applyImport', { jobId: job.jobId, confirmWarnings: true })).toEqual({ saved: 14, unchanged: 0, skippedInvalid: 0 });
    expect((await core.ok('getDay', { portId: 1, date: '2025-03-13' }))!.values.exportValueYuan).toBe(1_250_000_000);

    // The confirmed figure is stored now: the same file again changes nothing and asks nothing.
    const again = await importFile(core, { bytes: await xlsxFile({ 三月: marchRows() }), fileName: '三月.xlsx' });
    expect(again.preview!.counts).toMatchObject({ newDays: 0, changedDays: 0, unchangedDays: 14, rangeWarnings: 0, proposedClosures: 0 });
  });

  it('takes the usual range from the store as the import will leave it', async () => {
    const core = await tempCore();
    // Stored history: a slip in the file after it is flagged …
    await seedDays(core, Array.from({ length: 15 }, (_, i) => ({ date: addDays('2025-01-01', i), values: { personsIn: 1000 } })));
    const slip = await importFile(core, { bytes: csvFile([['日期', '入境人员'], ['2025-01-20', '12000']]), fileName: 'a.csv' });
    expect(slip.preview!.rangeWarnings.map((w) => [w.date, w.column])).toEqual([['2025-01-20', '入境人员']]);

    // … while a file that corrects the stored days counts with its own figures: 100 stored ten
    // times too small, the file puts 1000 in their place and adds 2000, which is ordinary then.
    const other = await tempCore();
    await seedDays(other, Array.from({ length: 15 }, (_, i) => ({ date: addDays('2025-01-01', i), values: { personsIn: 100 } })));
    const rows: string[][] = [['日期', '入境人员']];
    for (let i = 0; i < 15; i++) rows.push([addDays('2025-01-01', i), '1000']);
    rows.push(['2025-01-20', '2000']);
    const corrected = await importFile(other, { bytes: csvFile(rows), fileName: 'b.csv' });
    expect(corrected.preview!.counts).toMatchObject({ changedDays: 15, newDays: 1, rangeWarnings: 0, proposedClosures: 0 });
    expect(await other.ok('applyImport', { jobId: corrected.jobId, confirmWarnings: false })).toMatchObject({ saved: 16 });
  });

  it('keeps each port to its own history', async () => {
    const core = await tempCore();
    await core.ok('createPort', { name: '吉隆口岸', code: 'JILONG' });
    const rows: string[][] = [['口岸', '日期', '入境人员']];
    for (let i = 0; i < 12; i++) rows.push(['樟木口岸', addDays('2025-03-01', i), '1000'], ['吉隆口岸', addDays('2025-03-01', i), '10000']);
    rows.push(['樟木口岸', '2025-03-20', '9000'], ['吉隆口岸', '2025-03-20', '9000']);
    const job = await importFile(core, { bytes: csvFile(rows), fileName: 'ports.csv', defaultPortId: null });
    expect(job.preview!.rangeWarnings.map((w) => [w.portName, w.row])).toEqual([['樟木口岸', 26]]);
  });
});
