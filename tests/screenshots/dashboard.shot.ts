import path from 'node:path';
import { test, expect } from '../e2e/support/fixtures';
import { DashboardPage } from '../e2e/support/dashboardPage';
import { callApi } from '../e2e/support/seedApi';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('docs/dashboard.png: the demo history of 樟木口岸, last year by month', async ({ app, host }) => {
  await callApi(host, 'loadDemoData', {});
  const year = new Date().getFullYear() - 1;
  const dashboard = new DashboardPage(app);
  await dashboard.open(`kind=year&from=${year}-01-01&to=${year}-12-31&ports=1&range=12m&g=month`);
  await dashboard.waitReady();
  await expect(dashboard.chart('freightKg')).toHaveAttribute('data-points', '12');
  await app.mouse.move(0, 0);
  await expect(app.locator('.ant-tooltip').filter({ visible: true })).toHaveCount(0);
  await app.screenshot({ path: path.join(ROOT, 'docs/dashboard.png'), fullPage: true });
});
