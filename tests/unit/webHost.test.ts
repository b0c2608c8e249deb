import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { startWebHost, isAllowedOrigin } from '../../electron/web/server';
import { METHOD_NAMES } from '../../shared/contract';
import { tempCore, tempDir } from './helpers/tempCore';

/** A raw request, so that Host and Origin can be set to what a hostile page would send. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  const u = new URL(url);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: options.path ?? u.pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** A host with its first administrator signed in: `cookie` is their session (every API call needs one). */
async function host() {
  const core = await tempCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>樟木</title>');
  const web = await startWebHost({ core, staticDir, port: 0, maxBodyBytes: 64 * 1024 });
  const setup = await fetch(web.url + '/api/createFirstAdmin', {
    method: 'POST',
    body: JSON.stringify({ username: 'admin', displayName: '管理员', password: 'admin-password' }),
  });
  const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
  return { core, web, staticDir, cookie, close: () => web.close() };
}

describe('browser host', () => {
  it('lists the method names and serves the contract as POST /api/<method>', async () => {
    const h = await host();
    const list = await (await fetch(h.web.url + '/api')).json();
    expect(list).toEqual({ ok: true, value: METHOD_NAMES });
    const anonymous = await fetch(h.web.url + '/api/listPorts', { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const r = await fetch(h.web.url + '/api/listPorts', { method: 'POST', headers: { cookie: h.cookie } });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true, value: [{ name: '樟木口岸' }] });
    await h.close();
  });

  it('answers bad input with 4xx and a Chinese message', async () => {
    const h = await host();
    const bad = await fetch(h.web.url + '/api/getDay', { method: 'POST', headers: { cookie: h.cookie }, body: JSON.stringify({ portId: 1, date: 'yesterday' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/日期/) } });
    const notJson = await fetch(h.web.url + '/api/getDay', { method: 'POST', headers: { cookie: h.cookie }, body: '{oops' });
    expect(notJson.status).toBe(400);
    const unknown = await fetch(h.web.url + '/api/dropTables', { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const get = await fetch(h.web.url + '/api/listPorts');
    expect(get.status).toBe(405);
    await h.close();
  });

  it('listens on 127.0.0.1 only', async () => {
    const h = await host();
    expect(h.web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await h.close();
  });

  it('refuses bodies over the limit', async () => {
    const h = await host();
    const r = await fetch(h.web.url + '/api/listPorts', { method: 'POST', headers: { cookie: h.cookie }, body: 'x'.repeat(100 * 1024) });
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    await h.close();
  });

  it("refuses another site's Origin and a foreign Host (DNS rebinding)", async () => {
    const h = await host();
    const port = new URL(h.web.url).port;
    const foreign = await request(h.web.url, { method: 'POST', path: '/api/listPorts', headers: { Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const rebinding = await request(h.web.url, { method: 'POST', path: '/api/listPorts', headers: { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` } });
    expect(rebinding.status).toBe(403);
    const own = await request(h.web.url, { method: 'POST', path: '/api/listPorts', headers: { Origin: `http://127.0.0.1:${port}`, cookie: h.cookie } });
    expect(own.status).toBe(200);
    expect(isAllowedOrigin('null', '127.0.0.1:1')).toBe(false);
    await h.close();
  });

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const h = await host();
    const page = await fetch(h.web.url + '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('樟木');
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const r = await request(h.web.url, { path: p });
      expect(r.status, p).toBe(404);
    }
    await h.close();
  });

  it('stops at once even while a browser holds a socket it opened ahead of need', async () => {
    const h = await host();
    const u = new URL(h.web.url);
    const socket = net.connect(Number(u.port), u.hostname);
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    // Without closing it, close() would wait minutes for Node's header timeout: the test would time out.
    await expect(h.close()).resolves.toBeUndefined();
    socket.destroy();
  });
});
