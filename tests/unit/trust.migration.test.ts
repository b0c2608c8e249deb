import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { tempDir } from './helpers/tempCore';
import { openStore } from '../../electron/core/store/openStore';
import { MIGRATIONS } from '../../electron/core/store/migrations';

const MINE = '0005_accounts_audit';
const names = Object.keys(MIGRATIONS).sort();
const previous = names[names.indexOf(MINE) - 1]!;

describe(`migration ${MINE}`, () => {
  it(`keeps the rows of a store at ${previous} and adds accounts, the audit log and trust settings`, async () => {
    const dataDir = tempDir();
    const before = await openStore({ dataDir, migrateTo: previous });
    await sql`INSERT INTO daily_records (port_id, date, persons_in, created_at, created_by, updated_at, updated_by)
              VALUES (1, '2025-06-01', 1400, 't', '张三', 't', '张三')`.execute(before.db);
    const tables = (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(before.db)).rows.map((r) => r.name);
    expect(tables).not.toContain('users');
    await before.close();

    const after = await openStore({ dataDir });
    expect(after.sqlite.prepare('SELECT persons_in, created_by FROM daily_records').all()).toEqual([{ persons_in: 1400, created_by: '张三' }]);
    expect(after.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    expect(after.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    // STRICT: a value of the wrong type is refused, not stored
    expect(() => after.sqlite.prepare(`INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 'x', 'y')`).run()).toThrow();
    expect(() =>
      after.sqlite
        .prepare(`INSERT INTO users (username, display_name, role, password, created_at, updated_at) VALUES ('a', 'A', 'boss', 'p', 't', 't')`)
        .run(),
    ).toThrow(/CHECK/);
    after.sqlite.prepare(`INSERT INTO users (username, display_name, role, password, created_at, updated_at) VALUES ('Zhang', 'A', 'clerk', 'p', 't', 't')`).run();
    expect(() =>
      after.sqlite.prepare(`INSERT INTO users (username, display_name, role, password, created_at, updated_at) VALUES ('zhang', 'B', 'clerk', 'p', 't', 't')`).run(),
    ).toThrow(/UNIQUE/);
    await after.close();
  });
});
