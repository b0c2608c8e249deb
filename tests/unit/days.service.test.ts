import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { actingAs, tempCore, TEST_CTX } from './helpers/tempCore';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { addDays } from '../../shared/domain/dates';
import type { MethodInput } from '../../shared/contract';

function values(partial: Partial<DayValues>): DayValues {
  return { ...emptyDayValues(), ...partial };
}

const save = (date: string, v: Partial<DayValues>, extra: Partial<{ expectedRevision: number | null }> = {}) => ({
  portId: 1,
  date,
  values: values(v),
  expectedRevision: extra.expectedRevision ?? null,
  confirmWarnings: false,
});

describe('daily records service (real SQLite)', () => {
  it('seeds 樟木口岸 as the first port', async () => {
    const core = await tempCore();
    const ports = await core.ok('listPorts', undefined);
    expect(ports.map((p) => p.name)).toEqual(['樟木口岸']);
  });

  it('saves a day, reads it back and lists it in the month with gaps', async () => {
    const core = await tempCore();
    const r = await core.ok('saveDay', save('2025-06-03', { importFreightKg: 12_345, personsIn: 1400, portOpen: true, openCentihours: 1000 }), actingAs('张三'));
    expect(r.status).toBe('saved');
    const day = await core.ok('getDay', { portId: 1, date: '2025-06-03' });
    expect(day?.values.importFreightKg).toBe(12_345);
    expect(day?.createdBy).toBe('张三');
    const month = await core.ok('getMonth', { portId: 1, month: '2025-06' });
    expect(month.days).toHaveLength(30);
    expect(month.missingDays).toBe(29);
    expect(month.days[2]?.record?.values.personsIn).toBe(1400);
    // 2025-06-07 is a Saturday
    expect(month.days[6]?.dayType.type).toBe('weekend');
  });

  it('keeps the history of an edit: who, when, which fields from what to what', async () => {
    const core = await tempCore();
    await core.ok('saveDay', save('2025-06-03', { personsIn: 100, portOpen: true }), actingAs('张三'));
    await core.ok('saveDay', save('2025-06-03', { personsIn: 120, portOpen: true }, { expectedRevision: 1 }), actingAs('李四'));
    const history = await core.ok('getDayHistory', { portId: 1, date: '2025-06-03' });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ revision: 2, changedBy: '李四', source: 'form', changes: [{ field: 'personsIn', from: 100, to: 120 }] });
    expect(history[1]?.changedBy).toBe('张三');
  });

  it('refuses a write with a field it does not know (a typed `operator`), in Chinese at that field, and writes nothing', async () => {
    const core = await tempCore();
    const typed = { ...save('2025-06-03', { personsIn: 1 }), operator: '冒名' };
    const r = await core.call('saveDay', typed as MethodInput<'saveDay'>, actingAs('张三'));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '输入有误：不接受字段“operator”，请去掉后再提交',
        fieldErrors: { operator: '不接受字段“operator”，请去掉后再提交' },
      },
    });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get()).toEqual({ n: 0 });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    // The same day without the stray field is saved, under the caller's name.
    await core.ok('saveDay', save('2025-06-03', { personsIn: 1 }), actingAs('张三'));
    expect(await core.ok('getDay', { portId: 1, date: '2025-06-03' })).toMatchObject({ createdBy: '张三', updatedBy: '张三' });
  });

  it('a read ignores a field it does not know: only writes are strict', async () => {
    const core = await tempCore();
    const r = await core.call('getDay', { portId: 1, date: '2025-06-03', operator: 'x' } as MethodInput<'getDay'>, actingAs('张三'));
    expect(r.ok).toBe(true);
  });

  it('refuses a stale edit (someone saved in between)', async () => {
    const core = await tempCore();
    await core.ok('saveDay', save('2025-06-03', { personsIn: 100 }));
    const r = await core.call('saveDay', save('2025-06-03', { personsIn: 130 }, { expectedRevision: null }), TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
  });

  it('refuses invalid input with a Chinese message at the field and writes nothing', async () => {
    const core = await tempCore();
    const cases: [Partial<DayValues>, string, RegExp][] = [
      [{ personsIn: -5 }, 'values.personsIn', /不能为负数/],
      [{ openCentihours: 2500 }, 'values.openCentihours', /不能超过 24/],
      [{ importFreightKg: 1.5 }, 'values.importFreightKg', /小数/],
      [{ portOpen: false, personsIn: 10, closureReason: '道路塌方' }, 'values.personsIn', /未开放/],
      [{ portOpen: false }, 'values.closureReason', /闭关原因/],
    ];
    for (const [v, field, message] of cases) {
      const r = await core.call('saveDay', save('2025-06-03', v), TEST_CTX);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.fieldErrors?.[field]).toMatch(message);
      }
    }
    const future = await core.call('saveDay', save('2999-01-01', { personsIn: 1 }), TEST_CTX);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.fieldErrors?.date).toMatch(/未来/);

    const raw = new Database(path.join(core.dataDir, DB_FILE_NAME), { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM daily_records').get()).toEqual({ n: 0 });
    raw.close();
  });

  it('asks for confirmation of a value over 5× the recent median, and saves once confirmed', async () => {
    const core = await tempCore();
    const days = Array.from({ length: 20 }, (_, i) => ({
      date: `2025-05-${String(i + 1).padStart(2, '0')}`,
      values: values({ personsIn: 1000 + i, portOpen: true }),
    }));
    await core.ok('saveDays', { portId: 1, days, source: 'paste', confirmWarnings: false });
    const r = await core.ok('saveDay', save('2025-05-25', { personsIn: 14_000, portOpen: true }));
    expect(r.status).toBe('needsConfirmation');
    if (r.status === 'needsConfirmation') expect(r.warnings[0]?.message).toMatch(/入境人员.*5 倍/);
    expect(await core.ok('getDay', { portId: 1, date: '2025-05-25' })).toBeNull();
    const confirmed = await core.ok('saveDay', { ...save('2025-05-25', { personsIn: 14_000, portOpen: true }), confirmWarnings: true });
    expect(confirmed.status).toBe('saved');
  });

  it('counts a batch’s own earlier days, in place of the stored ones, in the usual range', async () => {
    const core = await tempCore();
    const batch = (from: string, n: number, personsIn: number) =>
      Array.from({ length: n }, (_, i) => ({ date: addDays(from, i), values: values({ personsIn }) }));

    // An empty store: twenty ordinary days of a pasted block make the range for the last one.
    const pasted = [...batch('2025-04-01', 20, 1000), { date: '2025-04-21', values: values({ personsIn: 9000 }) }];
    const asked = await core.ok('saveDays', { portId: 1, days: pasted, source: 'paste', confirmWarnings: false });
    expect(asked).toEqual({
      status: 'needsConfirmation',
      warnings: [{ date: '2025-04-21', field: 'personsIn', message: '2025-04-21 入境人员 9000 人次，超过近 90 天中位数（1000 人次）的 5 倍，请确认是否录入有误' }],
    });
    expect((await core.ok('getMonth', { portId: 1, month: '2025-04' })).missingDays).toBe(30);

    // Stored days ten times too small, corrected in the same batch: the corrected figures count.
    await core.ok('saveDays', { portId: 1, days: batch('2025-05-01', 15, 100), source: 'grid', confirmWarnings: false });
    const corrected = [...batch('2025-05-01', 15, 1000), { date: '2025-05-20', values: values({ personsIn: 2000 }) }];
    expect(await core.ok('saveDays', { portId: 1, days: corrected, source: 'grid', confirmWarnings: false })).toEqual({ status: 'saved', saved: 16, unchanged: 0 });

    // A confirmed figure is not asked about again when its day is saved with another change.
    await core.ok('saveDay', { ...save('2025-05-25', { personsIn: 12_000 }), confirmWarnings: true });
    const day = await core.ok('getDay', { portId: 1, date: '2025-05-25' });
    const noted = await core.ok('saveDay', { ...save('2025-05-25', { personsIn: 12_000, note: '旅游团' }), expectedRevision: day!.revision });
    expect(noted.status).toBe('saved');
  });

  it('saves a batch of days all or nothing', async () => {
    const core = await tempCore();
    const bad = await core.call(
      'saveDays',
      {
        portId: 1,
        source: 'paste',
        confirmWarnings: false,
        days: [
          { date: '2025-06-01', values: values({ personsIn: 10 }) },
          { date: '2025-06-02', values: values({ personsIn: -1 }) },
        ],
      },
      TEST_CTX,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fieldErrors?.['days.1.values.personsIn']).toMatch(/负数/);
    expect((await core.ok('getMonth', { portId: 1, month: '2025-06' })).missingDays).toBe(30);

    // a store-level failure in the middle of a batch rolls back the days before it
    const missingPort = await core.call(
      'saveDays',
      { portId: 99, source: 'grid', confirmWarnings: true, days: [{ date: '2025-06-01', values: values({ personsIn: 10 }) }] },
      TEST_CTX,
    );
    expect(missingPort.ok).toBe(false);
    if (!missingPort.ok) expect(missingPort.error.code).toBe('NOT_FOUND');
  });

  it('keeps quantities exact: 0.001 t steps and 元 add up without drift', async () => {
    const core = await tempCore();
    const days = Array.from({ length: 10 }, (_, i) => ({
      date: `2025-06-${String(i + 1).padStart(2, '0')}`,
      values: values({ importFreightKg: 100, importValueYuan: 1 }),
    }));
    await core.ok('saveDays', { portId: 1, days, source: 'grid', confirmWarnings: false });
    const sum = core.store.sqlite.prepare('SELECT sum(import_freight_kg) AS kg, sum(import_value_yuan) AS yuan FROM daily_records').get();
    expect(sum).toEqual({ kg: 1000, yuan: 10 });
  });
});
