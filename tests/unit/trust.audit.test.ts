import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { tempCore } from './helpers/tempCore';
import { signedInAs } from './helpers/signIn';
import { installChangeCapture, resetCapturedChanges, takeCapturedChanges } from '../../electron/core/audit/changeCapture';
import { redactForAudit } from '../../electron/core/audit/redact';
import { csvCell } from '../../electron/core/csvDocument';
import { runCli } from '../../electron/cli/run';
import { captureIo } from './helpers/captureIo';
import { personsInDay } from './helpers/dayInput';

describe('audit log: every successful write, centrally', () => {
  it('records user, time, action, input and each changed row before and after', async () => {
    const core = await tempCore({ now: () => new Date('2025-06-03T02:00:00Z') });
    const clerk = await signedInAs(core, 'clerk', 'liu');
    expect((await core.call('saveDay', personsInDay('2025-06-02', 100), clerk)).ok).toBe(true);
    expect((await core.call('saveDay', personsInDay('2025-06-02', 120, 1), clerk)).ok).toBe(true);

    const page = await core.ok('listAuditLog', { filter: { action: 'saveDay' } });
    expect(page.total).toBe(2);
    const [second, first] = page.entries;
    expect(first).toMatchObject({ at: '2025-06-03T02:00:00.000Z', userName: 'clerk用户', username: 'liu', role: 'clerk', host: 'http', action: 'saveDay' });
    expect(first!.input).toMatchObject({ date: '2025-06-02', values: { personsIn: 100 } });
    expect(first!.changes.counts).toEqual({ daily_records: { insert: 1, update: 0, delete: 0 }, daily_record_revisions: { insert: 1, update: 0, delete: 0 } });
    const update = second!.changes.rows.find((r) => r.table === 'daily_records');
    expect(update).toMatchObject({ op: 'update', before: { persons_in: 100, revision: 1 }, after: { persons_in: 120, revision: 2 } });
  });

  it('records nothing for a refused, failed or unchanged write', async () => {
    const core = await tempCore();
    await core.ok('saveDay', personsInDay('2025-06-02', 100));
    const count = () => (core.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(count()).toBe(1);
    expect((await core.call('saveDay', personsInDay('2025-06-02', 130, null), { actor: null, host: 'test' })).ok).toBe(false); // stale: CONFLICT
    expect((await core.call('saveDay', { ...personsInDay('2025-06-02', -1) }, { actor: null, host: 'test' })).ok).toBe(false); // invalid
    expect(await core.ok('saveDay', personsInDay('2025-06-02', 100, 1))).toMatchObject({ status: 'unchanged' });
    expect(count()).toBe(1);
  });

  it('masks passwords in the input and in the stored rows', async () => {
    const core = await tempCore();
    await core.ok('createUser', { username: 'newbie', displayName: '新人', role: 'clerk', password: 'secret-pass-1' });
    const row = core.store.sqlite.prepare(`SELECT input, changes FROM audit_log WHERE action = 'createUser'`).get() as { input: string; changes: string };
    expect(JSON.parse(row.input)).toMatchObject({ username: 'newbie', password: '••••••' });
    expect(JSON.parse(row.changes).rows[0]).toMatchObject({ table: 'users', op: 'insert', after: { username: 'newbie', password: '••••••' } });
    expect(row.input + row.changes).not.toContain('secret-pass-1');
    expect(row.changes).not.toContain('scrypt$');
  });

  it('keeps the write and its entry together: if the entry cannot be written, neither is', async () => {
    const core = await tempCore();
    core.store.sqlite.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const r = await core.call('saveDay', personsInDay('2025-06-02', 100), { actor: null, host: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get()).toEqual({ n: 0 });
    expect(core.store.sqlite.inTransaction).toBe(false);
  });

  it('filters by user, action, date and text, pages, and exports CSV for Excel', async () => {
    let now = new Date('2025-06-01T02:00:00Z');
    const core = await tempCore({ now: () => now });
    // the CLI naming who acts: days apart, as a session would have locked in between
    const clerk = { actor: '周文', host: 'cli' as const };
    for (let i = 1; i <= 5; i++) {
      now = new Date(`2025-06-0${i}T02:00:00Z`);
      await core.ok('saveDay', personsInDay(`2025-05-0${i}`, i), clerk);
    }
    await core.ok('createPort', { name: '=HYPERLINK("x")', code: 'EVIL' });
    const byUser = await core.ok('listAuditLog', { filter: { userName: '周文' }, page: 2, pageSize: 2 });
    expect(byUser.total).toBe(5);
    expect(byUser.entries.map((e) => (e.input as { date: string }).date)).toEqual(['2025-05-03', '2025-05-02']);
    expect(byUser.userNames).toEqual(expect.arrayContaining(['周文', '测试']));
    const byDate = await core.ok('listAuditLog', { filter: { from: '2025-06-02', to: '2025-06-03' } });
    expect(byDate.entries.map((e) => e.action)).toEqual(['saveDay', 'saveDay']);
    const bySearch = await core.ok('listAuditLog', { filter: { search: '2025-05-04' } });
    expect(bySearch.total).toBe(1);
    const literalPercent = await core.ok('listAuditLog', { filter: { search: '%' } });
    expect(literalPercent.total).toBe(0);

    const exported = await core.ok('exportAuditLog', { filter: { action: 'createPort' } });
    expect(exported.rows).toBe(1);
    expect(exported.fileName).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.csv.startsWith('\uFEFF序号,时间（北京时间）,用户')).toBe(true);
    expect(exported.csv).toContain('添加口岸');
    expect(exported.csv).toContain('\r\n');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });
});

describe('audit log: the hash chain shows where it was altered', () => {
  async function coreWithEntries(n: number) {
    const core = await tempCore();
    for (let i = 1; i <= n; i++) await core.ok('saveDay', personsInDay(`2025-05-${String(i).padStart(2, '0')}`, i));
    return core;
  }

  it('is intact after ordinary use', async () => {
    const core = await coreWithEntries(4);
    expect(await core.ok('verifyAuditLog', undefined)).toEqual({ ok: true, entries: 4, problems: [] });
  });

  it('finds an edited entry', async () => {
    const core = await coreWithEntries(4);
    core.store.sqlite.prepare(`UPDATE audit_log SET user_name = '别人' WHERE id = 2`).run();
    const status = await core.ok('verifyAuditLog', undefined);
    expect(status.ok).toBe(false);
    expect(status.problems).toEqual([expect.objectContaining({ id: 2, kind: 'altered', message: expect.stringContaining('第 2 条') })]);
  });

  it('finds an edit whose hash was recomputed: the next entry no longer links', async () => {
    const core = await coreWithEntries(4);
    const { entryHash } = await import('../../electron/core/audit/auditLog');
    const row = core.store.sqlite.prepare('SELECT * FROM audit_log WHERE id = 2').get() as Parameters<typeof entryHash>[0];
    const forged = { ...row, user_name: '别人' };
    core.store.sqlite.prepare('UPDATE audit_log SET user_name = ?, hash = ? WHERE id = 2').run('别人', entryHash(forged));
    const status = await core.ok('verifyAuditLog', undefined);
    expect(status.problems).toEqual([expect.objectContaining({ id: 3, kind: 'unlinked' })]);
  });

  it('finds a removed entry in the middle and at the end', async () => {
    const core = await coreWithEntries(5);
    core.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 3').run();
    core.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 5').run();
    const status = await core.ok('verifyAuditLog', undefined);
    expect(status.problems.map((p) => [p.kind, p.id])).toEqual([
      ['gap', 4],
      ['truncated', 5],
    ]);
    expect(status.problems[0]!.message).toContain('第 3 条不见了');
  });

  it('`clearance check` exits non-zero and says where', async () => {
    const core = await coreWithEntries(3);
    const dataDir = core.dataDir;
    core.store.sqlite.prepare(`UPDATE audit_log SET input = '{}' WHERE id = 2`).run();
    await core.close();
    const io = captureIo();
    expect(await runCli(['check', '--data', dataDir], io)).toBe(1);
    expect(io.lines.join('\n')).toMatch(/审计日志.*第 2 条/s);

    const fresh = await tempCore();
    await fresh.ok('saveDay', personsInDay('2025-05-01', 1));
    await fresh.close();
    const ok = captureIo();
    expect(await runCli(['check', '--data', fresh.dataDir], ok)).toBe(0);
    expect(ok.lines.join('\n')).toContain('审计日志完好（1 条）');
  });
});

describe('change capture works for any table', () => {
  it('captures tables it has never heard of: odd names, blobs, long texts, many columns', () => {
    const db = new BetterSqlite3(':memory:');
    const cols = Array.from({ length: 70 }, (_, i) => `c${i} INTEGER`).join(', ');
    db.exec(`CREATE TABLE "odd ""name"" table" (id INTEGER PRIMARY KEY, b BLOB, t TEXT, ${cols})`);
    db.exec(`CREATE TABLE no_rowid (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID`);
    installChangeCapture(db);
    resetCapturedChanges(db);
    db.prepare(`INSERT INTO "odd ""name"" table" (id, b, t, c69) VALUES (1, ?, ?, 69)`).run(Buffer.alloc(10), 'x'.repeat(5000));
    db.exec(`INSERT INTO no_rowid VALUES ('a', '1'); UPDATE no_rowid SET v = '2'; UPDATE no_rowid SET v = '2'; DELETE FROM no_rowid`);
    const changes = takeCapturedChanges(db);
    expect(changes.counts).toEqual({ 'odd "name" table': { insert: 1, update: 0, delete: 0 }, no_rowid: { insert: 1, update: 1, delete: 1 } });
    const inserted = changes.rows[0]!.after!;
    expect(inserted.b).toBe('[二进制 10 字节]');
    expect(String(inserted.t)).toMatch(/…\[共 5000 字\]$/);
    expect(inserted.c69).toBe(69);
    expect(changes.rows.find((r) => r.op === 'update')).toMatchObject({ before: { v: '1' }, after: { v: '2' } });
    db.close();
  });

  it('keeps counts for all rows and details for the first 200', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)');
    installChangeCapture(db);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(i);
    })();
    const changes = takeCapturedChanges(db);
    expect(changes.total).toBe(1000);
    expect(changes.rows).toHaveLength(200);
    expect(changes.truncated).toBe(true);
    db.close();
  });

  it('redacts inputs: secrets, long uploads, prototype keys kept as plain keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "newPassword": "x", "file": "' + 'A'.repeat(5000) + '"}');
    const out = redactForAudit(hostile) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'newPassword', 'file']);
    expect(out.newPassword).toBe('••••••');
    expect(out.file).toMatch(/^\[长文本已省略：5000 字，SHA-256 [0-9a-f]{64}\]$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toContain('"__proto__":{"polluted":true}');
    expect(redactForAudit(Number.NaN)).toBe('NaN');
  });
});
