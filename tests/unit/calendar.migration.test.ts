import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStore } from '../../electron/core/store/openStore';
import { TIBET_REGIONAL_DEFAULTS } from '../../shared/domain/calendar/regionalDays';
import { MIGRATIONS } from '../../electron/core/store/migrations';
import { tempDir } from './helpers/tempCore';

const THIS = '0003_calendar';
/** The migration just before this one, whichever the others landed as. */
const PREVIOUS = Object.keys(MIGRATIONS).sort().filter((n) => n < THIS).at(-1)!;

describe(`migration ${THIS}`, () => {
  it('keeps the records of a store at the previous migration and adds the calendar tables with the shipped days', async () => {
    const dataDir = tempDir();
    const old = await openStore({ dataDir, migrateTo: PREVIOUS });
    const at = '2025-06-03T08:00:00.000Z';
    await old.db
      .insertInto('daily_records')
      .values({
        port_id: 1,
        date: '2025-06-03',
        import_freight_kg: 1234,
        export_freight_kg: null,
        import_value_yuan: null,
        export_value_yuan: null,
        border_trade_yuan: null,
        import_declarations: null,
        export_declarations: null,
        vehicles_in: null,
        vehicles_out: null,
        persons_in: 1400,
        persons_out: null,
        import_clearance_centihours: null,
        export_clearance_centihours: null,
        open_centihours: null,
        port_open: 1,
        closure_reason: null,
        note: null,
        revision: 1,
        is_demo: 0,
        created_at: at,
        created_by: '张三',
        updated_at: at,
        updated_by: '张三',
      })
      .execute();
    await old.close();

    const store = await openStore({ dataDir });
    try {
      expect(await store.db.selectFrom('daily_records').select(['date', 'persons_in', 'import_freight_kg']).execute()).toEqual([
        { date: '2025-06-03', persons_in: 1400, import_freight_kg: 1234 },
      ]);
      const days = await store.db.selectFrom('regional_days').select(['port_id', 'date', 'type', 'name', 'shipped']).orderBy('date').execute();
      expect(days).toHaveLength(TIBET_REGIONAL_DEFAULTS.length);
      expect(days[0]).toEqual({ port_id: null, date: '2023-02-18', type: 'makeupWorkday', name: '藏历新年', shipped: 1 });
      for (const table of ['duty_rules', 'duty_exceptions', 'port_calendar_settings'] as const) {
        expect(await store.db.selectFrom(table).selectAll().execute()).toEqual([]);
      }
    } finally {
      await store.close();
    }
  });

  it('keeps one entry per port and date, and bumps the calendar revision on every change', async () => {
    const store = await openStore({ dataDir: tempDir() });
    try {
      const revision = async () => (await store.db.selectFrom('calendar_revision').select('revision').executeTakeFirstOrThrow()).revision;
      const r0 = await revision();
      const at = '2025-01-01T00:00:00.000Z';
      const row = (portId: number | null) => ({
        port_id: portId,
        date: '2025-06-03',
        type: 'regionalHoliday' as const,
        name: '县庆',
        created_at: at,
        created_by: 't',
        updated_at: at,
        updated_by: 't',
      });
      await store.db.insertInto('regional_days').values(row(null)).execute();
      await store.db.insertInto('regional_days').values(row(1)).execute();
      expect(await revision()).toBe(r0 + 2);
      // NULL ports are not distinct here: a second entry for all ports on the same date is refused.
      await expect(store.db.insertInto('regional_days').values(row(null)).execute()).rejects.toThrow(/UNIQUE/);
      await expect(store.db.insertInto('regional_days').values(row(1)).execute()).rejects.toThrow(/UNIQUE/);
      await store.db.updateTable('regional_days').set({ name: '县庆日' }).where('port_id', '=', 1).execute();
      await store.db.deleteFrom('regional_days').where('port_id', '=', 1).execute();
      expect(await revision()).toBe(r0 + 4);
      // STRICT and CHECK: a bad type or date never gets in.
      await expect(store.db.insertInto('regional_days').values({ ...row(1), type: 'feast' as never }).execute()).rejects.toThrow(/CHECK/);
      await expect(sql`INSERT INTO duty_rules (port_id, scope, valid_from, open, hours_from, hours_to, created_at, created_by, updated_at, updated_by)
        VALUES (1, 'restDays', '2025-01-01', 1, '18:00', '10:00', ${at}, 't', ${at}, 't')`.execute(store.db)).rejects.toThrow(/CHECK/);
    } finally {
      await store.close();
    }
  });
});
