import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { seedMeasureTemplate } from '../../electron/core/services/measures';
import { MEASURE_TEMPLATE } from '../../shared/domain/measures/template';
import { canTransition, type MeasureStatus } from '../../shared/domain/measures/measureTypes';

const NOW = new Date('2026-11-28T04:00:00Z');
const TODAY = '2026-11-28';

describe('seedMeasureTemplate (for the demo data set)', () => {
  it('puts the whole template in with plausible statuses, start dates and progress, none in the future', async () => {
    const core = await tempCore({ now: () => NOW });
    const result = await seedMeasureTemplate(core.store, { now: NOW });
    expect(result.added).toHaveLength(MEASURE_TEMPLATE.length);
    const list = await core.ok('listMeasures', undefined);
    expect(list.total).toBe(MEASURE_TEMPLATE.length);

    const statuses = new Set(list.items.map((m) => m.status));
    expect([...statuses].sort()).toEqual(['ended', 'inForce', 'inProgress', 'planned', 'suspended']);
    expect(list.items.filter((m) => m.stalled).map((m) => m.code)).toEqual(['ZM-07', 'ZM-21']);
    expect(list.items.filter((m) => m.overdue).map((m) => m.code)).toEqual(['ZM-13']);
    expect(list.items.every((m) => m.isDemo)).toBe(true);

    for (const m of list.items) {
      const d = await core.ok('getMeasure', { id: m.id });
      expect(d.progress.every((p) => p.date <= TODAY)).toBe(true);
      if (m.status !== 'planned' && m.status !== 'ended') expect(m.startDate).not.toBeNull();
      // the log replays as a legal life: registration as a plan, then allowed steps in date order
      const changes = d.progress.filter((p) => p.kind === 'status').reverse();
      expect(changes[0]).toMatchObject({ fromStatus: null, toStatus: 'planned' });
      for (let i = 1; i < changes.length; i++) {
        const c = changes[i]!;
        expect(canTransition(c.fromStatus as MeasureStatus, c.toStatus as MeasureStatus)).toBe(true);
        expect(c.date >= changes[i - 1]!.date).toBe(true);
      }
      expect(changes.at(-1)!.toStatus).toBe(m.status);
    }
    const zm01 = list.items.find((m) => m.code === 'ZM-01')!;
    expect(zm01).toMatchObject({ status: 'inForce', startDate: '2023-05-01' });
    expect(list.items.find((m) => m.code === 'ZM-14')).toMatchObject({ status: 'ended', startDate: null, endDate: '2024-12-31' });

    // ZM-18 shares no window with another measure on person crossings this year; a year earlier
    // ZM-17 started with the reopening of passenger clearance, so that comparison is not clean
    const zm18 = await core.ok('measureEffect', { id: list.items.find((m) => m.code === 'ZM-18')!.id });
    expect(zm18.startDate).toBe('2024-10-01');
    expect(zm18.metrics[0]!.effect.overlaps).toEqual([{ label: 'ZM-17 "三语"服务', date: '2023-09-01', where: 'yearEarlier' }]);

    const again = await seedMeasureTemplate(core.store, { now: NOW });
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(MEASURE_TEMPLATE.length);
  });

  it('takes other start dates and progress notes, and leaves out what is after today', async () => {
    const core = await tempCore({ now: () => new Date('2024-01-01T04:00:00Z') });
    await seedMeasureTemplate(core.store, {
      now: new Date('2024-01-01T04:00:00Z'),
      startDates: { 'ZM-01': '2023-06-01', 'ZM-03': null },
      progress: { 'ZM-01': [{ date: '2023-07-01', note: '首个周末开放' }, { date: '2024-05-01', note: '未来' }] },
      actor: '演示',
      isDemo: false,
    });
    const list = await core.ok('listMeasures', undefined);
    const zm01 = await core.ok('getMeasure', { id: list.items.find((m) => m.code === 'ZM-01')!.id });
    expect(zm01).toMatchObject({ status: 'inForce', startDate: '2023-06-01', isDemo: false, createdBy: '演示' });
    expect(zm01.progress.filter((p) => p.kind === 'note').map((p) => p.note)).toEqual(['首个周末开放']);
    expect(list.items.find((m) => m.code === 'ZM-03')).toMatchObject({ status: 'planned', startDate: null });
    // ZM-10's machine went in 2024-10: on 2024-01-01 it is still a plan with no start
    expect(list.items.find((m) => m.code === 'ZM-10')).toMatchObject({ status: 'planned', startDate: null });
    // ZM-07 was registered later in the built-in history: here only its registration, as of today
    expect(list.items.find((m) => m.code === 'ZM-07')).toMatchObject({ status: 'planned', progressCount: 1, lastProgress: { date: '2024-01-01', note: '列入口岸通关效率提升专项行动' } });
  });
});
