import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { tempDir } from './helpers/tempCore';

describe('migration 0002_import_mappings', () => {
  it('adds the table of remembered mappings and keeps the days already stored', async () => {
    const dataDir = tempDir();
    const before = await openStore({ dataDir, migrateTo: '0001_foundation' });
    before.sqlite
      .prepare(`INSERT INTO daily_records (port_id, date, persons_in, created_at, created_by, updated_at, updated_by) VALUES (1, '2025-01-05', 1400, 'x', '张三', 'x', '张三')`)
      .run();
    await before.close();

    const after = await openStore({ dataDir });
    try {
      expect(after.sqlite.prepare('SELECT date, persons_in FROM daily_records').all()).toEqual([{ date: '2025-01-05', persons_in: 1400 }]);
      after.sqlite
        .prepare('INSERT INTO import_mappings (signature, headers, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)')
        .run('h1-2-abc', '["日期","入境"]', '[]', 'x', '张三');
      expect(() => after.sqlite.prepare('INSERT INTO import_mappings (signature, headers, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run('h1-3', 'not json', '[]', 'x', 'y')).toThrow(/CHECK/);
      expect(after.sqlite.prepare('SELECT signature FROM import_mappings').all()).toEqual([{ signature: 'h1-2-abc' }]);
    } finally {
      await after.close();
    }
  });
});
