import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from './helpers/tempCore';
import { startWebHost, bodyLimitOf, DEFAULT_MAX_BODY_BYTES, type WebHost } from '../../electron/web/server';
import { readSessionCookie, sessionCookieHeader } from '../../electron/web/sessionCookie';
import { contract, METHOD_NAMES } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } | null;
}

/** A raw request, so that Host, Origin and Cookie are exactly what a test says. */
function request(host: WebHost, method: string, urlPath: string, { body, headers = {} }: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: Reply['body'] = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const hosts: WebHost[] = [];
afterEach(async () => {
  while (hosts.length) await hosts.pop()!.close();
});

async function webHost(maxBodyBytes?: number) {
  const core = await tempCore();
  const host = await startWebHost({ core, port: 0, ...(maxBodyBytes ? { maxBodyBytes } : {}) });
  hosts.push(host);
  const setup = await request(host, 'POST', '/api/createFirstAdmin', { body: JSON.stringify({ username: 'admin', displayName: '管理员', password: 'admin-password' }) });
  const cookie = String(setup.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  return { core, host, cookie };
}

describe('browser host: who may call', () => {
  it('keeps the session in an HttpOnly SameSite=Strict cookie named for its port; without it nothing but sign-in works', async () => {
    const { host, cookie } = await webHost();
    const setCookie = (await request(host, 'POST', '/api/login', { body: JSON.stringify({ username: 'admin', password: 'admin-password' }) })).headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^clearance_session_${host.port}=[A-Za-z0-9_-]{40,}; Path=/; HttpOnly; SameSite=Strict$`));

    const anonymous = await request(host, 'POST', '/api/listPorts');
    expect(anonymous).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } } });
    const forged = await request(host, 'POST', '/api/listPorts', { headers: { cookie: `clearance_session_${host.port}=${'A'.repeat(43)}` } });
    expect(forged.status).toBe(401);
    const otherPort = await request(host, 'POST', '/api/listPorts', { headers: { cookie: cookie.replace(String(host.port), String(host.port + 1)) } });
    expect(otherPort.status).toBe(401);
    expect((await request(host, 'POST', '/api/listPorts', { headers: { cookie } })).status).toBe(200);

    const out = await request(host, 'POST', '/api/logout', { headers: { cookie } });
    expect(out.headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    expect((await request(host, 'POST', '/api/listPorts', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a request whose Origin is another site, or whose Host is not this machine', async () => {
    const { host, cookie } = await webHost();
    const foreign = await request(host, 'POST', '/api/listPorts', { headers: { cookie, origin: 'http://evil.example' } });
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN_ORIGIN', message: '拒绝来自其他网站的请求' } } });
    const nullOrigin = await request(host, 'POST', '/api/listPorts', { headers: { cookie, origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    const otherPort = await request(host, 'POST', '/api/listPorts', { headers: { cookie, origin: `http://127.0.0.1:${host.port + 1}` } });
    expect(otherPort.status).toBe(403);
    const own = await request(host, 'POST', '/api/listPorts', { headers: { cookie, origin: `http://127.0.0.1:${host.port}` } });
    expect(own.status).toBe(200);
    const rebound = await request(host, 'POST', '/api/listPorts', { headers: { cookie, host: `evil.example:${host.port}`, origin: `http://evil.example:${host.port}` } });
    expect(rebound).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN_ORIGIN' } } });
  });

  it('refuses other verbs, broken JSON and unknown methods with clear messages', async () => {
    const { host, cookie } = await webHost();
    expect((await request(host, 'GET', '/api/listPorts', { headers: { cookie } })).status).toBe(405);
    expect(await request(host, 'POST', '/api/saveDay', { headers: { cookie }, body: '{"portId": 1,' })).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON' } },
    });
    expect(await request(host, 'POST', '/api/%E0%A4%A', { headers: { cookie }, body: '{}' })).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_METHOD' } } });
    expect(await request(host, 'POST', '/api/__proto__', { headers: { cookie }, body: '{}' })).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_METHOD' } } });
    expect(await request(host, 'POST', '/api/constructor', { headers: { cookie }, body: '{}' })).toMatchObject({ status: 404 });
  });
});

describe('browser host: request size', () => {
  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const { host, cookie, core } = await webHost(64 * 1024);
    const huge = JSON.stringify({ portId: 1, date: '2025-06-01', values: {}, note: 'x'.repeat(70 * 1024) });
    const r = await request(host, 'POST', '/api/saveDay', { headers: { cookie }, body: huge });
    expect(r).toMatchObject({ status: 413, body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限 64 KB）' } } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get()).toEqual({ n: 0 });
    // and the connection still serves the next request
    expect((await request(host, 'POST', '/api/listPorts', { headers: { cookie } })).status).toBe(200);
  });

  it('the default limit is 2 MB; a method may set its own (an upload)', async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(2 * 1024 * 1024);
    expect(bodyLimitOf(undefined, 1000)).toBe(1000);
    expect(bodyLimitOf({}, 1000)).toBe(1000);
    expect(bodyLimitOf({ maxBodyBytes: 50 * 1024 * 1024 }, 1000)).toBe(50 * 1024 * 1024);
  });

  it("each method that sets a larger limit is given it: a body over the default but within the method's own is read", async () => {
    const { host, cookie } = await webHost(4 * 1024);
    for (const name of METHOD_NAMES) {
      const own = (contract[name] as MethodDef).maxBodyBytes;
      const r = await request(host, 'POST', `/api/${name}`, { headers: { cookie }, body: JSON.stringify({ padding: 'x'.repeat(5 * 1024) }) });
      if (own && own > 6 * 1024) expect(r.status, name).not.toBe(413);
      else expect(r.status, name).toBe(413);
    }
  });
});

describe('session cookie parsing', () => {
  it('reads only its own cookie, and only a well-formed token', () => {
    const token = 'a'.repeat(43);
    expect(readSessionCookie(`x=1; clearance_session_5780=${token}; y=2`, 'clearance_session_5780')).toBe(token);
    expect(readSessionCookie(`clearance_session_5780=<script>`, 'clearance_session_5780')).toBeNull();
    expect(readSessionCookie(undefined, 'clearance_session_5780')).toBeNull();
    expect(sessionCookieHeader('c', null)).toBe('c=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
  });
});
