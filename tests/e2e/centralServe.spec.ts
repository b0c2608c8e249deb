import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { openCore } from '../../electron/core/openCore';
import { syncOffice } from '../../electron/core/central/syncOffice';
import { runCli } from '../../electron/cli/run';
import { datesBetween } from '../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../unit/helpers/throwawayPostgres';
import { startHost, type RunningHost } from './support/webHost';
import { DashboardPage } from './support/dashboardPage';
import { SignInPage } from './support/signInPage';

/**
 * An official's screen over the central database: two offices (樟木 and 吉隆, a port each) sync into
 * a throw-away PostgreSQL, `clearance serve --db` reads it as the officials' role, and the dashboard
 * shows both ports' June 2026 together. By hand: 樟木 exports 500 万元 and 20 + 10 vehicles a day,
 * 吉隆 300 万元 and 15 + 5, every day of June: 30 × 800 万元 = 2.40 亿元, 30 × 50 = 1,500 辆次.
 */

let cluster: ThrowawayPostgres;
let host: RunningHost;
const folders: string[] = [];

const tempFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-e2e-central-'));
  folders.push(dir);
  return dir;
};

async function office(url: string, port: { code: string; name: string }, values: Partial<DayValues>): Promise<void> {
  const core = await openCore({ dataDir: tempFolder() });
  const ctx = { actor: null, host: 'cli' as const };
  try {
    let portId = 1;
    if (port.code !== 'ZHANGMU') {
      const created = await core.call('createPort', { ...port }, ctx);
      if (!created.ok) throw new Error(created.error.message);
      portId = (created.value as { id: number }).id;
    }
    const days = datesBetween('2026-06-01', '2026-06-30').map((date) => ({ date, values: { ...emptyDayValues(), portOpen: true, ...values } }));
    const saved = await core.call('saveDays', { portId, days, source: 'grid', confirmWarnings: true }, ctx);
    if (!saved.ok) throw new Error(saved.error.message);
    const report = await syncOffice(core.store, url);
    if (report.conflicts.length > 0) throw new Error(report.conflicts.map((c) => c.message).join('\n'));
  } finally {
    await core.close();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startThrowawayPostgres();
  cluster.psql(`
    CREATE ROLE clearance_office NOLOGIN; CREATE ROLE clearance_official NOLOGIN;
    CREATE ROLE office_zhangmu LOGIN IN ROLE clearance_office;
    CREATE ROLE office_gyirong LOGIN IN ROLE clearance_office;
    CREATE ROLE committee LOGIN IN ROLE clearance_official;`);
  cluster.createDatabase('clearance');
  const owner = cluster.url('clearance');
  const io = { out: () => {}, err: (l: string) => console.error(l) };
  for (const args of [
    ['central', 'migrate', '--db', owner],
    ['central', 'add-office', '--db', owner, '--office', 'office_zhangmu', '--title', '樟木口岸办', '--port', 'ZHANGMU=樟木口岸'],
    ['central', 'add-office', '--db', owner, '--office', 'office_gyirong', '--title', '吉隆口岸办', '--port', 'GYIRONG=吉隆口岸'],
  ]) {
    expect(await runCli(args, io)).toBe(0);
  }
  await office(cluster.url('clearance', 'office_zhangmu'), { code: 'ZHANGMU', name: '樟木口岸' }, { exportValueYuan: 5_000_000, vehiclesIn: 20, vehiclesOut: 10 });
  await office(cluster.url('clearance', 'office_gyirong'), { code: 'GYIRONG', name: '吉隆口岸' }, { exportValueYuan: 3_000_000, vehiclesIn: 15, vehiclesOut: 5 });
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
