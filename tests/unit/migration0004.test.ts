import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tempCore';
import { openStore } from '../../electron/core/store/openStore';
import { MIGRATIONS } from '../../electron/core/store/migrations';

const THIS = '0004_measures';
/** The migration just before this one, whichever the others landed as. */
const PREVIOUS = Object.keys(MIGRATIONS).sort().filter((n) => n < THIS).at(-1)!;

describe(`migration ${THIS} (Signal's style: migrate to N-1, write, migrate to N, read)`, () => {
  it('keeps the rows written before it and adds an empty register', async () => {
    const dataDir = tempDir();
    const before = await openStore({ dataDir, migrateTo: PREVIOUS });
    before.sqlite
      .prepare(
        `INSERT INTO daily_records (port_id, date, persons_in, port_open, created_at, created_by, updated_at, updated_by)
         VALUES (1, '2025-06-03', 1400, 1, 'x', '张三', 'x', '张三')`,
      )
      .run();
    const tablesBefore = before.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'measure%'").all();
    expect(tablesBefore).toEqual([]);
    await before.close();

    const after = await openStore({ dataDir });
    try {
      expect(after.sqlite.prepare('SELECT date, persons_in, created_by FROM daily_records').all()).toEqual([
        { date: '2025-06-03', persons_in: 1400, created_by: '张三' },
      ]);
      expect(after.sqlite.prepare('SELECT name FROM ports').all()).toEqual([{ name: '樟木口岸' }]);
      for (const t of ['measures', 'measure_ports', 'measure_metrics', 'measure_progress']) {
        expect(after.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
      }
      // the new tables hold their rules: STRICT types, known statuses, a target needs both parts
      const insert = (status: string) =>
        after.sqlite
          .prepare(
            `INSERT INTO measures (code, title, category, lead_unit, status, created_at, created_by, updated_at, updated_by)
             VALUES (?, '提前申报', 'declaration', '聂拉木海关', ?, 'x', 'x', 'x', 'x')`,
          )
          .run(`T-${status}`, status);
      expect(() => insert('inForce')).not.toThrow();
      expect(() => insert('abandoned')).toThrow(/CHECK/);
      expect(() =>
        after.sqlite.prepare("INSERT INTO measure_metrics (measure_id, metric, position, target_comparator) VALUES (1, 'persons', 0, '>=')").run(),
      ).toThrow(/CHECK/);
      expect(() =>
        after.sqlite.prepare("INSERT INTO measure_ports (measure_id, port_id) VALUES (1, 'one')").run(),
      ).toThrow(/cannot store TEXT value in INTEGER/);
    } finally {
      await after.close();
    }
  });
});
