import { describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { signedInAs } from './helpers/signIn';
import { csvFile, failure, importFile } from './helpers/importFiles';
import { everyDay, seedDays } from './helpers/seedDays';
import { fieldChanges } from '../../renderer/src/pages/admin/AuditEntryDetail';
import type { AuditEntry } from '../../shared/contract/trust';
import { emptyDayValues } from '../../shared/domain/dailyFields';

/** A fixed "today" after every day the tests write. */
const NOW = () => new Date('2025-07-10T04:00:00Z');

async function twoPorts(): Promise<{ core: TestCore; gyirong: number }> {
  const core = await tempCore({ now: NOW });
  const gyirong = (await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
  return { core, gyirong };
}

const auditCount = (core: TestCore) => (core.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const recordCount = (core: TestCore) => (core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get() as { n: number }).n;

async function lastEntry(core: TestCore, action: string): Promise<AuditEntry> {
  const page = await core.ok('listAuditLog', { filter: { action } });
  return page.entries[0]!;
}

const aDay = (portId: number, date: string, personsIn: number) => ({
  portId,
  date,
  values: { ...emptyDayValues(), personsIn, portOpen: true },
  expectedRevision: null,
  confirmWarnings: true,
});

describe('renaming a port', () => {
  it('changes the name only (the code stays), and the audit log shows the name before → after', async () => {
    const { core, gyirong } = await twoPorts();
    const renamed = await core.ok('renamePort', { id: gyirong, name: '  吉隆边境口岸 ' });
    expect(renamed).toMatchObject({ id: gyirong, code: 'GYIRONG', name: '吉隆边境口岸', disabledAt: null });
    expect((await core.ok('listPorts', undefined)).map((p) => p.name)).toEqual(['樟木口岸', '吉隆边境口岸']);

    const entry = await lastEntry(core, 'renamePort');
    expect(entry.input).toEqual({ id: gyirong, name: '吉隆边境口岸' });
    expect(entry.changes.rows).toHaveLength(1);
    const [row] = entry.changes.rows;
    expect(row).toMatchObject({ table: 'ports', op: 'update' });
    expect(fieldChanges(row!, '空').map((f) => [f.label, f.before, f.after])).toEqual([['名称', '吉隆口岸', '吉隆边境口岸']]);
  });

  it('refuses a name another port has, disabled or not, and an unknown port, writing nothing', async () => {
    const { core, gyirong } = await twoPorts();
    const before = auditCount(core);
    const clash = await core.call('renamePort', { id: gyirong, name: '樟木口岸' }, TEST_CTX);
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '口岸“樟木口岸”已存在', fieldErrors: { name: '该名称已存在' } } });

    await core.ok('setPortDisabled', { id: 1, disabled: true });
    const withDisabled = await core.call('renamePort', { id: gyirong, name: '樟木口岸' }, TEST_CTX);
    expect(withDisabled).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已有同名的口岸“樟木口岸”（已停用）' } });

    const unknown = await core.call('renamePort', { id: 99, name: '亚东口岸' }, TEST_CTX);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '所选口岸不存在，请刷新后重试' } });
    const short = await core.call('renamePort', { id: gyirong, name: '吉' }, TEST_CTX);
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { name: '口岸名称至少 2 个字' } } });

    expect((await core.ok('listPorts', undefined)).map((p) => p.name)).toEqual(['樟木口岸', '吉隆口岸']);
    // only the disabling above was recorded
    expect(auditCount(core)).toBe(before + 1);
  });
});

describe('disabling a port', () => {
  it('keeps its history readable (day, month, dashboard, export) and refuses every new figure, writing nothing', async () => {
    const { core, gyirong } = await twoPorts();
    const june = everyDay('2025-06-01', '2025-06-30', (_, i) => ({ portOpen: true, personsIn: 100 + i }));
    await seedDays(core, gyirong, june);

    const disabled = await core.ok('setPortDisabled', { id: gyirong, disabled: true });
    expect(disabled.disabledAt).toBe(NOW().toISOString());
    const records = recordCount(core);
    const audits = auditCount(core);

    // the history, read every way it is read
    expect((await core.ok('getDay', { portId: gyirong, date: '2025-06-03' }))?.values.personsIn).toBe(102);
    const month = await core.ok('getMonth', { portId: gyirong, month: '2025-06' });
    expect(month.days.filter((d) => d.record).length).toBe(30);
    const kpis = await core.ok('getDashboardKpis', { portIds: [gyirong], period: { kind: 'month', from: '2025-06-01', to: '2025-06-30' } });
    const naiveTotal = june.reduce((sum, [, v]) => sum + v.personsIn!, 0);
    expect(kpis.figures.find((f) => f.key === 'personsIn')?.current).toBe(naiveTotal);
    const exported = await core.ok('exportData', { portIds: [gyirong], from: '2025-06-01', to: '2025-06-30', format: 'csv' });
    expect(exported.rows).toBe(30);

    // nothing new: the day form, the grid, an import naming it, an import into it
    const message = '口岸“吉隆口岸”已停用，不能录入或导入新数据（已有数据仍可查看和导出）。如需继续录入，请管理员在 系统管理 → 口岸 中启用';
    expect(await core.call('saveDay', aDay(gyirong, '2025-07-01', 90), TEST_CTX)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message } });
    const edit = await core.call('saveDays', { portId: gyirong, days: [{ date: '2025-06-03', values: { ...emptyDayValues(), personsIn: 1 } }], source: 'grid', confirmWarnings: true }, TEST_CTX);
    expect(edit).toEqual({ ok: false, error: { code: 'FORBIDDEN', message } });
    const named = await importFile(core, { bytes: csvFile([['日期', '口岸', '入境人员'], ['2025-07-01', '吉隆口岸', '80'], ['2025-07-01', 'ZHANGMU', '70']]), fileName: 'a.csv' });
    expect(named.preview!.invalidRows).toEqual([{ sheet: 'a', row: 2, column: '口岸', reason: '口岸“吉隆口岸”已停用，不能导入新数据' }]);
    expect(named.preview!.newDays.map((d) => d.portName)).toEqual(['樟木口岸']);
    const into = await importFile(core, { bytes: csvFile([['日期', '入境人员'], ['2025-07-01', '80']]), fileName: 'b.csv', defaultPortId: gyirong });
    expect(failure(into).message).toBe(message);
    // a file naming its ports is still read while the disabled port is the one chosen
    const elsewhere = await importFile(core, { bytes: csvFile([['日期', '口岸', '入境人员'], ['2025-07-01', '樟木口岸', '70']]), fileName: 'c.csv', defaultPortId: gyirong });
    expect(elsewhere.preview!.counts.newDays).toBe(1);
    expect(recordCount(core)).toBe(records);
    expect(auditCount(core)).toBe(audits);

    // enabled again, it takes figures again
    const enabled = await core.ok('setPortDisabled', { id: gyirong, disabled: false });
    expect(enabled.disabledAt).toBeNull();
    expect(await core.ok('saveDay', aDay(gyirong, '2025-07-01', 90))).toMatchObject({ status: 'saved' });
  });

  it('is recorded in the audit log with the time it was disabled, before → after', async () => {
    const { core, gyirong } = await twoPorts();
    await core.ok('setPortDisabled', { id: gyirong, disabled: true });
    const off = await lastEntry(core, 'setPortDisabled');
    expect(off.input).toEqual({ id: gyirong, disabled: true });
    expect(fieldChanges(off.changes.rows[0]!, '空').map((f) => [f.label, f.before, f.after])).toEqual([['停用时间', '空', '2025-07-10 12:00:00']]);

    await core.ok('setPortDisabled', { id: gyirong, disabled: false });
    const on = await lastEntry(core, 'setPortDisabled');
    expect(fieldChanges(on.changes.rows[0]!, '空').map((f) => [f.label, f.before, f.after])).toEqual([['停用时间', '2025-07-10 12:00:00', '空']]);
  });

  it('refuses to disable the last enabled port and an unknown one', async () => {
    const { core, gyirong } = await twoPorts();
    await core.ok('setPortDisabled', { id: 1, disabled: true });
    const last = await core.call('setPortDisabled', { id: gyirong, disabled: true }, TEST_CTX);
    expect(last).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '“吉隆口岸”是唯一启用的口岸，不能停用：至少要保留一个可以录入数据的口岸' } });
    expect((await core.ok('listPorts', undefined)).map((p) => p.disabledAt === null)).toEqual([false, true]);
    const unknown = await core.call('setPortDisabled', { id: 42, disabled: true }, TEST_CTX);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('who may rename and disable ports', () => {
  it('administrators only: a clerk or a viewer is refused in the core, and nothing changes', async () => {
    const { core, gyirong } = await twoPorts();
    const admin = await signedInAs(core, 'admin', 'boss');
    for (const role of ['clerk', 'viewer'] as const) {
      const ctx = await signedInAs(core, role);
      for (const [method, input] of [
        ['renamePort', { id: gyirong, name: '吉隆新口岸' }],
        ['setPortDisabled', { id: gyirong, disabled: true }],
      ] as const) {
        const r = await core.call(method, input, ctx);
        expect(r, `${role} ${method}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(await core.ok('listPorts', undefined)).toEqual([
      expect.objectContaining({ name: '樟木口岸', disabledAt: null }),
      expect.objectContaining({ name: '吉隆口岸', disabledAt: null }),
    ]);
    await core.ok('renamePort', { id: gyirong, name: '吉隆新口岸' }, admin);
    expect((await lastEntry(core, 'renamePort')).userName).toBe('admin用户');
    // three accounts made and signed in: six scrypt runs, slow on a busy machine by design
  }, 60_000);
});
