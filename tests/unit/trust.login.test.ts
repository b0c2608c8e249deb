import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { hostSession, signedInAs, TEST_PASSWORD } from './helpers/signIn';
import type { CallContext, HostClient } from '../../electron/core/types';
import { startWebHost } from '../../electron/web/server';
import { passwordWeakness } from '../../electron/core/auth/passwordPolicy';

/** A browser: its own session and its own long-lived client cookie. */
function browser(): CallContext & { client: HostClient } {
  const client: HostClient = {
    id: null,
    set(id) {
      client.id = id;
    },
  };
  return { actor: null, host: 'http', session: hostSession(), client };
}

/** A clock the test moves by hand, so delays are checked without waiting for them. */
function clock(start = Date.UTC(2025, 5, 1, 2)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

const login = (username: string, password: string) => ({ username, password });

/** Naive: three free failures, then the wait doubles from one second. */
const expectedWaitSeconds = (failures: number) => (failures < 3 ? 0 : 2 ** (failures - 3));

const loginFailedEntries = (core: { store: { sqlite: import('better-sqlite3').Database } }) =>
  (core.store.sqlite.prepare(`SELECT input, changes FROM audit_log WHERE action = 'loginFailed' ORDER BY id`).all() as { input: string; changes: string }[]).map((r) => ({
    input: JSON.parse(r.input) as { username: string; failures: number },
    notes: (JSON.parse(r.changes) as { notes: string[] }).notes,
  }));

describe('login throttling', () => {
  it('each failure after three doubles the wait, also for the right password meanwhile', async () => {
    const t = clock();
    const core = await tempCore({ now: t.now });
    await signedInAs(core, 'clerk', 'wang');
    const guesser = browser();
    for (let failures = 1; failures <= 8; failures++) {
      expect(await core.call('login', login('wang', 'wrong-guess'), guesser)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const wait = expectedWaitSeconds(failures);
      if (wait === 0) continue;
      expect(await core.call('login', login('wang', TEST_PASSWORD), guesser)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: `登录失败次数过多，请 ${wait} 秒后再试` },
      });
      t.advance(wait * 1000 - 1);
      expect((await core.call('login', login('wang', TEST_PASSWORD), guesser)).ok).toBe(false);
      t.advance(1);
    }
    // once the wait is over the right password works (and clears the count)
    expect((await core.call('login', login('wang', TEST_PASSWORD), guesser)).ok).toBe(true);
  });

  it("someone else's guesses from another client do not lock the real user out", async () => {
    const t = clock();
    const core = await tempCore({ now: t.now });
    await signedInAs(core, 'admin', 'zhang');
    const own = browser();
    expect((await core.call('login', login('zhang', TEST_PASSWORD), own)).ok).toBe(true);
    expect(own.client.id).toMatch(/^[A-Za-z0-9_-]{30,}$/);
    await core.call('logout', undefined, own);

    const attacker = browser();
    for (let i = 0; i < 30; i++) await core.call('login', login('zhang', `guess-${i}`), attacker);
    expect(await core.call('login', login('zhang', TEST_PASSWORD), attacker)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // a fresh client is no way around it: every client that never signed in to the account shares one count
    expect(await core.call('login', login('zhang', TEST_PASSWORD), browser())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // the real user's browser signs in at once
    expect(await core.call('login', login('zhang', TEST_PASSWORD), own)).toMatchObject({ ok: true, value: { username: 'zhang' } });
  });

  it('one client trying many account names is slowed down too', async () => {
    const t = clock();
    const core = await tempCore({ now: t.now });
    await signedInAs(core, 'clerk', 'li');
    const scanner = browser();
    for (let i = 0; i < 10; i++) await core.call('login', login(`user${i}`, 'guess'), scanner);
    const r = await core.call('login', login('li', TEST_PASSWORD), scanner);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('秒后再试') } });
    t.advance(1000);
    expect((await core.call('login', login('li', TEST_PASSWORD), scanner)).ok).toBe(true);
  });
});

describe('failed-login bursts in the audit log', () => {
  it('200 failed logins are one entry, written once the burst is over', async () => {
    const t = clock();
    const core = await tempCore({ now: t.now });
    await signedInAs(core, 'clerk', 'wang');
    const guesser = browser();
    for (let i = 0; i < 200; i++) {
      await core.call('login', login('wang', `guess-${i}`), guesser);
      t.advance(70); // 200 guesses in 14 s
    }
    expect(loginFailedEntries(core)).toEqual([]);
    t.advance(61_000);
    // the next call of any kind after a quiet minute finds the burst over; here another failed login elsewhere
    await core.call('login', login('nobody', 'x-guess'), browser());
    const entries = loginFailedEntries(core);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.input).toMatchObject({ username: 'wang', failures: 200 });
    const counted = [...entries[0]!.notes[0]!.matchAll(/(\d+) 次/g)].map((m) => Number(m[1]));
    // naive: the total, then the reasons, which add up to it
    expect(counted[0]).toBe(200);
    expect(counted.slice(1).reduce((a, b) => a + b, 0)).toBe(200);
    expect(entries[0]!.notes[0]).toContain('密码错误');
    expect(entries[0]!.notes[0]).toContain('等待期间再次尝试');
  });

  it('a success ends the burst: its entry comes first, then the sign-in', async () => {
    const core = await tempCore();
    await signedInAs(core, 'clerk', 'sun');
    const ctx = browser();
    await core.call('login', login('sun', 'typo-one'), ctx);
    await core.call('login', login('sun', 'typo-two'), ctx);
    expect((await core.call('login', login('sun', TEST_PASSWORD), ctx)).ok).toBe(true);
    const actions = core.store.sqlite.prepare(`SELECT action, input FROM audit_log WHERE action IN ('login', 'loginFailed') ORDER BY id`).all() as { action: string; input: string }[];
    expect(actions.map((a) => a.action)).toEqual(['login', 'loginFailed', 'login']); // signedInAs's own sign-in first
    expect(JSON.parse(actions[1]!.input)).toMatchObject({ username: 'sun', failures: 2 });
  });
});

describe('password policy', () => {
  it('refuses weak passwords with the reason in Chinese at the field, and accepts strong ones', async () => {
    const core = await tempCore();
    const weak = await core.call('createUser', { username: 'wang', displayName: '王五', role: 'clerk', password: '12345678' }, { actor: null, host: 'test' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { password: expect.stringMatching(/^密码太弱：这是最常用的密码之一/) } } });
    const named = await core.call('createUser', { username: 'wang', displayName: '王五', role: 'clerk', password: 'wang12345' }, { actor: null, host: 'test' });
    expect(named).toMatchObject({ ok: false, error: { fieldErrors: { password: expect.stringContaining('密码太弱') } } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });

    const created = await core.ok('createUser', { username: 'wang', displayName: '王五', role: 'clerk', password: 'Nyalam-bridge-1962' });
    const reset = await core.call('resetPassword', { id: created.id, newPassword: 'password1' }, { actor: null, host: 'test' });
    expect(reset).toMatchObject({ ok: false, error: { fieldErrors: { newPassword: expect.stringContaining('密码太弱：这是常用密码') } } });
    const first = await core.call('createFirstAdmin', { username: 'boss', displayName: '主任', password: 'qwertyuiop' }, browser());
    expect(first.ok).toBe(false);
    expect(passwordWeakness('abcabcabcabc')).toMatch(/重复/);
  });
});

describe('the browser host checks the session before reading a body', () => {
  it('answers 401 to an anonymous call whose body never arrives', async () => {
    const core = await tempCore();
    const host = await startWebHost({ core, port: 0 });
    try {
      // Headers announce a megabyte; not one byte of it is sent. The answer comes anyway.
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${host.url}/api/startImport`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(1024 * 1024) } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.flushHeaders();
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
      // a made-up session cookie is no better
      const forged = await fetch(`${host.url}/api/listPorts`, { method: 'POST', headers: { cookie: `clearance_session_${host.port}=${'a'.repeat(43)}` } });
      expect(forged.status).toBe(401);
    } finally {
      await host.close();
    }
  });
});
