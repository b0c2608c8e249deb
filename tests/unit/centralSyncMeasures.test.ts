import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { migrateCentral } from '../../electron/core/central/centralDatabase';
import { CENTRAL_MIGRATIONS } from '../../electron/core/central/migrations';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { centralDatabase, collectingIo, startCentralCluster } from './helpers/centralFixture';
import { runCli } from '../../electron/cli/run';
import type { ThrowawayPostgres } from './helpers/throwawayPostgres';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startCentralCluster();
}, 120_000);
afterAll(() => cluster?.stop());

const NOW = new Date('2025-06-15T04:00:00Z');

function measure(portId: number, partial: Partial<MethodInput<'createMeasure'>> = {}): MethodInput<'createMeasure'> {
  return {
    code: 'JL-01',
    title: '吉隆提前申报',
    category: 'declaration',
    description: '货物运抵前申报',
    leadUnit: '吉隆海关',
    partnerUnits: ['吉隆边检站'],
    portIds: [portId],
    metrics: ['importClearanceHours', 'declarations'],
    targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
    ...partial,
  };
}

/** A measure as another store shows it: its store-local ids left out, its ports named by code. */
async function portable(core: TestCore, m: MethodOutput<'getMeasure'>) {
  const codes = new Map((await core.ok('listPorts', {})).map((p) => [p.id, p.code]));
  const { id: _id, portIds, progress, ...rest } = m;
  return { ...rest, ports: portIds.map((id) => codes.get(id)), progress: progress.map(({ id: _p, ...p }) => p) };
}

/** The server's documents of one kind, or of every kind that one office sent. */
async function officeDocuments(ownerUrl: string, only: { kind: string } | { office: string } = { kind: 'measure' }): Promise<{ office: string; key: string }[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const [column, value] = 'kind' in only ? ['kind', only.kind] : ['office', only.office];
    return (await c.query(`SELECT office, key FROM office_documents WHERE ${column} = $1 ORDER BY office, key`, [value])).rows;
  } finally {
    await c.end();
  }
}

const rule = (portId: number) => ({
  id: null,
  portId,
  scope: 'restDays' as const,
  validFrom: '2024-01-01',
  validTo: null,
  open: true,
  hoursFrom: '10:00',
  hoursTo: '18:00',
  units: ['吉隆海关', '吉隆边检站'],
  personInCharge: '扎西',
  note: null,
});
const exception = (portId: number, note: string) => ({ portId, date: '2024-06-09', open: false, hoursFrom: null, hoursTo: null, units: [], personInCharge: '次仁', note });

/** A port's calendar as another store shows it: without the store's own ids. */
async function calendarOf(core: TestCore, portId: number) {
  const regional = (await core.ok('listRegionalDays', { year: 2024 })).filter((r) => r.portId === portId).map(({ id: _i, portId: _p, ...r }) => r);
  const rules = (await core.ok('listDutyRules', { portId })).map(({ id: _i, portId: _p, ...r }) => r);
  const { portId: _p, ...fivePlusTwo } = await core.ok('getFivePlusTwoSettings', { portId });
  return { regional, rules, fivePlusTwo };
}

describe("other offices' measures and calendars come home read-only", () => {
  it('central migration 0005 lets an office read, not write, the other offices\' measures of a database at 0003', async () => {
    const name = `central_before_read_${process.pid}`;
    cluster.createDatabase(name);
    const owner = cluster.url(name);
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: owner, max: 1 }) }) });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => CENTRAL_MIGRATIONS } });
      expect((await migrator.migrateTo('0003_value_sources')).error).toBeUndefined();
      cluster.psql(`
        INSERT INTO offices (name, title) VALUES ('office_zhangmu', '樟木口岸办'), ('office_gyirong', '吉隆口岸办');
        INSERT INTO office_documents (office, kind, key, body, hash) VALUES
          ('office_zhangmu', 'measure', 'ZM-01', '{}', 'a'), ('office_gyirong', 'measure', 'JL-01', '{}', 'b');`, name);
      const asZhangmu = (q: string) => cluster.psql(`SET ROLE office_zhangmu; ${q}`, name).trim();
      expect(asZhangmu('SELECT key FROM office_documents ORDER BY key')).toBe('ZM-01');

      expect(await migrateCentral(owner)).toEqual(Object.keys(CENTRAL_MIGRATIONS).filter((n) => n > '0003_value_sources'));
      expect(asZhangmu('SELECT key FROM office_documents ORDER BY key').split('\n')).toEqual(['JL-01', 'ZM-01']);
      // reading is all: another office's rows are not there to change or delete, nor to add to
      expect(asZhangmu(`WITH u AS (UPDATE office_documents SET body = 'x' WHERE office = 'office_gyirong' RETURNING 1) SELECT count(*) FROM u`)).toBe('0');
      expect(asZhangmu(`WITH d AS (DELETE FROM office_documents WHERE office = 'office_gyirong' RETURNING 1) SELECT count(*) FROM d`)).toBe('0');
      expect(() => asZhangmu(`INSERT INTO office_documents (office, kind, key, body, hash) VALUES ('office_gyirong', 'measure', 'X', '{}', 'c')`)).toThrow(/row-level security/);
      expect(cluster.psql(`SELECT body FROM office_documents WHERE key = 'JL-01'`, name).trim()).toBe('{}');
      // the audit entries stay each office's own
      cluster.psql(`INSERT INTO audit_entries (office, id, at, user_name, host, action, input, changes, prev_hash, hash) VALUES ('office_gyirong', 1, 'x', 'x', 'cli', 'x', '{}', '{}', '', 'h')`, name);
      expect(asZhangmu('SELECT count(*) FROM audit_entries')).toBe('0');
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it('a measure of 吉隆 arrives at 樟木 as entered, cannot be changed there, follows its edits and deletion, and a clashing code is reported', async () => {
    const urls = await centralDatabase(cluster);
    const zm = await tempCore({ now: () => NOW });
    const jl = await tempCore({ now: () => NOW });
    const jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
    await zm.ok('createMeasure', measure(1, { code: 'ZM-01', title: '樟木的措施', leadUnit: '樟木海关' }));
    const theirs = await jl.ok('createMeasure', measure(jlPort, { status: 'inForce', startDate: '2025-03-01' }));
    await jl.ok('addMeasureProgress', { id: theirs.id, date: '2025-06-01', note: '已培训报关员' });

    await syncOffice(zm.store, urls.zhangmu);
    await syncOffice(jl.store, urls.gyirong);
    const pulled = await syncOffice(zm.store, urls.zhangmu);
    expect(pulled.conflicts).toEqual([]);
    expect(pulled.pulledMeasures).toBe(1);
    // 樟木 sends only its own measure; 吉隆's stays 吉隆's on the server
    expect(await officeDocuments(urls.owner)).toEqual([
      { office: 'office_gyirong', key: 'JL-01' },
      { office: 'office_zhangmu', key: 'ZM-01' },
    ]);

    const atZm = () => zm.ok('listMeasures', undefined).then((l) => l.items.find((m) => m.code === 'JL-01'));
    const copy = (await atZm())!;
    expect(await portable(zm, await zm.ok('getMeasure', { id: copy.id }))).toEqual(await portable(jl, await jl.ok('getMeasure', { id: theirs.id })));

    // read-only at 樟木, with the reason in Chinese; nothing changed
    const readOnly = { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/该措施由 office_gyirong 录入.*只能查看，不能修改/) } };
    expect(await zm.call('updateMeasure', { ...measure(1, { title: '改掉' }), id: copy.id, expectedRevision: copy.revision }, TEST_CTX)).toMatchObject(readOnly);
    expect(await zm.call('changeMeasureStatus', { id: copy.id, expectedRevision: copy.revision, to: 'suspended', date: '2025-06-10', note: '' }, TEST_CTX)).toMatchObject(readOnly);
    expect(await zm.call('addMeasureProgress', { id: copy.id, date: '2025-06-10', note: '樟木记的' }, TEST_CTX)).toMatchObject(readOnly);
    expect(await zm.call('deleteMeasure', { id: copy.id }, TEST_CTX)).toMatchObject(readOnly);
    expect(await atZm()).toEqual(copy);

    // the pull's audit entry goes out with it, then nothing is new
    const quiet = await syncOffice(zm.store, urls.zhangmu);
    expect([quiet.pulledMeasures, quiet.sent.documents, quiet.sent.auditEntries, quiet.conflicts]).toEqual([0, 0, 0, []]);

    // 吉隆 edits it: the new version replaces the copy
    const { status: _status, ...fields } = measure(jlPort, { title: '吉隆提前申报（扩大范围）', startDate: '2025-03-01' });
    await jl.ok('updateMeasure', { ...fields, id: theirs.id, expectedRevision: theirs.revision });
    await syncOffice(jl.store, urls.gyirong);
    const edited = await syncOffice(zm.store, urls.zhangmu);
    expect(edited.pulledMeasures).toBe(1);
    expect((await atZm())!).toMatchObject({ title: '吉隆提前申报（扩大范围）', revision: 2 });

    // both offices give a new measure of their own the same code before either has synced it:
    // reported at the second to pull, whose own measure stays as it is
    const mine = await zm.ok('createMeasure', measure(1, { code: 'X-01', title: '樟木的 X-01', leadUnit: '樟木海关' }));
    await jl.ok('createMeasure', measure(jlPort, { code: 'X-01', title: '吉隆的 X-01' }));
    await syncOffice(jl.store, urls.gyirong);
    const clash = await syncOffice(zm.store, urls.zhangmu);
    expect(clash.conflicts).toEqual([{ kind: 'document', message: expect.stringMatching(/通关措施 X-01：office_gyirong 的措施与本办事处的一项措施编号相同，未取回/) }]);
    expect(clash.pulledMeasures).toBe(0);
    expect(await zm.ok('getMeasure', { id: mine.id })).toMatchObject({ title: '樟木的 X-01', leadUnit: '樟木海关' });

    // 吉隆 deletes it: gone at 樟木 too; the CLI says what came back
    await jl.ok('deleteMeasure', { id: theirs.id });
    await syncOffice(jl.store, urls.gyirong);
    await zm.close();
    const { io, lines } = collectingIo();
    expect(await runCli(['sync', '--data', zm.dataDir, '--to', urls.zhangmu], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/其他办事处的 1 项措施更新、0 个口岸的日历更新（只读）/);
    const reopened = await tempCore({ dataDir: zm.dataDir, now: () => NOW });
    expect((await reopened.ok('listMeasures', undefined)).items.map((m) => m.code).sort()).toEqual(['X-01', 'ZM-01']);
  }, 180_000);

  it("吉隆's calendar of its port arrives at 樟木 as entered, cannot be changed there, and follows a deletion", async () => {
    const urls = await centralDatabase(cluster);
    const zm = await tempCore({ now: () => NOW });
    const jl = await tempCore({ now: () => NOW });
    const jlPort = (await jl.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' })).id;
    await jl.ok('addRegionalDays', { portId: jlPort, from: '2024-06-05', to: '2024-06-05', type: 'regionalHoliday', name: '吉隆县庆', source: '县政府通知' });
    await jl.ok('saveDutyRule', rule(jlPort));
    await jl.ok('saveDutyException', exception(jlPort, '设备检修'));
    await jl.ok('setFivePlusTwoSettings', { portId: jlPort, effectiveFrom: '2024-03-01', note: '口岸管委会通知' });

    await syncOffice(jl.store, urls.gyirong);
    const pulled = await syncOffice(zm.store, urls.zhangmu);
    expect(pulled.conflicts).toEqual([]);
    expect(pulled.pulledCalendars).toBe(1);
    const gyAtZm = (await zm.ok('listPorts', {})).find((p) => p.code === 'GYIRONG')!.id;
    const atZm = await calendarOf(zm, gyAtZm);
    expect(atZm).toEqual(await calendarOf(jl, jlPort));
    expect(atZm.regional.map((r) => r.name)).toEqual(['吉隆县庆']);
    expect(atZm.fivePlusTwo).toMatchObject({ effectiveFrom: '2024-03-01' });

    // read-only at 樟木, every way of writing it
    const readOnly = { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/该口岸的日历由 office_gyirong 设置.*只能查看，不能修改/) } };
    const entry = (await zm.ok('listRegionalDays', { year: 2024 })).find((r) => r.portId === gyAtZm)!;
    const ruleId = (await zm.ok('listDutyRules', { portId: gyAtZm }))[0]!.id;
    const attempts: [Parameters<TestCore['call']>[0], unknown][] = [
      ['addRegionalDays', { portId: gyAtZm, from: '2024-06-06', to: '2024-06-06', type: 'regionalHoliday', name: '樟木加的', source: '' }],
      ['updateRegionalDay', { id: entry.id, portId: gyAtZm, date: '2024-06-05', type: 'regionalHoliday', name: '改名', source: '' }],
      ['updateRegionalDay', { id: entry.id, portId: null, date: '2024-06-05', type: 'regionalHoliday', name: '改成全部口岸', source: '' }],
      ['deleteRegionalDay', { id: entry.id }],
      ['saveDutyRule', rule(gyAtZm)],
      ['saveDutyRule', { ...rule(1), id: ruleId }],
      ['deleteDutyRule', { id: ruleId }],
      ['saveDutyException', exception(gyAtZm, '樟木改的')],
      ['deleteDutyException', { portId: gyAtZm, date: '2024-06-09' }],
      ['setFivePlusTwoSettings', { portId: gyAtZm, effectiveFrom: null, note: '' }],
    ];
    for (const [method, input] of attempts) expect(await zm.call(method, input, TEST_CTX), method).toMatchObject(readOnly);
    expect(await calendarOf(zm, gyAtZm)).toEqual(atZm);

    // not sent back as 樟木's, and nothing new the next time
    const quiet = await syncOffice(zm.store, urls.zhangmu);
    expect([quiet.pulledCalendars, quiet.sent.documents, quiet.sent.auditEntries, quiet.conflicts]).toEqual([0, 0, 0, []]);
    expect(await officeDocuments(urls.owner, { office: 'office_zhangmu' })).toEqual([]);
    expect((await officeDocuments(urls.owner, { office: 'office_gyirong' })).length).toBe(4);

    // 吉隆 removes its regional day: gone at 樟木 too, the rest stays
    const [jlEntry] = (await jl.ok('listRegionalDays', { year: 2024 })).filter((r) => r.portId === jlPort);
    await jl.ok('deleteRegionalDay', { id: jlEntry!.id });
    await syncOffice(jl.store, urls.gyirong);
    expect((await syncOffice(zm.store, urls.zhangmu)).pulledCalendars).toBe(1);
    const after = await calendarOf(zm, gyAtZm);
    expect(after).toEqual(await calendarOf(jl, jlPort));
    expect([after.regional, after.rules.length]).toEqual([[], 1]);
  }, 180_000);
});
