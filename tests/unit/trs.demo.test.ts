import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';

describe('the demo data set’s declarations', () => {
  it('match each demo day: as many as its 报关单 counts, their mean whole its typed 整体通关时间; removed with the demo', async () => {
    const core = await tempCore({ now: () => new Date('2024-03-01T04:00:00Z') });
    const { parts } = await core.ok('loadDemoData', {});
    const part = parts.find((p) => p.key === 'trsDeclarations')!;
    expect(part.label).toBe('报关单时效明细');
    const sqlite = core.store.sqlite;
    const days = sqlite
      .prepare('SELECT date, import_declarations AS imp, export_declarations AS exp, import_clearance_centihours AS impT, export_clearance_centihours AS expT FROM daily_records')
      .all() as { date: string; imp: number | null; exp: number | null; impT: number; expT: number }[];
    // Recomputed from the stored stamps (arrival → exit), not from the stored stage columns.
    const decls = sqlite.prepare('SELECT declared_date AS date, direction, exit_at - arrival_at AS whole, released_at, declared_at, exit_at FROM trs_declarations').all() as {
      date: string; direction: string; whole: number; released_at: number; declared_at: number; exit_at: number;
    }[];
    expect(part.count).toBe(decls.length);
    expect(decls.length).toBe(days.reduce((n, d) => n + (d.imp ?? 0) + (d.exp ?? 0), 0));
    for (const d of decls) {
      expect(d.released_at).toBeGreaterThanOrEqual(d.declared_at);
      expect(d.exit_at).toBeGreaterThanOrEqual(d.released_at);
    }
    const byDay = new Map<string, number[]>();
    for (const d of decls) byDay.set(`${d.date}|${d.direction}`, [...(byDay.get(`${d.date}|${d.direction}`) ?? []), d.whole]);
    for (const day of days) {
      for (const [direction, count, typed] of [['import', day.imp, day.impT], ['export', day.exp, day.expT]] as const) {
        const wholes = byDay.get(`${day.date}|${direction}`) ?? [];
        expect(wholes.length, `${day.date} ${direction}`).toBe(count ?? 0);
        if (!count) continue; // a closed day: no declarations, no clearance time
        const meanCentihours = (wholes.reduce((a, b) => a + b, 0) / wholes.length / 60) * 100;
        // Each whole is rounded to the minute: the mean may be off by a fraction of a minute per declaration.
        expect(Math.abs(meanCentihours - typed), `${day.date} ${direction}`).toBeLessThanOrEqual(3);
      }
    }
    // The dashboard's figures for the demo's days are now those derived from the declarations.
    const sources = await core.ok('getClearanceSources', { portIds: [1], from: '2023-05-01', to: '2024-02-29' });
    expect(sources.import).toEqual({ derivedDays: days.filter((d) => d.imp).length, declarations: days.reduce((n, d) => n + (d.imp ?? 0), 0), typedDays: 0 });

    const removed = await core.ok('removeDemoData', {});
    expect(removed.parts.find((p) => p.key === 'trsDeclarations')!.count).toBe(decls.length);
    expect(sqlite.prepare('SELECT count(*) AS n FROM trs_declarations').get()).toEqual({ n: 0 });
  });

  it('covers the demo’s last year only: earlier days keep their typed figures', async () => {
    const core = await tempCore({ now: () => new Date('2025-08-01T04:00:00Z') });
    await core.ok('loadDemoData', {});
    expect(core.store.sqlite.prepare('SELECT min(declared_date) AS a, max(declared_date) AS b FROM trs_declarations').get()).toEqual({ a: '2024-08-01', b: '2025-07-31' });
    const july2024 = await core.ok('getClearanceSources', { portIds: [1], from: '2024-07-01', to: '2024-07-31' });
    expect(july2024.import).toMatchObject({ derivedDays: 0, declarations: 0 });
    expect(july2024.import.typedDays).toBeGreaterThan(25);
  });
});
