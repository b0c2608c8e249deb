import { describe, expect, it } from 'vitest';
import { csvFile } from './helpers/importFiles';
import { seedDays, everyDay } from './helpers/seedDays';
import { tempCore } from './helpers/tempCore';
import { DECLARATION_HEADER } from './helpers/syntheticDeclarations';

const row = (no: string, dir: string, declared: string, exit: string) => [no, dir, '樟木口岸', '', '否', declared, declared, '', '', exit, exit];

describe('the daily 整体通关时间 derived from declarations', () => {
  it('replaces the typed figure on days with declarations, keeps it elsewhere, and says which', async () => {
    const core = await tempCore();
    // Typed: import 10.00 h and export 2.00 h every day of 1–5 June 2025.
    await seedDays(core, 1, everyDay('2025-06-01', '2025-06-05', { importClearanceCentihours: 1000, exportClearanceCentihours: 200 }));
    // Imports declared on 2 June: 3 h and 4 h (mean 3.5 h); on 4 June: 20 min. One declared 9 June, a day without a record.
    const rows = [
      row('I0001', '进口', '2025-06-02 08:00', '2025-06-02 11:00'),
      row('I0002', '进口', '2025-06-02 22:00', '2025-06-03 02:00'),
      row('I0003', '进口', '2025-06-04 09:00', '2025-06-04 09:20'),
      row('I0004', '进口', '2025-06-09 09:00', '2025-06-09 12:00'),
    ];
    await core.ok('applyTrsImport', { fileName: 'd.csv', contentBase64: Buffer.from(csvFile([DECLARATION_HEADER, ...rows])).toString('base64'), defaultPortId: 1 });

    const kpis = await core.ok('getDashboardKpis', { portIds: [1], period: { kind: 'range', from: '2025-06-01', to: '2025-06-05' } });
    const figure = (key: string) => kpis.figures.find((f) => f.key === key)!.current;
    // Days: 10, 3.5, 10, 0.33…, 10 hours → mean in hundredths of an hour (each day rounded to 1/100 h first).
    const perDay = [1000, 350, 1000, Math.round((20 / 60) * 100), 1000];
    expect(figure('importClearanceCentihours')).toBeCloseTo(perDay.reduce((a, b) => a + b, 0) / perDay.length, 6);
    expect(figure('exportClearanceCentihours')).toBeCloseTo(200, 6);

    expect(await core.ok('getClearanceSources', { portIds: [1], from: '2025-06-01', to: '2025-06-05' })).toEqual({
      import: { derivedDays: 2, declarations: 3, typedDays: 3 },
      export: { derivedDays: 0, declarations: 0, typedDays: 5 },
    });
  });
});
