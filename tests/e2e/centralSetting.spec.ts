import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CENTRAL_SETTING_FILE } from '../../electron/core/central/centralSetting';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../unit/helpers/throwawayPostgres';
import { startHost, type RunningHost } from './support/webHost';
import { AdminPage } from './support/adminPage';
import { DashboardPage } from './support/dashboardPage';
import { SignInPage } from './support/signInPage';
import { JUNE, prepareCentral, syncSeededOffice, type OfficeSeed } from './support/centralOffices';

/**
 * 系统管理 → 中心数据库: an administrator points a fresh program at the central database from the
 * screen, and after a restart its dashboard shows what the office synced there.
 */

const ZHANGMU: OfficeSeed = {
  role: 'office_zhangmu',
  title: '樟木口岸办',
  port: { code: 'ZHANGMU', name: '樟木口岸' },
  values: { exportValueYuan: 4_200_000, vehiclesIn: 17, vehiclesOut: 9 },
};
const ADMIN = { username: 'lingdao', displayName: '口岸委', password: 'central-admin-pw' };

let cluster: ThrowawayPostgres;
const hosts: RunningHost[] = [];
const folders: string[] = [];

const tempFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-e2e-central-setting-'));
  folders.push(dir);
  return dir;
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startThrowawayPostgres();
  await prepareCentral(cluster, [ZHANGMU]);
  await syncSeededOffice(cluster, tempFolder(), ZHANGMU);
});

test.afterAll(async () => {
  for (const h of hosts) await h.stop();
  cluster?.stop();
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

test('the administrator sets the central database on screen; after a restart the dashboard shows its figures', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = tempFolder();
  const first = await startHost(dataDir);
  hosts.push(first);
  await page.goto(first.url);
  await new SignInPage(page).createFirstAdmin(ADMIN);

  const admin = new AdminPage(page);
  await admin.open('中心数据库');
  await expect(page.getByTestId('central-current')).toHaveText('未设置：本程序使用本机数据');
  const address = page.getByLabel('中心数据库地址');

  // A bad address: the Chinese reason under the field, and no setting file written.
  await address.fill('mysql://committee@localhost/clearance');
  await address.press('Enter');
  await expect(page.getByText('中心数据库地址应以 postgres:// 开头')).toBeVisible();
  expect(fs.existsSync(path.join(dataDir, CENTRAL_SETTING_FILE))).toBe(false);
  await expect(page.getByTestId('central-current')).toHaveText('未设置：本程序使用本机数据');

  // The cluster's address: the test signs in as the officials' role and sees the one port synced.
  const url = cluster.url('clearance', 'committee');
  await address.fill(url);
  await page.getByRole('button', { name: '测试连接' }).click();
  await expect(page.getByText('连接成功：账户 committee，可见 1 个口岸')).toBeVisible();

  // Enter in the field saves, like the button.
  await address.press('Enter');
  await expect(page.getByTestId('central-saved')).toHaveText('已保存，重新启动后生效');
  await expect(page.getByTestId('central-current')).toHaveText(url);
  await first.stop();

  const second = await startHost(dataDir);
  hosts.push(second);
  // (the host prints this line just after its address, which is all startHost waits for)
  await expect.poll(() => second.output()).toContain('中心数据库（只读，账户 committee）：1 个口岸');
  await page.context().clearCookies();
  await page.goto(second.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);

  // By hand from the seed: every day of June open, the same figures each day.
  const exportYuan = JUNE.reduce((sum) => sum + ZHANGMU.values.exportValueYuan!, 0);
  const vehicles = JUNE.reduce((sum) => sum + ZHANGMU.values.vehiclesIn! + ZHANGMU.values.vehiclesOut!, 0);
  const dashboard = new DashboardPage(page);
  await dashboard.open('kind=month&from=2026-06-01&to=2026-06-30&ports=1');
  await dashboard.waitReady();
  await expect(dashboard.value('exportValueYuan')).toHaveText(`${(exportYuan / 1e8).toFixed(2)} 亿元`);
  await expect(dashboard.value('vehicles')).toHaveText(`${vehicles.toLocaleString('en-US')} 辆次`);
  await expect(dashboard.value('openDays')).toHaveText(`${JUNE.length} 天`);

  await admin.open('中心数据库');
  await expect(page.getByText('本程序正在显示中心数据库的数据。')).toBeVisible();
  await expect(page.getByTestId('central-current')).toHaveText(url);
});
