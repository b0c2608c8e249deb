import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openCore } from '../electron/core/openCore';
import { addDays } from '../shared/domain/dates';
import { emptyDayValues } from '../shared/domain/dailyFields';
import { timeMedian, type BenchSuite } from './harness';

/** Saving a month through the contract, against a bare prepared INSERT of the same rows. */
export const dailyLogSuite: BenchSuite = {
  name: '每日录入（保存一个月 31 天）',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-bench-'));
    const core = await openCore({ dataDir: dir });
    let month = 0;
    const saveMonth = async () => {
      const start = addDays('2020-01-01', 31 * month++);
      const days = Array.from({ length: 31 }, (_, i) => ({
        date: addDays(start, i),
        values: { ...emptyDayValues(), personsIn: 1000 + i, personsOut: 990 + i, importFreightKg: 100_000 + i, portOpen: true },
      }));
      const r = await core.call('saveDays', { portId: 1, days, source: 'grid', confirmWarnings: true }, { actor: null, host: 'cli' });
      if (!r.ok) throw new Error(r.error.message);
    };
    const ms = await timeMedian(saveMonth, 7);
    await core.close();

    const bare = new BetterSqlite3(path.join(dir, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.exec('CREATE TABLE t (date TEXT, persons_in INTEGER, persons_out INTEGER, import_freight_kg INTEGER)');
    const insert = bare.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    let bareMonth = 0;
    const bareMs = await timeMedian(() => {
      const start = addDays('2020-01-01', 31 * bareMonth++);
      bare.transaction(() => {
        for (let i = 0; i < 31; i++) insert.run(addDays(start, i), 1000 + i, 990 + i, 100_000 + i);
      })();
    }, 7);
    bare.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return [{ name: 'saveDays 31 天', ms, baselineName: '裸 INSERT', baselineMs: bareMs, goal: '< 200 ms', met: ms < 200 }];
  },
};
