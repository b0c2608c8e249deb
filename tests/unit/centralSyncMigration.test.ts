import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0012_central_sync';

describe(`migration ${NAME}`, () => {
  it('adds the sync bookkeeping to a store at the migration before it, keeping its rows', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    old.sqlite.prepare("INSERT INTO ports (code, name, created_at) VALUES ('GYIRONG', '吉隆口岸', 'x')").run();
    old.sqlite.prepare("INSERT INTO daily_records (port_id, date, persons_in, created_at, created_by, updated_at, updated_by) VALUES (2, '2025-06-03', 9, 'x', 'x', 'x', 'x')").run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('central_ports', 'central_documents')").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir });
    expect(store.schemaVersion).toBe(LATEST_MIGRATION);
    expect(store.sqlite.prepare('SELECT port_id, date, persons_in FROM daily_records').all()).toEqual([{ port_id: 2, date: '2025-06-03', persons_in: 9 }]);
    const mark = store.sqlite.prepare("INSERT INTO central_ports (port_id, office, pulled_at) VALUES (?, 'office_gyirong', 'x')");
    mark.run(2);
    expect(() => mark.run(2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => mark.run(42)).toThrow(/FOREIGN KEY/);
    const agree = store.sqlite.prepare('INSERT INTO central_documents (kind, key, hash) VALUES (?, ?, ?)');
    agree.run('measure', 'ZM-01', 'h1');
    expect(() => agree.run('measure', 'ZM-01', 'h2')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => agree.run('measure', 'ZM-02', null)).toThrow(/NOT NULL/);
    await store.close();
  });
});
