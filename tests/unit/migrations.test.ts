import { describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../electron/core/store/openStore';
import { MIGRATIONS, LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { tempDir } from './helpers/tempCore';

describe('migrations', () => {
  it('are named with zero-padded numbers, in order', () => {
    const names = Object.keys(MIGRATIONS);
    for (const n of names) expect(n).toMatch(/^\d{4}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it('build an empty store from nothing: STRICT tables, WAL, foreign keys, 樟木口岸 seeded', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    const tables = store.sqlite
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['ports', 'daily_records', 'daily_record_revisions']));
    for (const t of tables) expect(t.sql, `${t.name} should be STRICT`).toMatch(/\)\s*STRICT\s*$/);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.prepare('SELECT name FROM ports').all()).toEqual([{ name: '樟木口岸' }]);
    await store.close();
  });

  it('are idempotent: reopening a migrated store changes nothing', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir });
    first.sqlite.prepare("INSERT INTO daily_records (port_id, date, persons_in, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-01-01', 5, 'x', 'x', 'x', 'x')").run();
    await first.close();
    const second = await openStore({ dataDir: dir });
    expect(second.sqlite.prepare('SELECT persons_in FROM daily_records').get()).toEqual({ persons_in: 5 });
    expect(second.sqlite.prepare('SELECT count(*) AS n FROM ports').get()).toEqual({ n: 1 });
    await second.close();
  });

  it('refuse a store written by a newer version, with a clear Chinese message, and leave it untouched', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    store.sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00.000Z')").run();
    await store.close();
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({
      code: 'DB_FROM_FUTURE',
      message: expect.stringMatching(/更新版本.*9999_from_the_future.*拒绝打开/),
    });
    const raw = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM kysely_migration WHERE name = '9999_from_the_future'").get()).toEqual({ n: 1 });
    raw.close();
  });

  it('refuse a file that is not a database', async () => {
    const dir = tempDir();
    const fs = await import('node:fs');
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), 'this is not sqlite, just some text that fills the header '.repeat(20));
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'STORE_DAMAGED' });
  });

  it('enforce the column types and ranges in SQL too (STRICT, CHECK)', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const insert = (col: string, value: unknown) => () =>
      store.sqlite
        .prepare(`INSERT INTO daily_records (port_id, date, ${col}, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-01-02', ?, 'x', 'x', 'x', 'x')`)
        .run(value);
    expect(insert('persons_in', 'many')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(insert('persons_in', -1)).toThrow(/CHECK constraint failed/);
    expect(insert('open_centihours', 2500)).toThrow(/CHECK constraint failed/);
    await store.close();
  });
});
