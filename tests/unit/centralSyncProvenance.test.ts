import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { emptyDayValues } from '../../shared/domain/dailyFields';
import { tempCore } from './helpers/tempCore';
import { csvFile, importFile } from './helpers/importFiles';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';
import { centralDatabase, startCentralCluster } from './helpers/centralFixture';

let cluster: ThrowawayPostgres;

beforeAll(async () => {
  cluster = await startCentralCluster();
}, 120_000);

afterAll(() => cluster?.stop());

async function centralDays(url: string) {
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  try {
    const { rows } = await owner.query(`SELECT date, persons_in::int AS persons_in, export_freight_kg::int AS export_freight_kg, value_sources FROM days ORDER BY date`);
    return rows.map((r: { value_sources: string }) => ({ ...r, value_sources: JSON.parse(r.value_sources) as Record<string, string> }));
  } finally {
    await owner.end();
  }
}

describe('clearance sync carries where each value came from', () => {
  it('sends an imported day with its sources; a day still holding demo values stays home until the demo is removed, then goes with only the real values', { timeout: 120_000 }, async () => {
    const urls = await centralDatabase(cluster);
    const office = await tempCore({ now: () => new Date('2025-08-01T04:00:00Z') });
    await office.ok('loadDemoData', {});
    // a demo day corrected in one field by the form
    const demoDay = (await office.ok('getDay', { portId: 1, date: '2024-07-02' }))!;
    await office.ok('saveDay', { portId: 1, date: '2024-07-02', values: { ...demoDay.values, personsIn: 777 }, expectedRevision: demoDay.revision, confirmWarnings: true });
    // today's figures, imported
    const job = await importFile(office, { bytes: csvFile([['日期', '入境人员', '出口货运量(吨)'], ['2025-08-01', 640, '90']]), fileName: '八月.csv' });
    await office.ok('applyImport', { jobId: job.jobId, confirmWarnings: true });

    const first = await syncOffice(office.store, urls.zhangmu);
    expect(first.conflicts).toEqual([]);
    expect(first.sent.days).toBe(1);
    expect(await centralDays(urls.owner)).toEqual([{ date: '2025-08-01', persons_in: 640, export_freight_kg: 90_000, value_sources: { personsIn: 'i1', exportFreightKg: 'i1' } }]);

    await office.ok('removeDemoData', {});
    const second = await syncOffice(office.store, urls.zhangmu);
    expect(second.conflicts).toEqual([]);
    expect(second.sent.days).toBe(1);
    const days = await centralDays(urls.owner);
    expect(days).toEqual([
      { date: '2024-07-02', persons_in: 777, export_freight_kg: null, value_sources: {} },
      { date: '2025-08-01', persons_in: 640, export_freight_kg: 90_000, value_sources: { personsIn: 'i1', exportFreightKg: 'i1' } },
    ]);
    expect((await office.ok('getDay', { portId: 1, date: '2024-07-02' }))!.values).toEqual({ ...emptyDayValues(), personsIn: 777 });
  });
});
