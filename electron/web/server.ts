import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { METHOD_NAMES, contract, httpStatusOf, isMethodName, type ApiResult } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/csp';
import type { Core } from '../core/openCore';
import { sendExportDownload } from './exportDownload';
import type { HostClient, HostSession } from '../core/types';
import { contentTypeOf, resolveStaticFile } from './staticFiles';
import { clientCookieHeader, clientCookieName, readSessionCookie, sessionCookieHeader, sessionCookieName } from './sessionCookie';

export interface WebHostOptions {
  core: Pick<Core, 'call' | 'knowsSession'>;
  /** the built renderer (out/renderer); without it only the API is served */
  staticDir?: string | undefined;
  port?: number;
  /** request bodies above this are refused with 413, unless the method sets its own limit (MethodDef.maxBodyBytes) */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Only this machine may connect: the host serves one clerk's store, not a network. */
export const LISTEN_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** A method's own body limit (an upload) or the host's default. */
export function bodyLimitOf(def: Pick<MethodDef, 'maxBodyBytes'> | undefined, fallback: number): number {
  return def?.maxBodyBytes ?? fallback;
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function fail(res: http.ServerResponse, result: ApiResult<never> & { ok: false }): void {
  sendJson(res, httpStatusOf(result.error.code), result);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('tooLarge');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => !done && resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A request from a page of another site (a malicious web page the clerk happens to open) carries that
 * site's Origin: refuse it. Requests without Origin come from non-browser clients on this machine.
 */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin) return true;
  try {
    const o = new URL(origin);
    return (o.protocol === 'http:' && (o.host === hostHeader));
  } catch {
    return false;
  }
}

/**
 * The Host header must name this machine: a page on another site that re-points its own domain to
 * 127.0.0.1 (DNS rebinding) would otherwise pass the Origin check with its own name.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `${LISTEN_HOST}:${port}` || hostHeader === `localhost:${port}`;
}

/** A finished export is fetched here, once, by its token (startExport → getExportJob's downloadToken). */
export const DOWNLOAD_PREFIX = '/download/';

/** Said by `clearance serve` and by every page request when the interface has not been built. */
export const RENDERER_MISSING = '未找到界面文件（尚未构建）：请先运行 npm run build，或直接用 npm run web 启动（它会先构建）。';

export async function startWebHost({ core, staticDir, port = 0, maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: WebHostOptions): Promise<WebHost> {
  const root = staticDir && fs.existsSync(staticDir) ? fs.realpathSync(staticDir) : undefined;
  // A checkout that was never built serves the API but no pages: say what to run instead of 未找到.
  const notFound = staticDir !== undefined && !fs.existsSync(path.join(staticDir, 'index.html')) ? RENDERER_MISSING : '未找到';

  let actualPort = port;
  const server = http.createServer(async (req, res) => {
    try {
      if (!isAllowedHost(req.headers.host, actualPort)) {
        fail(res, { ok: false, error: { code: 'FORBIDDEN_ORIGIN', message: '只接受本机地址的访问' } });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${LISTEN_HOST}`);
      if (url.pathname === '/api' && req.method === 'GET') {
        sendJson(res, 200, { ok: true, value: METHOD_NAMES });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') {
          res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'POST' }).end();
          return;
        }
        if (!isAllowedOrigin(req.headers.origin, req.headers.host)) {
          fail(res, { ok: false, error: { code: 'FORBIDDEN_ORIGIN', message: '拒绝来自其他网站的请求' } });
          return;
        }
        const method = safeDecode(url.pathname.slice('/api/'.length));
        const def = isMethodName(method) ? (contract[method] as MethodDef) : undefined;
        const cookieName = sessionCookieName(actualPort);
        const sessionId = readSessionCookie(req.headers.cookie, cookieName);
        // Who is calling is known from the cookie alone: a caller without a session is refused before
        // its body is read, so an anonymous client cannot make the host buffer and parse uploads.
        if (def && !def.public && !core.knowsSession(sessionId)) {
          res.setHeader('Connection', 'close');
          fail(res, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录', details: { reason: 'signedOut' } } });
          req.resume();
          return;
        }
        const limit = bodyLimitOf(def, maxBodyBytes);
        const body = await readBody(req, limit);
        if (body === 'tooLarge') {
          fail(res, { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: `请求内容过大（上限 ${megabytes(limit)}）` } });
          return;
        }
        let input: unknown = undefined;
        if (body.trim() !== '') {
          try {
            input = JSON.parse(body);
          } catch {
            fail(res, { ok: false, error: { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON' } });
            return;
          }
        }
        // The session lives in an HttpOnly, SameSite=Strict cookie: page scripts cannot read it and
        // other sites' pages cannot send it.
        const cookies: { session?: string; client?: string } = {};
        const session: HostSession = {
          id: sessionId,
          set(id) {
            session.id = id;
            cookies.session = sessionCookieHeader(cookieName, id);
          },
        };
        const clientName = clientCookieName(actualPort);
        const client: HostClient = {
          id: readSessionCookie(req.headers.cookie, clientName),
          set(id) {
            client.id = id;
            cookies.client = clientCookieHeader(clientName, id);
          },
        };
        const result = await core.call(method, input, { actor: null, host: 'http', session, client });
        const setCookies = [cookies.session, cookies.client].filter((c): c is string => !!c);
        if (setCookies.length > 0) res.setHeader('Set-Cookie', setCookies);
        sendJson(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
        return;
      }
      if (url.pathname.startsWith(DOWNLOAD_PREFIX) && req.method === 'GET') {
        const sessionId = readSessionCookie(req.headers.cookie, sessionCookieName(actualPort));
        sendExportDownload(req, res, { token: safeDecode(url.pathname.slice(DOWNLOAD_PREFIX.length)), sessionId, known: core.knowsSession(sessionId), headers: SECURITY_HEADERS });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS).end();
        return;
      }
      const file = root ? resolveStaticFile(root, url.pathname) : null;
      if (!file) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(notFound);
        return;
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '程序内部错误' } });
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LISTEN_HOST, () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${LISTEN_HOST}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser opens sockets ahead of need; Node counts one that never sent a request as busy
        // and would wait minutes (its header timeout) before letting the host stop. Requests under
        // way get a moment to finish.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
