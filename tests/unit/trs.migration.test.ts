import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0011_trs_declarations';

describe(`migration ${NAME}`, () => {
  it('adds the declarations table to a store at the migration before it, keeping its rows', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    old.sqlite
      .prepare("INSERT INTO daily_records (port_id, date, import_clearance_centihours, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-06-03', 1250, 'x', 'x', 'x', 'x')")
      .run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'trs_declarations'").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir });
    expect(store.schemaVersion).toBe(LATEST_MIGRATION);
    expect(store.sqlite.prepare('SELECT date, import_clearance_centihours AS t FROM daily_records').all()).toEqual([{ date: '2025-06-03', t: 1250 }]);
    const insert = store.sqlite.prepare(
      `INSERT INTO trs_declarations (port_id, declaration_no, direction, inspected, declared_at, declared_date, whole_min, imported_at, imported_by)
       VALUES (?, ?, ?, ?, 29000000, ?, ?, 'x', 'x')`,
    );
    insert.run(1, 'I0001', 'import', 0, '2025-06-03', 120);
    expect(() => insert.run(1, 'I0001', 'export', 0, '2025-06-03', 1)).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'I0002', 'transit', 0, '2025-06-03', 1)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'I0003', 'import', 2, '2025-06-03', 1)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'I0004', 'import', 0, '2025-6-3', 1)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'I0005', 'import', 0, '2025-06-03', -5)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'I0006', 'import', 0, '2025-06-03', 'long')).toThrow(/cannot store TEXT/);
    expect(() => insert.run(42, 'I0007', 'import', 0, '2025-06-03', 1)).toThrow(/FOREIGN KEY/);

    // trs_daily follows every insert, update and delete.
    const daily = () => store.sqlite.prepare('SELECT port_id, date, direction, declarations, whole_count, whole_sum_min FROM trs_daily ORDER BY date, direction').all();
    insert.run(1, 'I0008', 'import', 0, '2025-06-03', 60);
    insert.run(1, 'I0009', 'import', 0, '2025-06-03', null);
    expect(daily()).toEqual([{ port_id: 1, date: '2025-06-03', direction: 'import', declarations: 3, whole_count: 2, whole_sum_min: 180 }]);
    store.sqlite.prepare("UPDATE trs_declarations SET declared_date = '2025-06-04', whole_min = 30 WHERE declaration_no = 'I0008'").run();
    store.sqlite.prepare("UPDATE trs_declarations SET direction = 'export' WHERE declaration_no = 'I0009'").run();
    expect(daily()).toEqual([
      { port_id: 1, date: '2025-06-03', direction: 'export', declarations: 1, whole_count: 0, whole_sum_min: 0 },
      { port_id: 1, date: '2025-06-03', direction: 'import', declarations: 1, whole_count: 1, whole_sum_min: 120 },
      { port_id: 1, date: '2025-06-04', direction: 'import', declarations: 1, whole_count: 1, whole_sum_min: 30 },
    ]);
    store.sqlite.prepare("DELETE FROM trs_declarations WHERE declaration_no IN ('I0008', 'I0009')").run();
    expect(daily()).toEqual([{ port_id: 1, date: '2025-06-03', direction: 'import', declarations: 1, whole_count: 1, whole_sum_min: 120 }]);
    await store.close();

    const reopened = await openStore({ dataDir });
    expect(reopened.sqlite.prepare('SELECT declaration_no, whole_min, is_demo FROM trs_declarations').all()).toEqual([{ declaration_no: 'I0001', whole_min: 120, is_demo: 0 }]);
    await reopened.close();
  });
});
