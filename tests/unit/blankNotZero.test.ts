import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { csvFile, importFile } from './helpers/importFiles';

/**
 * "Not applicable is not zero", from a file to the store and back out: a figure the port did not
 * handle that day (persons before passenger clearance reopened) is a blank cell, and stays blank.
 */
describe('a blank figure stays blank through import, the store and export', () => {
  it('imports blank and "-" cells as blank, keeps 0 as 0, and exports blank as an empty cell', async () => {
    const core = await tempCore();
    // the lines as the clerk's file holds them, so the empty and "-" cells are seen as they are
    const file = csvFile(
      ['日期,入境人员,出境人员,出口货运量(吨),口岸开放', '2023-08-30,,-,200,是', '2023-08-31,,,210,是', '2023-09-01,380,372,190,是', '2023-09-02,0,0,180,是'].map(
        (line) => line.split(','),
      ),
    );
    const job = await importFile(core, { bytes: file, fileName: 'passengers.csv' });
    expect(job.preview!.counts).toMatchObject({ newDays: 4, invalidRows: 0 });
    await core.ok('applyImport', { jobId: job.jobId, confirmWarnings: true });

    const stored = core.store.sqlite.prepare('SELECT date, persons_in, persons_out FROM daily_records ORDER BY date').all();
    expect(stored).toEqual([
      { date: '2023-08-30', persons_in: null, persons_out: null },
      { date: '2023-08-31', persons_in: null, persons_out: null },
      { date: '2023-09-01', persons_in: 380, persons_out: 372 },
      { date: '2023-09-02', persons_in: 0, persons_out: 0 },
    ]);

    const out = await core.ok('exportData', { portIds: [1], from: '2023-08-30', to: '2023-09-02', format: 'csv' });
    const lines = Buffer.from(out.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const at = (name: string) => header.findIndex((h) => h.startsWith(name));
    const cells = (line: string) => line.split(',');
    expect(at('入境人员')).toBeGreaterThanOrEqual(0);
    const rows = lines.slice(1).map(cells);
    expect(rows.map((r) => [r[at('日期')], r[at('入境人员')], r[at('出境人员')]])).toEqual([
      ['2023-08-30', '', ''],
      ['2023-08-31', '', ''],
      ['2023-09-01', '380', '372'],
      ['2023-09-02', '0', '0'],
    ]);
  });
});
