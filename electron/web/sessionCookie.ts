/**
 * The browser host's session cookie. Named per port: cookies are shared by every port of 127.0.0.1,
 * and two hosts on one PC must not sign each other out. HttpOnly (no page script reads it),
 * SameSite=Strict (no other site's page sends it), no Max-Age (gone when the browser closes).
 */
export function sessionCookieName(port: number): string {
  return `clearance_session_${port}`;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function readSessionCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN.test(value) ? value : null;
  }
  return null;
}

export function sessionCookieHeader(name: string, id: string | null): string {
  const base = 'Path=/; HttpOnly; SameSite=Strict';
  return id ? `${name}=${id}; ${base}` : `${name}=; ${base}; Max-Age=0`;
}

/**
 * The browser's client cookie: which browser this is, kept for a year, so that a browser that has
 * signed in before is not slowed down by wrong passwords typed elsewhere (electron/core/auth/loginThrottle.ts).
 */
export function clientCookieName(port: number): string {
  return `clearance_client_${port}`;
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function clientCookieHeader(name: string, id: string): string {
  return `${name}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${YEAR_SECONDS}`;
}
