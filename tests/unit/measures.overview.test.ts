import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { saveAll, syntheticPersonDays } from './helpers/syntheticDays';

const NOW = new Date('2025-01-15T04:00:00Z');

describe('measures overview (the briefing reuses it)', () => {
  async function setUp() {
    const core = await tempCore({ now: () => NOW });
    // persons +20% and import clearance time down from 12 to 9 hours from 2024-11-01
    const days = syntheticPersonDays({ from: '2024-08-01', to: '2025-01-14', stepDate: '2024-11-01', step: 1.2, noise: 0.02 });
    await saveAll(core, days.map((d) => ({ date: d.date, values: { ...d.values, importClearanceCentihours: d.date < '2024-11-01' ? 1200 : 900 } })));

    const a = await core.ok('createMeasure', {
      code: 'ZM-03', title: '提前申报', category: 'declaration', leadUnit: '聂拉木海关', portIds: [1],
      metrics: ['importClearanceHours'], targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
      status: 'inForce', startDate: '2024-11-01',
    });
    const b = await core.ok('createMeasure', {
      code: 'ZM-07', title: '边民互市便利化', category: 'borderTrade', leadUnit: '口岸管委会', portIds: [1],
      metrics: ['borderTradeWanYuan'], status: 'inProgress', startDate: '2024-10-01',
    });
    await core.ok('addMeasureProgress', { id: b.id, date: '2024-11-20', note: '清单已上报' });
    await core.ok('createMeasure', {
      code: 'ZM-13', title: '汇总征税', category: 'tax', leadUnit: '聂拉木海关', portIds: [1], startDate: '2025-01-10',
    });
    return { core, a, b };
  }

  it('counts by status, flags stalled and overdue, and says where each target stands', async () => {
    const { core } = await setUp();
    const o = await core.ok('measuresOverview', { portId: 1 });
    expect(o.asOf).toBe('2025-01-15');
    expect(o).toMatchObject({ currentFrom: '2024-12-16', currentTo: '2025-01-14' });
    expect(o.counts).toEqual({ planned: 1, inProgress: 1, inForce: 1, suspended: 0, ended: 0, total: 3, stalled: 1, overdue: 1 });
    expect(o.rows.map((r) => [r.code, r.status, r.stalled, r.overdue])).toEqual([
      ['ZM-03', 'inForce', false, false],
      ['ZM-07', 'inProgress', true, false],
      ['ZM-13', 'planned', false, true],
    ]);
    const [time] = o.rows[0]!.figures;
    expect(time).toMatchObject({ metric: 'importClearanceHours', targetText: '进口整体通关时间 ≤ 10 小时', current: 9, currentDataDays: 30, beforeStart: 12, met: true });
    expect(o.rows[1]!.figures[0]).toMatchObject({ metric: 'borderTradeWanYuan', current: null, met: null, target: null });
    expect(o.rows[1]!.lastProgress).toEqual({ date: '2024-11-20', note: '清单已上报' });
  });

  it('draws progress over time month by month, and can be drawn for a past date', async () => {
    const { core } = await setUp();
    const o = await core.ok('measuresOverview', { portId: 1, months: 4 });
    expect(o.months.map((m) => m.month)).toEqual(['2024-10', '2024-11', '2024-12', '2025-01']);
    const [oct, nov, , jan] = o.months;
    expect(oct!.byStatus).toMatchObject({ inProgress: 1, inForce: 0 });
    expect(nov!.byStatus).toMatchObject({ inProgress: 1, inForce: 1 });
    expect(nov!.started).toBe(1);
    expect(nov!.notes).toBe(1);
    expect(jan!.byStatus).toMatchObject({ planned: 1, inProgress: 1, inForce: 1 });

    // On 2024-11-15 ZM-13 was not registered yet and ZM-07 had had no progress since it began.
    const past = await core.ok('measuresOverview', { portId: 1, asOf: '2024-11-15' });
    expect(past.counts.total).toBe(2);
    expect(past.rows.find((r) => r.code === 'ZM-07')!.stalled).toBe(true);
    const later = await core.ok('measuresOverview', { portId: 1, asOf: '2024-12-05' });
    expect(later.rows.find((r) => r.code === 'ZM-07')!.stalled).toBe(false);
    expect(later.rows.find((r) => r.code === 'ZM-03')!.figures[0]!.current).toBe(9);
  });

  it('lists only the measures of the port asked about', async () => {
    const { core } = await setUp();
    await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    const o = await core.ok('measuresOverview', { portId: 2 });
    expect(o.counts.total).toBe(0);
    expect(o.rows).toEqual([]);
  });
});
