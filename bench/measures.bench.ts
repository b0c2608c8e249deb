import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/openCore';
import { seedMeasureTemplate } from '../electron/core/services/measures';
import { datesBetween, weekdayOf } from '../shared/domain/dates';
import { emptyDayValues } from '../shared/domain/dailyFields';
import { timeMedian, type BenchSuite } from './harness';

const CTX = { actor: null, host: 'cli' as const };

/**
 * The measures page's heavy calls on a demo-sized store (22 measures with their history, three and
 * a half years of days): the effect of a measure on three figures (two bootstraps of 2,000
 * resamples each per figure) and the overview. The baseline reads the same days with a bare SELECT.
 */
export const measuresSuite: BenchSuite = {
  name: '通关措施（22 项措施，3 年半每日数据）',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const now = new Date('2026-11-28T04:00:00Z');
    const core = await openCore({ dataDir: dir, now: () => now });
    await seedMeasureTemplate(core.store, { now });
    const days = datesBetween('2023-05-01', '2026-11-27').map((date, i) => ({
      date,
      values: {
        ...emptyDayValues(),
        portOpen: true,
        personsIn: 600 + (i % 7) * 40,
        personsOut: 580 + (i % 5) * 30,
        vehiclesIn: 50 + weekdayOf(date),
        vehiclesOut: 48,
        importClearanceCentihours: 900 + (i % 11) * 20,
        exportClearanceCentihours: 80 + (i % 3) * 5,
      },
    }));
    for (let i = 0; i < days.length; i += 400) {
      const r = await core.call('saveDays', { portId: 1, days: days.slice(i, i + 400), source: 'paste', confirmWarnings: true }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }
    const list = await core.call('listMeasures', undefined, CTX);
    if (!list.ok) throw new Error(list.error.message);
    const zm06 = (list.value as { items: { id: number; code: string }[] }).items.find((m) => m.code === 'ZM-06')!;

    const effectMs = await timeMedian(async () => {
      const r = await core.call('measureEffect', { id: zm06.id }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }, 7);
    const overviewMs = await timeMedian(async () => {
      const r = await core.call('measuresOverview', { portId: 1 }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }, 7);
    const listMs = await timeMedian(async () => {
      const r = await core.call('listMeasures', { search: '通关' }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }, 7);
    const select = core.store.sqlite.prepare('SELECT * FROM daily_records WHERE port_id = 1 AND date BETWEEN ? AND ?');
    const bareMs = await timeMedian(() => select.all('2023-04-01', '2024-09-28'), 7);
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return [
      { name: 'measureEffect（3 项指标）', ms: effectMs, baselineName: '裸 SELECT 同范围日数据', baselineMs: bareMs, goal: '< 300 ms', met: effectMs < 300 },
      { name: 'measuresOverview（12 个月）', ms: overviewMs, baselineName: '裸 SELECT 同范围日数据', baselineMs: bareMs, goal: '< 300 ms', met: overviewMs < 300 },
      { name: 'listMeasures（搜索）', ms: listMs, goal: '< 50 ms', met: listMs < 50 },
    ];
  },
};
