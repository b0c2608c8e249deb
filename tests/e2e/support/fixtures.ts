import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { startHost, type RunningHost } from './webHost';
import { DB_FILE_NAME } from '../../../electron/core/store/dataDir';
import type { Role } from '../../../shared/contract/access';

/** The first administrator the `host` fixture creates; the `app` page is signed in as them. */
export const ADMIN = { username: 'admin', displayName: '测试员', password: 'test-admin-pw' } as const;
export const TEST_USER_PASSWORD = 'test-user-pw';

export interface Account {
  username: string;
  displayName: string;
  password: string;
  role: Role;
}

export interface HostWithAdmin extends RunningHost {
  /** the administrator's session cookie (set when the first administrator was created) */
  adminCookie: string | null;
  /** calls a contract method over HTTP as the administrator and returns its result */
  api<T = unknown>(method: string, input?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
}

export interface Fixtures {
  /** whether the host starts with its first administrator created (false: the first-run screen shows) */
  firstAdmin: boolean;
  host: HostWithAdmin;
  /** the page, opened on the app and signed in as the administrator ADMIN (display name 测试员) */
  app: Page;
  /** a page in its own browser context, signed in with a new 查看者 (viewer) account */
  viewer: Page;
  /** a page in its own browser context, signed in with a new 录入员 (clerk) account */
  clerk: Page;
  /** creates accounts (as the administrator) and signs pages in */
  accounts: {
    create(role: Role, username?: string): Promise<Account>;
    signIn(page: Page, account: Pick<Account, 'username' | 'password'>): Promise<void>;
  };
  /** read-only queries on the host's SQLite file */
  db: { query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] };
}

function cookieOf(setCookie: string | null): string | null {
  return setCookie ? setCookie.split(';')[0]! : null;
}

/** Opens a page in a browser context of its own (its own cookies), signed in with a new account of a role. */
async function withPageSignedInAs(
  role: Role,
  { browser, host, accounts }: { browser: Browser; host: HostWithAdmin; accounts: Fixtures['accounts'] },
  use: (page: Page) => Promise<void>,
  testInfo: TestInfo,
) {
  const { locale, timezoneId, viewport } = testInfo.project.use;
  const context = await browser.newContext({ locale, timezoneId, viewport });
  const page = await context.newPage();
  const account = await accounts.create(role, role);
  await accounts.signIn(page, account);
  await page.goto(host.url + '/#/days');
  await use(page);
  await context.close();
}

export const test = base.extend<Fixtures>({
  firstAdmin: [true, { option: true }],

  host: async ({ firstAdmin }, use) => {
    const running = await startHost();
    let adminCookie: string | null = null;
    const originalFetch = globalThis.fetch;
    if (firstAdmin) {
      const res = await originalFetch(running.url + '/api/createFirstAdmin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      if (!res.ok) throw new Error(`could not create the first administrator: ${await res.text()}`);
      adminCookie = cookieOf(res.headers.get('set-cookie'));
      // Tests seed data with a plain fetch to the API, as before accounts existed: such calls to this
      // host go out as the administrator (unless they carry a cookie of their own).
      globalThis.fetch = (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (adminCookie && url.startsWith(running.url + '/')) {
          const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
          if (!headers.has('cookie')) headers.set('cookie', adminCookie);
          return originalFetch(input, { ...init, headers });
        }
        return originalFetch(input, init);
      };
    }
    const host: HostWithAdmin = {
      ...running,
      adminCookie,
      async api(method, input) {
        const res = await originalFetch(`${running.url}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(adminCookie ? { cookie: adminCookie } : {}) },
          body: input === undefined ? '' : JSON.stringify(input),
        });
        return (await res.json()) as never;
      },
    };
    await use(host);
    globalThis.fetch = originalFetch;
    await running.stop();
    fs.rmSync(running.dataDir, { recursive: true, force: true });
  },

  accounts: async ({ host }, use) => {
    let n = 0;
    await use({
      async create(role, username) {
        const i = ++n;
        const label = role === 'viewer' ? '查看员' : role === 'clerk' ? '录入员' : '管理员';
        const account: Account = { username: username ?? `${role}${i}`, displayName: `${label}${i}`, password: TEST_USER_PASSWORD, role };
        const r = await host.api('createUser', account);
        if (!r.ok) throw new Error(`createUser failed: ${r.error?.message}`);
        return account;
      },
      async signIn(page, account) {
        // page.request shares the page's cookies: the session cookie it gets is the page's.
        const res = await page.request.post(host.url + '/api/login', { data: { username: account.username, password: account.password } });
        if (!res.ok()) throw new Error(`login failed: ${await res.text()}`);
      },
    });
  },

  app: async ({ page, host, firstAdmin, accounts }, use) => {
    if (firstAdmin) await accounts.signIn(page, ADMIN);
    await page.goto(host.url + '/#/days');
    await use(page);
  },

  viewer: async ({ browser, host, accounts }, use, testInfo) => {
    await withPageSignedInAs('viewer', { browser, host, accounts }, use, testInfo);
  },

  clerk: async ({ browser, host, accounts }, use, testInfo) => {
    await withPageSignedInAs('clerk', { browser, host, accounts }, use, testInfo);
  },

  db: async ({ host }, use) => {
    await use({
      query(sql, ...params) {
        const db = new Database(path.join(host.dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
        try {
          return db.prepare(sql).all(...params) as never;
        } finally {
          db.close();
        }
      },
    });
  },
});

export { expect };
