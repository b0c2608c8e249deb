import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/openStore';
import { LATEST_MIGRATION } from '../../electron/core/store/migrations';
import { storeBefore } from './helpers/migrationStep';

const NAME = '0010_briefing_issues';

describe(`migration ${NAME}`, () => {
  it('adds the letterhead (with the default issuing body) and the issue register to a store at the migration before it', async () => {
    const { dataDir, old } = await storeBefore(NAME);
    old.sqlite
      .prepare("INSERT INTO briefing_remarks (port_id, period_kind, period_from, period_to, text, created_at, created_by, updated_at, updated_by) VALUES (1, 'month', '2025-06-01', '2025-06-30', '备注', 'x', 'x', 'x', 'x')")
      .run();
    expect(old.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('briefing_issues', 'briefing_letterhead')").get()).toEqual({ n: 0 });
    await old.close();

    const store = await openStore({ dataDir });
    expect(store.schemaVersion).toBe(LATEST_MIGRATION);
    expect(store.sqlite.prepare('SELECT text FROM briefing_remarks').all()).toEqual([{ text: '备注' }]);
    expect(store.sqlite.prepare('SELECT id, publication, issuing_body, report_to, copy_to, next_number FROM briefing_letterhead').all()).toEqual([
      { id: 1, publication: '口岸通关工作简报', issuing_body: '聂拉木县口岸管理委员会办公室', report_to: '', copy_to: '', next_number: 1 },
    ]);
    expect(() => store.sqlite.prepare("INSERT INTO briefing_letterhead (id, publication, issuing_body, report_to, copy_to, next_number, next_number_year) VALUES (2, 'a', 'b', '', '', 1, 2025)").run()).toThrow(/CHECK/);
    expect(() => store.sqlite.prepare("UPDATE briefing_letterhead SET issuing_body = '' WHERE id = 1").run()).toThrow(/CHECK/);

    const insert = store.sqlite.prepare(
      "INSERT INTO briefing_issues (port_id, period_kind, period_from, period_to, issue_year, issue_number, issued_on, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x')",
    );
    insert.run(1, 'month', '2025-06-01', '2025-06-30', 2025, 1, '2025-07-10');
    insert.run(null, 'month', '2025-06-01', '2025-06-30', 2025, 2, '2025-07-10');
    insert.run(1, 'month', '2025-12-01', '2025-12-31', 2026, 1, '2026-01-05');
    // one issue per port (all ports included) and period; one period per number and year
    expect(() => insert.run(1, 'month', '2025-06-01', '2025-06-30', 2025, 3, '2025-07-11')).toThrow(/UNIQUE/);
    expect(() => insert.run(null, 'month', '2025-06-01', '2025-06-30', 2025, 3, '2025-07-11')).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'month', '2025-05-01', '2025-05-31', 2025, 2, '2025-07-11')).toThrow(/UNIQUE/);
    // the number belongs to the year of the date of issue
    expect(() => insert.run(1, 'month', '2025-05-01', '2025-05-31', 2024, 9, '2025-07-11')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'month', '2025-05-01', '2025-05-31', 2025, 0, '2025-07-11')).toThrow(/CHECK/);
    expect(() => insert.run(42, 'month', '2025-05-01', '2025-05-31', 2025, 5, '2025-07-11')).toThrow(/FOREIGN KEY/);
    await store.close();

    const reopened = await openStore({ dataDir });
    expect(reopened.sqlite.prepare('SELECT port_id, issue_year, issue_number FROM briefing_issues ORDER BY id').all()).toEqual([
      { port_id: 1, issue_year: 2025, issue_number: 1 },
      { port_id: null, issue_year: 2025, issue_number: 2 },
      { port_id: 1, issue_year: 2026, issue_number: 1 },
    ]);
    await reopened.close();
  });
});
