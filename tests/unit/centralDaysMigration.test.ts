import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { MIGRATIONS } from '../../electron/core/store/migrations';
import { tempDir } from './helpers/tempCore';

const NAME = '0016_central_days';
const names = Object.keys(MIGRATIONS).sort();
const previous = names[names.indexOf(NAME) - 1]!;

describe(`migration ${NAME}`, () => {
  it('adds the record of days the central database holds to a store at the migration before it, keeping its rows', async () => {
    const dataDir = tempDir();
    const old = await openStore({ dataDir, migrateTo: previous });
    old.sqlite.prepare("INSERT INTO daily_records (port_id, date, persons_in, revision, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-06-03', 9, 2, 'x', 'x', 'x', 'x')").run();
    old.sqlite.prepare("INSERT INTO central_documents (kind, key, hash) VALUES ('measure', 'ZM-01', 'h1')").run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'central_days'").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir, migrateTo: NAME });
    expect(store.sqlite.prepare('SELECT port_id, date, persons_in, revision FROM daily_records').all()).toEqual([{ port_id: 1, date: '2025-06-03', persons_in: 9, revision: 2 }]);
    expect(store.sqlite.prepare('SELECT kind, key, hash FROM central_documents').all()).toEqual([{ kind: 'measure', key: 'ZM-01', hash: 'h1' }]);
    const id = (store.sqlite.prepare('SELECT id FROM daily_records').get() as { id: number }).id;
    const held = store.sqlite.prepare('INSERT INTO central_days (record_id, revision) VALUES (?, ?)');
    held.run(id, 2);
    expect(() => held.run(id, 2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => held.run(id + 41, 1)).toThrow(/FOREIGN KEY/);
    expect(() => held.run(id, 0)).toThrow(/CHECK/);
    // a day removed takes its record with it: the server's copy is then compared afresh
    store.sqlite.prepare('DELETE FROM daily_records WHERE id = ?').run(id);
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM central_days').get()).toEqual({ n: 0 });
    await store.close();
  });
});
