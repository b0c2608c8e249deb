import { describe, expect, it } from 'vitest';
import { csvFile } from './helpers/importFiles';
import { tempCore } from './helpers/tempCore';
import { DECLARATION_HEADER } from './helpers/syntheticDeclarations';

const pad = (n: number) => String(n).padStart(2, '0');

/** Imports declared at 10:00 each day of June–July 2025, 申报→放行 taking `hours(date)`. */
function rows(hours: (date: string, i: number) => number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 61; i++) {
    const d = new Date(Date.UTC(2025, 5, 1 + i, 10));
    const date = d.toISOString().slice(0, 10);
    const release = new Date(d.getTime() + hours(date, i) * 3_600_000);
    const text = (x: Date) => `${x.toISOString().slice(0, 10)} ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}`;
    out.push([`I25${String(i).padStart(4, '0')}`, '进口', '樟木口岸', '', '否', '', text(d), '', '', text(release), '']);
  }
  return out;
}

describe('a measure’s effect on a stage median', () => {
  it('compares equal windows before and from the start date, per direction; a missing base reads as no change figure', async () => {
    const core = await tempCore({ now: () => new Date('2025-09-01T04:00:00Z') });
    // Injected effect: 6 or 8 hours before 1 July, 3 or 5 hours from it (alternating days).
    const declarations = rows((date, i) => (date < '2025-07-01' ? 6 : 3) + (i % 2) * 2);
    await core.ok('applyTrsImport', { fileName: 'd.csv', contentBase64: Buffer.from(csvFile([DECLARATION_HEADER, ...declarations])).toString('base64'), defaultPortId: 1 });
    const m = await core.ok('createMeasure', { code: 'T-01', title: '两步申报', category: 'declaration', leadUnit: '聂拉木海关', portIds: [1], startDate: '2025-07-01', status: 'inForce' });

    const effect = await core.ok('getTrsMeasureEffect', { measureId: m.id, portId: 1, stage: 'declarationToRelease', windowDays: 30 });
    expect(effect.before).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    expect(effect.after).toEqual({ from: '2025-07-01', to: '2025-07-30' });
    const imports = effect.rows.find((r) => r.direction === 'import')!;
    // June: 15 days of 6 h and 15 of 8 h (i = 0…29) → median 7 h; July 1–30: i = 30…59 → 15 of 3 h, 15 of 5 h → 4 h.
    expect(imports.before).toMatchObject({ n: 30, median: 7 * 60 });
    expect(imports.after).toMatchObject({ n: 30, median: 4 * 60 });
    expect(imports.medianChangePct).toBeCloseTo(((4 - 7) / 7) * 100, 9);
    expect(effect.rows.find((r) => r.direction === 'export')).toMatchObject({ before: { n: 0, median: null }, medianChangePct: null });

    const noStart = await core.ok('createMeasure', { code: 'T-02', title: '错峰通关', category: 'declaration', leadUnit: '聂拉木海关', portIds: [1] });
    const r = await core.call('getTrsMeasureEffect', { measureId: noStart.id, portId: 1, stage: 'whole' }, { actor: null, host: 'test' });
    expect(r).toMatchObject({ ok: false, error: { message: '措施“错峰通关”还没有开始日期，无法比较实施前后' } });
  });
});
