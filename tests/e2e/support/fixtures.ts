import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './webHost';
import { DB_FILE_NAME } from '../../../electron/core/store/dataDir';

export interface Fixtures {
  host: RunningHost;
  /** the page, opened on the app with the operator name already given */
  app: Page;
  /** read-only queries on the host's SQLite file */
  db: { query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] };
}

export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.addInitScript(() => sessionStorage.setItem('clearance.operator', '测试员'));
    await page.goto(host.url + '/#/days');
    await use(page);
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
