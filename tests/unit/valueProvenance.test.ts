import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DAY_VALUE_KEYS, emptyDayValues, type DayValueKey, type DayValues } from '../../shared/domain/dailyFields';
import type { KpiReport } from '../../shared/contract/dashboard';
import { csvFile, importFile } from './helpers/importFiles';
import { actingAs, tempCore, type TestCore } from './helpers/tempCore';

const now = () => new Date('2025-08-01T04:00:00Z');
const JULY_2024 = { kind: 'month' as const, from: '2024-07-01', to: '2024-07-31' };
const LABEL = '含演示数据（虚构）';

function sourcesOf(core: TestCore, date: string): Record<string, string> {
  const row = core.store.sqlite.prepare('SELECT value_sources FROM daily_records WHERE port_id = 1 AND date = ?').get(date) as { value_sources: string };
  return JSON.parse(row.value_sources) as Record<string, string>;
}

async function exportText(core: TestCore, format: 'csv' | 'xlsx', from: string, to: string): Promise<{ fileName: string; firstLines: string[]; includesDemo: boolean }> {
  const file = await core.ok('exportData', { portIds: [1], from, to, format, layout: 'sheetPerPort' });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (format === 'csv') return { fileName: file.fileName, firstLines: bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').slice(0, 2), includesDemo: file.includesDemo };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const firstLines = wb.worksheets.map((ws) => String(ws.getRow(1).getCell(1).value));
  return { fileName: file.fileName, firstLines, includesDemo: file.includesDemo };
}

/**
 * A store with the demo loaded, then written over by a person in part: one field of a demo day by
 * the day form, two demo days by an import that gives some fields only (one of them the same
 * figures as the demo's), and a day of their own after the demo's last.
 */
async function demoWrittenOver() {
  const core = await tempCore({ now });
  await core.ok('loadDemoData', {});

  const formDay = (await core.ok('getDay', { portId: 1, date: '2024-07-02' }))!;
  await core.ok('saveDay', {
    portId: 1,
    date: '2024-07-02',
    values: { ...formDay.values, personsIn: formDay.values.personsIn! + 7 },
    expectedRevision: formDay.revision,
    confirmWarnings: true,
  });
  const sameAsDemo = (await core.ok('getDay', { portId: 1, date: '2024-07-04' }))!.values;
  const csv = csvFile([
    ['日期', '入境人员', '出境人员', '出口货运量(吨)'],
    ['2024-07-05', '', '', '12.5'],
    ['2024-07-04', sameAsDemo.personsIn!, sameAsDemo.personsOut!, ''],
  ]);
  const job = await importFile(core, { bytes: csv, fileName: '七月台账.csv' });
  expect(job.status).toBe('done');
  expect(job.preview!.counts).toMatchObject({ changedDays: 1, unchangedDays: 1 });
  await core.ok('applyImport', { jobId: job.jobId, confirmWarnings: true }, actingAs('录入员'));

  const ownDay: DayValues = { ...emptyDayValues(), personsIn: 640, personsOut: 610, exportFreightKg: 90_000, portOpen: true };
  await core.ok('saveDay', { portId: 1, date: '2025-08-01', values: ownDay, expectedRevision: null, confirmWarnings: true });

  /** what a person typed or imported, day by day: all that may survive the demo's removal */
  const real: Record<string, Partial<DayValues>> = {
    '2024-07-02': { personsIn: formDay.values.personsIn! + 7 },
    '2024-07-05': { exportFreightKg: 12_500 },
    '2024-07-04': { personsIn: sameAsDemo.personsIn, personsOut: sameAsDemo.personsOut },
    '2025-08-01': { personsIn: 640, personsOut: 610, exportFreightKg: 90_000, portOpen: true },
  };
  return { core, real };
}

describe('each stored value knows where it came from', () => {
  it('the form, the import and the demo each mark the values they wrote, and only those', async () => {
    const { core } = await demoWrittenOver();
    const importId = (core.store.sqlite.prepare('SELECT id, file_name, imported_by FROM day_imports').all() as { id: number; file_name: string; imported_by: string }[]);
    expect(importId).toEqual([{ id: 1, file_name: '七月台账.csv', imported_by: '录入员' }]);

    // a demo day nobody touched: every value the demo's
    const untouched = sourcesOf(core, '2024-07-10');
    const stored = (await core.ok('getDay', { portId: 1, date: '2024-07-10' }))!.values;
    expect(Object.keys(untouched).sort()).toEqual(DAY_VALUE_KEYS.filter((k) => stored[k] !== null).sort());
    expect(new Set(Object.values(untouched))).toEqual(new Set(['d']));

    // the form changed persons in only: typed (no entry), the rest still the demo's
    const formDay = sourcesOf(core, '2024-07-02');
    expect(formDay.personsIn).toBeUndefined();
    expect(formDay.personsOut).toBe('d');
    expect(formDay.importFreightKg).toBe('d');

    // the import gave export freight on the 5th, persons on the 4th (the same figures as the demo's)
    expect(sourcesOf(core, '2024-07-05')).toMatchObject({ exportFreightKg: 'i1', personsIn: 'd', importFreightKg: 'd' });
    expect(sourcesOf(core, '2024-07-04')).toMatchObject({ personsIn: 'i1', personsOut: 'i1', exportFreightKg: 'd' });
    // a figure that was the same only changed its source: no revision for it
    expect(core.store.sqlite.prepare("SELECT max(r.revision) AS n FROM daily_record_revisions r JOIN daily_records d ON d.id = r.record_id WHERE d.date = '2024-07-04'").get()).toEqual({ n: 1 });

    expect(sourcesOf(core, '2025-08-01')).toEqual({});
    // every day written over still holds demo values, and says so
    for (const date of ['2024-07-02', '2024-07-05', '2024-07-04']) expect((await core.ok('getDay', { portId: 1, date }))!.isDemo, date).toBe(true);
    expect((await core.ok('getDay', { portId: 1, date: '2025-08-01' }))!.isDemo).toBe(false);
  });

  it('removing the demo leaves exactly the typed and imported values: demo-only days go, mixed days keep theirs, blank not zero', async () => {
    const { core, real } = await demoWrittenOver();
    const before = (await core.ok('getDemoStatus', undefined)).demoRecords;
    expect(before).toBe(823);
    const { parts } = await core.ok('removeDemoData', {}, actingAs('体验者'));
    expect(parts[0]).toEqual({ key: 'dailyRecords', label: '每日通关数据', count: 823 });

    const status = await core.ok('getDemoStatus', undefined);
    expect(status).toMatchObject({ totalRecords: 4, demoRecords: 0 });

    const left = core.store.sqlite.prepare('SELECT date FROM daily_records ORDER BY date').all() as { date: string }[];
    expect(left.map((r) => r.date)).toEqual(Object.keys(real).sort());
    for (const [date, values] of Object.entries(real)) {
      const day = (await core.ok('getDay', { portId: 1, date }))!;
      const expected = { ...emptyDayValues(), ...values };
      expect(day.values, date).toEqual(expected);
      expect(day.isDemo, date).toBe(false);
      expect(Object.values(sourcesOf(core, date))).not.toContain('d');
    }
    // the removal is a revision of its own on each mixed day, its changes the demo values going blank
    const history = await core.ok('getDayHistory', { portId: 1, date: '2024-07-02' });
    expect(history[0]).toMatchObject({ revision: 3, source: 'demo', changedBy: '体验者' });
    expect(history[0]!.changes.every((c) => c.to === null && c.field !== 'personsIn')).toBe(true);

    // the dashboard's sums are those of the values left, recomputed here from what was typed and imported
    const report: KpiReport = await core.ok('getDashboardKpis', { portIds: [1], period: JULY_2024 });
    const sum = (keys: DayValueKey[]) => {
      let total = 0;
      let any = false;
      for (const [date, values] of Object.entries(real)) {
        if (!date.startsWith('2024-07')) continue;
        for (const k of keys) {
          const v = values[k];
          if (typeof v === 'number') {
            total += v;
            any = true;
          }
        }
      }
      return any ? total : null;
    };
    const figure = (key: string) => report.figures.find((f) => f.key === key)!.current;
    expect(figure('persons')).toBe(sum(['personsIn', 'personsOut']));
    expect(figure('freightKg')).toBe(sum(['importFreightKg', 'exportFreightKg']));
    expect(figure('vehicles')).toBe(sum(['vehiclesIn', 'vehiclesOut']));
    expect(figure('tradeValueYuan')).toBe(sum(['importValueYuan', 'exportValueYuan']));
  });
});

describe('documents holding demo figures say so on every sheet and page', () => {
  it('the export: a first line on each .xlsx sheet and in the .csv while demo values are in the period, none after removal', async () => {
    const { core } = await demoWrittenOver();
    const xlsx = await exportText(core, 'xlsx', '2024-07-01', '2024-07-31');
    expect(xlsx.includesDemo).toBe(true);
    expect(xlsx.firstLines).toHaveLength(1);
    for (const line of xlsx.firstLines) expect(line).toContain(LABEL);
    const csv = await exportText(core, 'csv', '2024-07-01', '2024-07-31');
    expect(csv.firstLines[0]).toContain(LABEL);
    expect(csv.firstLines[1]).toMatch(/^口岸,日期/);
    // a period the demo does not reach
    const own = await exportText(core, 'csv', '2025-08-01', '2025-08-01');
    expect(own.includesDemo).toBe(false);
    expect(own.firstLines[0]).toMatch(/^口岸,日期/);

    await core.ok('removeDemoData', {});
    const after = await exportText(core, 'xlsx', '2024-07-01', '2024-07-31');
    expect(after.includesDemo).toBe(false);
    expect(after.firstLines.join('')).not.toContain(LABEL);
    expect(after.fileName).not.toContain('演示');
    const afterCsv = await exportText(core, 'csv', '2024-07-01', '2024-07-31');
    expect(afterCsv.firstLines[0]).toMatch(/^口岸,日期/);
  });

  it('an export with the note imports back: the note line is passed over like a title', async () => {
    const { core } = await demoWrittenOver();
    const file = await core.ok('exportData', { portIds: [1], from: '2024-07-01', to: '2024-07-05', format: 'csv', layout: 'sheetPerPort' });
    const job = await importFile(core, { bytes: Buffer.from(file.contentBase64, 'base64'), fileName: file.fileName });
    expect(job.status).toBe('done');
    expect(job.preview!.counts).toMatchObject({ newDays: 0, changedDays: 0, invalidRows: 0 });
  });

  it('the briefing knows whether any figure it shows or compares with is the demo\'s', async () => {
    const { core } = await demoWrittenOver();
    const briefing = await core.ok('getBriefing', { portId: 1, period: JULY_2024 });
    expect(briefing.includesDemo).toBe(true);
    expect(briefing.notices.join('')).toContain(LABEL);
    // August 2025 holds only a typed day, but its 环比 base (July 2025) is the demo's
    const august = await core.ok('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-08-01', to: '2025-08-31' } });
    expect(august.includesDemo).toBe(true);

    await core.ok('removeDemoData', {});
    for (const period of [JULY_2024, { kind: 'month' as const, from: '2025-08-01', to: '2025-08-31' }]) {
      const b = await core.ok('getBriefing', { portId: 1, period });
      expect(b.includesDemo).toBe(false);
      expect(b.notices.join('')).not.toContain('演示');
    }
  });
});
