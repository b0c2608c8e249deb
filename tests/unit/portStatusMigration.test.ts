import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0014_port_status';

describe(`migration ${NAME}`, () => {
  it('gives every port of a store at the migration before it a disabled_at, NULL (in use), keeping its rows', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    old.sqlite.prepare("INSERT INTO ports (code, name, created_at) VALUES ('GYIRONG', '吉隆口岸', 'x')").run();
    old.sqlite.prepare("INSERT INTO daily_records (port_id, date, persons_in, created_at, created_by, updated_at, updated_by) VALUES (2, '2025-06-03', 9, 'x', 'x', 'x', 'x')").run();
    const columns = (s: typeof old) => (s.sqlite.pragma('table_info(ports)') as { name: string }[]).map((c) => c.name);
    expect(columns(old)).not.toContain('disabled_at');
    await old.close();

    const store = await openStore({ dataDir, migrateTo: NAME });
    expect(columns(store)).toContain('disabled_at');
    expect(store.sqlite.prepare('SELECT code, name, disabled_at FROM ports ORDER BY id').all()).toEqual([
      { code: 'ZHANGMU', name: '樟木口岸', disabled_at: null },
      { code: 'GYIRONG', name: '吉隆口岸', disabled_at: null },
    ]);
    expect(store.sqlite.prepare('SELECT port_id, date, persons_in FROM daily_records').all()).toEqual([{ port_id: 2, date: '2025-06-03', persons_in: 9 }]);
    // STRICT: a time is text, and names stay unique
    expect(() => store.sqlite.prepare('UPDATE ports SET disabled_at = ? WHERE id = 2').run(Buffer.from('x'))).toThrow(/cannot store BLOB/);
    store.sqlite.prepare("UPDATE ports SET disabled_at = '2025-07-01T00:00:00.000Z' WHERE id = 2").run();
    expect(() => store.sqlite.prepare("INSERT INTO ports (code, name, created_at) VALUES ('JL', '吉隆口岸', 'x')").run()).toThrow(/UNIQUE/);
    await store.close();
  });
});
