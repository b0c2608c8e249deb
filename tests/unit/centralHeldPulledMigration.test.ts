import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { MIGRATIONS } from '../../electron/core/store/migrations';
import { tempDir } from './helpers/tempCore';

const NAME = '0016_central_held_and_pulled';
const names = Object.keys(MIGRATIONS).sort();
const previous = names[names.indexOf(NAME) - 1]!;

describe(`migration ${NAME}`, () => {
  it('adds the record of days the central database holds and of pulled measures to a store at the migration before it, keeping its rows', async () => {
    const dataDir = tempDir();
    const old = await openStore({ dataDir, migrateTo: previous });
    old.sqlite.prepare("INSERT INTO daily_records (port_id, date, persons_in, revision, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-06-03', 9, 2, 'x', 'x', 'x', 'x')").run();
    old.sqlite.prepare("INSERT INTO central_documents (kind, key, hash) VALUES ('measure', 'ZM-01', 'h1')").run();
    old.sqlite.prepare("INSERT INTO ports (code, name, created_at) VALUES ('GYIRONG', '吉隆口岸', 'x')").run();
    old.sqlite.prepare("INSERT INTO central_ports (port_id, office, pulled_at) VALUES (2, 'office_gyirong', 'x')").run();
    old.sqlite
      .prepare("INSERT INTO measures (code, title, category, lead_unit, status, created_at, created_by, updated_at, updated_by) VALUES ('JL-01', '吉隆的措施', 'other', '吉隆海关', 'planned', 'x', 'x', 'x', 'x')")
      .run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('central_days', 'central_measures')").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir, migrateTo: NAME });
    expect(store.sqlite.prepare('SELECT port_id, date, persons_in, revision FROM daily_records').all()).toEqual([{ port_id: 1, date: '2025-06-03', persons_in: 9, revision: 2 }]);
    expect(store.sqlite.prepare('SELECT kind, key, hash FROM central_documents').all()).toEqual([{ kind: 'measure', key: 'ZM-01', hash: 'h1' }]);
    // a port pulled before has no calendar pulled yet
    expect(store.sqlite.prepare('SELECT port_id, office, calendar_hash FROM central_ports').all()).toEqual([{ port_id: 2, office: 'office_gyirong', calendar_hash: null }]);
    const id = (store.sqlite.prepare('SELECT id FROM daily_records').get() as { id: number }).id;
    const held = store.sqlite.prepare('INSERT INTO central_days (record_id, revision) VALUES (?, ?)');
    held.run(id, 2);
    expect(() => held.run(id, 2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => held.run(id + 41, 1)).toThrow(/FOREIGN KEY/);
    expect(() => held.run(id, 0)).toThrow(/CHECK/);
    const measureId = (store.sqlite.prepare("SELECT id FROM measures WHERE code = 'JL-01'").get() as { id: number }).id;
    const pulled = store.sqlite.prepare('INSERT INTO central_measures (measure_id, office, hash) VALUES (?, ?, ?)');
    pulled.run(measureId, 'office_gyirong', 'h');
    expect(() => pulled.run(measureId, 'office_gyirong', 'h')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => pulled.run(measureId + 41, 'office_gyirong', 'h')).toThrow(/FOREIGN KEY/);
    expect(() => pulled.run(measureId, null, 'h')).toThrow(/NOT NULL/);
    store.sqlite.prepare('DELETE FROM measures WHERE id = ?').run(measureId);
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM central_measures').get()).toEqual({ n: 0 });
    // a day removed takes its record with it: the server's copy is then compared afresh
    store.sqlite.prepare('DELETE FROM daily_records WHERE id = ?').run(id);
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM central_days').get()).toEqual({ n: 0 });
    await store.close();
  });
});
