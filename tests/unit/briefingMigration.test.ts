import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0006_briefing_remarks';

describe(`migration ${NAME}`, () => {
  it('adds the remarks table to a store at the migration before it, keeping its rows', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    old.sqlite
      .prepare("INSERT INTO daily_records (port_id, date, persons_in, port_open, closure_reason, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-06-03', 0, 0, '道路塌方', 'x', 'x', 'x', 'x')")
      .run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'briefing_remarks'").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir });
    expect(store.schemaVersion).toBe(LATEST_MIGRATION);
    expect(store.sqlite.prepare('SELECT date, closure_reason FROM daily_records').all()).toEqual([{ date: '2025-06-03', closure_reason: '道路塌方' }]);
    const insert = store.sqlite.prepare(
      "INSERT INTO briefing_remarks (port_id, period_kind, period_from, period_to, text, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'x', 'x', 'x', 'x')",
    );
    insert.run(1, 'month', '2025-06-01', '2025-06-30', '樟木');
    insert.run(null, 'month', '2025-06-01', '2025-06-30', '全部');
    // one text per port (all ports included) and period
    expect(() => insert.run(null, 'month', '2025-06-01', '2025-06-30', '又一条')).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'month', '2025-06-01', '2025-06-30', '又一条')).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'decade', '2025-06-01', '2025-06-30', 'x')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'range', '2025-06-30', '2025-06-01', 'x')).toThrow(/CHECK/);
    expect(() => insert.run(42, 'range', '2025-06-01', '2025-06-30', 'x')).toThrow(/FOREIGN KEY/);
    await store.close();

    const reopened = await openStore({ dataDir });
    expect(reopened.sqlite.prepare('SELECT port_id, text FROM briefing_remarks ORDER BY id').all()).toEqual([
      { port_id: 1, text: '樟木' },
      { port_id: null, text: '全部' },
    ]);
    await reopened.close();
  });
});
