import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { hostSession, signedInAs, TEST_PASSWORD } from './helpers/signIn';
import { contract, METHOD_NAMES } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import type { CallContext } from '../../electron/core/types';
import { hashPassword, verifyPassword } from '../../electron/core/auth/passwords';
import { runCli } from '../../electron/cli/run';
import { personsInDay } from './helpers/dayInput';

const anonymous = (): CallContext => ({ actor: null, host: 'http', session: hostSession() });

describe('accounts: first run, sign-in, passwords', () => {
  it('the first run creates the administrator, who is signed in; a second set-up is refused', async () => {
    const core = await tempCore();
    const ctx = anonymous();
    const before = await core.call('getAuthState', undefined, ctx);
    expect(before).toMatchObject({ ok: true, value: { mode: 'normal', needsSetup: true, user: null } });

    const created = await core.call('createFirstAdmin', { username: 'zhang', displayName: '张主任', password: 'first-admin-pw' }, ctx);
    expect(created).toMatchObject({ ok: true, value: { username: 'zhang', role: 'admin' } });
    expect(ctx.session?.id).toBeTruthy();
    const after = await core.call('getAuthState', undefined, ctx);
    expect(after).toMatchObject({ ok: true, value: { needsSetup: false, user: { displayName: '张主任', role: 'admin' } } });

    const again = await core.call('createFirstAdmin', { username: 'li', displayName: '李', password: 'another-pw-1' }, anonymous());
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = core.store.sqlite.prepare('SELECT action, user_name, host FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([{ action: 'createFirstAdmin', user_name: '张主任', host: 'http' }]);
  });

  it('stores passwords with scrypt and a salt per user, never the password itself', async () => {
    const core = await tempCore();
    await signedInAs(core, 'clerk', 'aa');
    await signedInAs(core, 'clerk', 'bb');
    const rows = core.store.sqlite.prepare('SELECT password FROM users ORDER BY id').all() as { password: string }[];
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.password).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(r.password).not.toContain(TEST_PASSWORD);
      expect(await verifyPassword(TEST_PASSWORD, r.password)).toBe(true);
      expect(await verifyPassword(TEST_PASSWORD + 'x', r.password)).toBe(false);
    }
    expect(rows[0]!.password).not.toBe(rows[1]!.password);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a wrong password or unknown name with the same message, records it, and slows down guessing', async () => {
    const core = await tempCore();
    await signedInAs(core, 'clerk', 'wang');
    const wrong = await core.call('login', { username: 'wang', password: 'nope-nope' }, anonymous());
    const unknown = await core.call('login', { username: 'nobody', password: 'nope-nope' }, anonymous());
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '用户名或密码不正确' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '用户名或密码不正确' } });
    for (let i = 0; i < 4; i++) await core.call('login', { username: 'wang', password: 'nope-nope' }, anonymous());
    const blocked = await core.call('login', { username: 'wang', password: TEST_PASSWORD }, anonymous());
    expect(blocked).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/次数过多/);
    // The failures are one burst, written as one entry when it ends (here: as the program closes).
    await core.close();
    const db = new BetterSqlite3(path.join(core.dataDir, DB_FILE_NAME), { readonly: true });
    const entries = db.prepare(`SELECT input FROM audit_log WHERE action = 'loginFailed' ORDER BY id`).all() as { input: string }[];
    db.close();
    expect(entries.map((e) => JSON.parse(e.input) as { username: string; failures: number })).toEqual([
      expect.objectContaining({ username: 'wang', failures: 6 }),
      expect.objectContaining({ username: 'nobody', failures: 1 }),
    ]);
  });

  it('user names ignore case; a disabled account cannot sign in and its session ends', async () => {
    const core = await tempCore();
    const clerk = await signedInAs(core, 'clerk', 'Wang');
    const again = await core.call('login', { username: 'WANG', password: TEST_PASSWORD }, anonymous());
    expect(again.ok).toBe(true);
    const users = await core.ok('listUsers', undefined);
    await core.ok('updateUser', { id: users[0]!.id, disabled: true });
    expect(await core.call('getMonth', { portId: 1, month: '2025-06' }, clerk)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await core.call('login', { username: 'wang', password: TEST_PASSWORD }, anonymous())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该账户已停用，请联系管理员' },
    });
  });

  it('the administrator resets a password: the old one and its sessions stop working', async () => {
    const core = await tempCore();
    const viewer = await signedInAs(core, 'viewer', 'zhao');
    const [user] = await core.ok('listUsers', undefined);
    await core.ok('resetPassword', { id: user!.id, newPassword: 'brand-new-pw' });
    expect(await core.call('listPorts', undefined, viewer)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await core.call('login', { username: 'zhao', password: TEST_PASSWORD }, anonymous())).ok).toBe(false);
    expect((await core.call('login', { username: 'zhao', password: 'brand-new-pw' }, anonymous())).ok).toBe(true);
    const entry = core.store.sqlite.prepare(`SELECT input, changes FROM audit_log WHERE action = 'resetPassword'`).get() as { input: string; changes: string };
    expect(entry.input).not.toContain('brand-new-pw');
    expect(entry.changes).not.toMatch(/scrypt\$/);
  });

  it('anyone signed in, a viewer too, changes their own password with the current one', async () => {
    const core = await tempCore();
    const viewer = await signedInAs(core, 'viewer', 'qian');
    const wrong = await core.call('changeOwnPassword', { currentPassword: 'not-it', newPassword: 'viewer-new-pw' }, viewer);
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { currentPassword: '当前密码不正确' } } });
    expect((await core.call('changeOwnPassword', { currentPassword: TEST_PASSWORD, newPassword: 'viewer-new-pw' }, viewer)).ok).toBe(true);
    expect((await core.call('listPorts', undefined, viewer)).ok).toBe(true);
    expect((await core.call('login', { username: 'qian', password: 'viewer-new-pw' }, anonymous())).ok).toBe(true);
  });

  it('keeps at least one usable administrator and never lets one disable themself', async () => {
    const core = await tempCore();
    const admin = await signedInAs(core, 'admin', 'boss');
    const [me] = await core.ok('listUsers', undefined);
    expect(await core.call('updateUser', { id: me!.id, role: 'clerk' }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('updateUser', { id: me!.id, disabled: true }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await signedInAs(core, 'admin', 'boss2');
    expect(await core.call('updateUser', { id: me!.id, disabled: true }, admin)).toMatchObject({ ok: false, error: { message: '不能停用自己正在使用的账户' } });
    expect((await core.call('updateUser', { id: me!.id, role: 'clerk' }, admin)).ok).toBe(true);
    // now a clerk: administration is refused at once, without signing in again
    expect(await core.call('listUsers', undefined, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('roles are enforced in the core for every contract method', () => {
  const expectation = (def: MethodDef, role: 'anonymous' | 'viewer' | 'clerk' | 'admin'): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' => {
    if (def.public) return 'allowed';
    if (role === 'anonymous') return 'UNAUTHENTICATED';
    if (def.adminOnly) return role === 'admin' ? 'allowed' : 'FORBIDDEN';
    if (def.write && !def.selfService) return role === 'viewer' ? 'FORBIDDEN' : 'allowed';
    return 'allowed';
  };

  it('anonymous, viewer, clerk and admin get exactly what their role allows, before any input is looked at', async () => {
    const core = await tempCore();
    const callers: Record<string, CallContext> = {
      anonymous: anonymous(),
      viewer: await signedInAs(core, 'viewer'),
      clerk: await signedInAs(core, 'clerk'),
      admin: await signedInAs(core, 'admin'),
    };
    expect(METHOD_NAMES.length).toBeGreaterThan(20);
    for (const name of METHOD_NAMES) {
      const def = contract[name] as MethodDef;
      for (const [role, ctx] of Object.entries(callers)) {
        // 42 is (nearly always) no valid input: an allowed call fails validation, a refused one never gets there.
        const r = await core.call(name, 42, ctx);
        const expected = expectation(def, role as 'anonymous' | 'viewer' | 'clerk' | 'admin');
        if (expected === 'allowed') {
          if (!r.ok) expect(['UNAUTHENTICATED', 'FORBIDDEN'], `${name} as ${role}: ${r.error.message}`).not.toContain(r.error.code);
        } else {
          expect(r.ok, `${name} as ${role}`).toBe(false);
          if (!r.ok) expect(r.error.code, `${name} as ${role}: ${r.error.message}`).toBe(expected);
        }
      }
    }
  });

  it("a viewer's write is refused and nothing is written; a clerk's is recorded under the clerk's name", async () => {
    const core = await tempCore();
    const viewer = await signedInAs(core, 'viewer');
    const clerk = await signedInAs(core, 'clerk');
    const refused = await core.call('saveDay', personsInDay('2025-06-03', 10), viewer);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色是查看者，只能查看数据，不能修改' } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get()).toEqual({ n: 0 });

    const saved = await core.call('saveDay', personsInDay('2025-06-03', 10), clerk);
    expect(saved.ok).toBe(true);
    expect(core.store.sqlite.prepare('SELECT created_by FROM daily_records').get()).toEqual({ created_by: 'clerk用户' });
    expect(core.store.sqlite.prepare(`SELECT user_name, username, role FROM audit_log WHERE action = 'saveDay'`).get()).toEqual({
      user_name: 'clerk用户',
      username: 'clerk',
      role: 'clerk',
    });
  });

  it('the CLI acts as the store administrator without signing in', async () => {
    const core = await tempCore();
    const cli: CallContext = { actor: null, host: 'cli' };
    expect((await core.call('listUsers', undefined, cli)).ok).toBe(true);
    expect((await core.call('saveDay', personsInDay('2025-06-03', 5), cli)).ok).toBe(true);
    expect(core.store.sqlite.prepare(`SELECT user_name, host, role FROM audit_log`).get()).toEqual({ user_name: '命令行', host: 'cli', role: 'admin' });
  });
});

describe('lock after inactivity', () => {
  it('a session unused for longer than the setting is locked; signing in again continues', async () => {
    let now = new Date('2025-06-03T02:00:00Z');
    const core = await tempCore({ now: () => now });
    await core.ok('updateTrustSettings', { lockMinutes: 10 });
    const clerk = await signedInAs(core, 'clerk', 'sun');
    now = new Date(now.getTime() + 9 * 60_000);
    expect((await core.call('listPorts', undefined, clerk)).ok).toBe(true);
    now = new Date(now.getTime() + 9 * 60_000); // 18 minutes in, but only 9 since the last call
    expect((await core.call('listPorts', undefined, clerk)).ok).toBe(true);
    now = new Date(now.getTime() + 11 * 60_000);
    const locked = await core.call('saveDay', personsInDay('2025-06-01', 3), clerk);
    expect(locked).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', details: { reason: 'locked' } } });
    expect(clerk.session?.id).toBeNull();
    expect(await core.call('getAuthState', undefined, clerk)).toMatchObject({ ok: true, value: { user: null, locked: false } });

    expect((await core.call('login', { username: 'sun', password: TEST_PASSWORD }, clerk)).ok).toBe(true);
    expect((await core.call('saveDay', personsInDay('2025-06-01', 3), clerk)).ok).toBe(true);
  });

  it('getAuthState tells the renderer that the session ran out', async () => {
    let now = new Date('2025-06-03T02:00:00Z');
    const core = await tempCore({ now: () => now });
    const viewer = await signedInAs(core, 'viewer');
    now = new Date(now.getTime() + 16 * 60_000); // default 15 minutes
    expect(await core.call('getAuthState', undefined, viewer)).toMatchObject({ ok: true, value: { user: null, locked: true, lockMinutes: 15 } });
  });
});

describe('`clearance reset-password`', () => {
  it('lets whoever can open the data folder reset a forgotten administrator password, read without echo', async () => {
    const core = await tempCore();
    await core.ok('createFirstAdmin', { username: 'boss', displayName: '主任', password: 'forgotten-port-pw' });
    const dataDir = core.dataDir;
    await core.close();
    const lines: string[] = [];
    const answers = ['brand-new-pw', 'brand-new-pw'];
    const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l), readSecret: async () => answers.shift()! };
    expect(await runCli(['reset-password', 'BOSS', '--data', dataDir], io)).toBe(0);
    expect(lines.join('\n')).toContain('已重置 主任（boss）的密码');
    const mismatch = { ...io, readSecret: async () => String(Math.random()) };
    expect(await runCli(['reset-password', 'boss', '--data', dataDir], mismatch)).toBe(1);
    expect(await runCli(['reset-password', 'nobody', '--data', dataDir], io)).toBe(1);

    const again = await tempCore({ dataDir });
    expect((await again.call('login', { username: 'boss', password: 'brand-new-pw' }, anonymous())).ok).toBe(true);
    expect((await again.call('login', { username: 'boss', password: 'forgotten-port-pw' }, anonymous())).ok).toBe(false);
  });
});

describe('TEST_CTX', () => {
  it('acts as the administrator, so domain tests need no sign-in', async () => {
    const core = await tempCore();
    expect(await core.ok('getAuthState', undefined, TEST_CTX)).toMatchObject({ user: { role: 'admin' } });
  });
});
