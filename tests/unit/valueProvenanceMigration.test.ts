import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { tempCore } from './helpers/tempCore';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0013_value_provenance';

describe(`migration ${NAME}`, () => {
  it('gives every value of a store at the migration before it its source, from the rows and their history', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    const day = old.sqlite.prepare(
      `INSERT INTO daily_records (port_id, date, persons_in, persons_out, export_freight_kg, note, revision, is_demo, created_at, created_by, updated_at, updated_by)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'x', 'x', 'x', 'x')`,
    );
    const revision = old.sqlite.prepare("INSERT INTO daily_record_revisions (record_id, revision, changed_at, changed_by, source, changes) VALUES (?, ?, 'x', 'x', ?, ?)");
    // a demo day nobody touched
    const untouched = day.run('2024-07-01', 700, 650, 200_000, null, 1, 1).lastInsertRowid;
    revision.run(untouched, 1, 'demo', '{"personsIn":700,"personsOut":650,"exportFreightKg":200000}');
    // a demo day whose persons in a person corrected: before 0013 the write cleared the whole day's flag
    const edited = day.run('2024-07-02', 709, 660, 210_000, null, 2, 0).lastInsertRowid;
    revision.run(edited, 1, 'demo', '{"personsIn":700,"personsOut":660,"exportFreightKg":210000}');
    revision.run(edited, 2, 'form', '[{"field":"personsIn","from":700,"to":709}]');
    // an imported day, a note typed later
    const imported = day.run('2024-07-03', null, null, 150_000, '已核对', 2, 0).lastInsertRowid;
    revision.run(imported, 1, 'import', '{"exportFreightKg":150000}');
    revision.run(imported, 2, 'form', '[{"field":"note","from":null,"to":"已核对"}]');
    // a typed day
    const typed = day.run('2024-07-04', 5, null, null, null, 1, 0).lastInsertRowid;
    revision.run(typed, 1, 'grid', '{"personsIn":5}');
    await old.close();

    const store = await openStore({ dataDir });
    expect(store.schemaVersion).toBe(LATEST_MIGRATION);
    const rows = store.sqlite.prepare('SELECT date, is_demo, value_sources FROM daily_records ORDER BY date').all() as { date: string; is_demo: number; value_sources: string }[];
    expect(rows.map((r) => ({ ...r, value_sources: JSON.parse(r.value_sources) }))).toEqual([
      { date: '2024-07-01', is_demo: 1, value_sources: { personsIn: 'd', personsOut: 'd', exportFreightKg: 'd' } },
      { date: '2024-07-02', is_demo: 1, value_sources: { personsOut: 'd', exportFreightKg: 'd' } },
      { date: '2024-07-03', is_demo: 0, value_sources: { exportFreightKg: 'i' } },
      { date: '2024-07-04', is_demo: 0, value_sources: {} },
    ]);
    expect(() => store.sqlite.prepare("UPDATE daily_records SET value_sources = 'not json' WHERE id = ?").run(typed)).toThrow(/CHECK/);
    const record = store.sqlite.prepare("INSERT INTO day_imports (file_name, imported_at, imported_by) VALUES (?, 'x', 'x')");
    expect(record.run('台账.xlsx').lastInsertRowid).toBe(1);
    expect(() => record.run(null)).toThrow(/NOT NULL/);
    await store.close();

    // removing the demo now takes the corrected day's demo values too, and leaves the person's
    const core = await tempCore({ dataDir, now: () => new Date('2025-08-01T04:00:00Z') });
    await core.ok('removeDemoData', {});
    expect(core.store.sqlite.prepare('SELECT date, persons_in, persons_out, export_freight_kg, note, is_demo FROM daily_records ORDER BY date').all()).toEqual([
      { date: '2024-07-02', persons_in: 709, persons_out: null, export_freight_kg: null, note: null, is_demo: 0 },
      { date: '2024-07-03', persons_in: null, persons_out: null, export_freight_kg: 150_000, note: '已核对', is_demo: 0 },
      { date: '2024-07-04', persons_in: 5, persons_out: null, export_freight_kg: null, note: null, is_demo: 0 },
    ]);
  });
});
