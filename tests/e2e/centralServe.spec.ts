import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { emptyDayValues } from '../../shared/domain/dailyFields';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../unit/helpers/throwawayPostgres';
import { startHost, type RunningHost } from './support/webHost';
import { DashboardPage } from './support/dashboardPage';
import { SignInPage } from './support/signInPage';
import { prepareCentral, syncSeededOffice, type OfficeSeed } from './support/centralOffices';

/**
 * An official's screen over the central database: two offices (樟木 and 吉隆, a port each) sync into
 * a throw-away PostgreSQL, `clearance serve --db` reads it as the officials' role, and the dashboard
 * shows both ports' June 2026 together. By hand: 樟木 exports 500 万元 and 20 + 10 vehicles a day,
 * 吉隆 300 万元 and 15 + 5, every day of June: 30 × 800 万元 = 2.40 亿元, 30 × 50 = 1,500 辆次.
 */

const ZHANGMU: OfficeSeed = {
  role: 'office_zhangmu',
  title: '樟木口岸办',
  port: { code: 'ZHANGMU', name: '樟木口岸' },
  values: { exportValueYuan: 5_000_000, vehiclesIn: 20, vehiclesOut: 10 },
};
const GYIRONG: OfficeSeed = {
  role: 'office_gyirong',
  title: '吉隆口岸办',
  port: { code: 'GYIRONG', name: '吉隆口岸' },
  values: { exportValueYuan: 3_000_000, vehiclesIn: 15, vehiclesOut: 5 },
};

let cluster: ThrowawayPostgres;
let host: RunningHost;
const folders: string[] = [];

const tempFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-e2e-central-'));
  folders.push(dir);
  return dir;
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startThrowawayPostgres();
  await prepareCentral(cluster, [ZHANGMU, GYIRONG]);
  await syncSeededOffice(cluster, tempFolder(), ZHANGMU);
  await syncSeededOffice(cluster, tempFolder(), GYIRONG);
  host = await startHost(tempFolder(), {}, ['--db', cluster.url('clearance', 'committee')]);
});

test.afterAll(async () => {
  await host?.stop();
  cluster?.stop();
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

test('an official reads both offices’ ports from the central database, and cannot write there', async ({ page }) => {
  expect(host.output()).toContain('中心数据库（只读，账户 committee）：2 个口岸');
  await page.goto(host.url);
  await new SignInPage(page).createFirstAdmin({ username: 'lingdao', displayName: '口岸委', password: 'central-admin-pw' });

  const dashboard = new DashboardPage(page);
  await dashboard.open('kind=month&from=2026-06-01&to=2026-06-30&ports=1,2');
  await dashboard.waitReady();
  await expect(dashboard.value('exportValueYuan')).toHaveText('2.40 亿元');
  await expect(dashboard.value('vehicles')).toHaveText('1,500 辆次');
  await expect(dashboard.value('openDays')).toHaveText('60 天');

  // Figures are entered at the offices and synced: a write sent here by hand is refused.
  const refused = await page.request.post(`${host.url}/api/saveDay`, {
    data: { portId: 1, date: '2026-06-01', values: { ...emptyDayValues(), portOpen: true } },
  });
  expect((await refused.json()).error.message).toBe('中心库为只读汇总，请在各办公室录入后同步');
});
