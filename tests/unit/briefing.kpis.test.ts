import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';

describe('briefing: KPI table and trend charts from the dashboard', () => {
  it('prints this period, the previous one and last year with 同比 / 环比, and the charts by day', async () => {
    const core = await tempCore({ now: () => new Date('2025-07-15T04:00:00Z') });
    await seedDays(core, 1, everyDay('2025-06-01', '2025-06-30', { portOpen: true, personsIn: 100, importValueYuan: 1_000_000 }));
    await seedDays(core, 1, everyDay('2025-05-01', '2025-05-31', { portOpen: true, personsIn: 80, importValueYuan: 1_000_000 }));
    await seedDays(core, 1, everyDay('2024-06-01', '2024-06-30', { portOpen: true, personsIn: 50 }));

    const b = await core.ok('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } });
    const persons = b.kpis!.rows.find((r) => r.key === 'personsIn')!;
    expect(persons).toMatchObject({ current: 3000, previous: 2480, lastYear: 1500, part: true });
    expect(persons.yoyPct).toBeCloseTo(100, 6);
    expect(persons.momPct).toBeCloseTo(((3000 - 2480) / 2480) * 100, 6);
    const value = b.kpis!.rows.find((r) => r.key === 'importValueYuan')!;
    expect(value.lastYear).toBeNull();
    expect(value.yoyPct).toBeNull();
    expect(b.kpis!.columns).toEqual({ current: '2025年6月', previous: '2025年5月', lastYear: '2024年6月' });

    const personsTrend = b.trends!.series.find((s) => s.key === 'persons')!;
    expect(b.trends!.granularity).toBe('day');
    expect(personsTrend.points).toHaveLength(30);
    expect(personsTrend.points[0]).toMatchObject({ total: 100, lastYearTotal: 50 });
  });

  it('leaves both sections out when the period has no figures', async () => {
    const core = await tempCore({ now: () => new Date('2025-07-15T04:00:00Z') });
    const b = await core.ok('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } });
    expect(b.kpis).toBeNull();
    expect(b.trends).toBeNull();
  });
});
