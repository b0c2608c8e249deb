import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/openCore';
import { createDayTypeProvider } from '../electron/core/services/calendar/dayTypeProvider';
import { datesBetween } from '../shared/domain/dates';
import { weekdayDayType } from '../shared/domain/dayType';
import { emptyDayValues } from '../shared/domain/dailyFields';
import { addDays } from '../shared/domain/dates';
import { timeMedian, type BenchSuite } from './harness';

const CTX = { actor: null, host: 'cli' } as const;
const FROM = '2016-01-01';
const TO = '2025-12-31';
const PORTS = [1, 2, 3];

/**
 * Day types the way the dashboard asks for them (10 years × 3 ports), through the calendar
 * provider, against the weekday-only provider it replaced; and the 5+2 figures of a year over a
 * store with ten years of days.
 */
export const calendarSuite: BenchSuite = {
  name: '5+2 日历（日期类型与 5+2 指标）',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const core = await openCore({ dataDir: dir });
    for (const [name, code] of [['吉隆口岸', 'GYIRONG'], ['普兰口岸', 'PURANG']]) {
      const r = await core.call('createPort', { name, code }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }

    // Cold: a fresh provider, so every year is resolved from the national and regional tables.
    const coldMs = await timeMedian(() => {
      const provider = createDayTypeProvider({ store: core.store });
      for (const p of PORTS) provider.range(p, FROM, TO);
    }, 5);
    const provider = createDayTypeProvider({ store: core.store });
    const warmMs = await timeMedian(() => {
      for (const p of PORTS) provider.range(p, FROM, TO);
    }, 9);
    const bareMs = await timeMedian(() => {
      for (let i = 0; i < PORTS.length; i++) datesBetween(FROM, TO).map(weekdayDayType);
    }, 9);

    // Ten years of days at port 1, then the 5+2 figures of 2025 (with 2024 for 同比).
    const dates = datesBetween(FROM, TO);
    for (let i = 0; i < dates.length; i += 400) {
      const days = dates.slice(i, i + 400).map((date, k) => ({
        date,
        values: { ...emptyDayValues(), portOpen: true, personsIn: 1000 + (k % 90), personsOut: 990, importFreightKg: 100_000 + k, vehiclesIn: 30 },
      }));
      const r = await core.call('saveDays', { portId: 1, days, source: 'grid', confirmWarnings: true }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }
    const fiveMs = await timeMedian(async () => {
      const r = await core.call('getFivePlusTwo', { portId: 1, kind: 'year', from: '2025-01-01', to: '2025-12-31' }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }, 7);
    const monthMs = await timeMedian(async () => {
      const r = await core.call('getMonth', { portId: 1, month: '2025-10' }, CTX);
      if (!r.ok) throw new Error(r.error.message);
    }, 9);
    const bareMonthMs = await timeMedian(() => {
      core.store.sqlite.prepare("SELECT * FROM daily_records WHERE port_id = 1 AND date BETWEEN '2025-10-01' AND '2025-10-31'").all();
      datesBetween('2025-10-01', addDays('2025-10-01', 30)).map(weekdayDayType);
    }, 9);
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });

    return [
      { name: '日期类型 10 年 × 3 口岸（首次，含解析）', ms: coldMs, baselineName: '仅按星期推算', baselineMs: bareMs, goal: '< 100 ms', met: coldMs < 100 },
      { name: '日期类型 10 年 × 3 口岸（缓存）', ms: warmMs, baselineName: '仅按星期推算', baselineMs: bareMs, goal: '≤ 2× 仅按星期推算', met: warmMs <= 2 * bareMs },
      { name: 'getFivePlusTwo 一年（含同比、值班核对）', ms: fiveMs, goal: '< 100 ms', met: fiveMs < 100 },
      { name: 'getMonth 一个月（含日期类型）', ms: monthMs, baselineName: '裸 SELECT + 星期推算', baselineMs: bareMonthMs, goal: '< 20 ms', met: monthMs < 20 },
    ];
  },
};
