import { test, expect } from './support/fixtures';
import { AdminPage } from './support/adminPage';
import { DashboardPage } from './support/dashboardPage';
import { callApi, seedDays } from './support/seedApi';
import { datesBetween } from '../../shared/domain/dates';

const headerPortPicker = (page: import('@playwright/test').Page) => page.locator('.ant-layout-header').getByLabel('口岸', { exact: true });

/** The names the header's port picker offers, read off its open dropdown. */
async function offeredPorts(page: import('@playwright/test').Page): Promise<string[]> {
  await headerPortPicker(page).click();
  const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  await expect(options.first()).toBeVisible();
  const names = await options.allTextContents();
  await page.keyboard.press('Escape');
  return names;
}

test('the administrator renames and disables a port: entry no longer offers it, the dashboard still shows its June', async ({ app, host, db }) => {
  // many steps through several pages: given the time of three ordinary tests
  test.slow();
  const gyirong = await callApi<{ id: number }>(host, 'createPort', { name: '吉隆口岸', code: 'GYIRONG' });
  const june = datesBetween('2025-06-01', '2025-06-30').map((date, i) => ({ date, values: { portOpen: true, personsIn: 100 + i, personsOut: 50 } }));
  await seedDays(host, gyirong.id, june);
  await app.reload();

  const admin = new AdminPage(app);
  await admin.open('口岸');
  const row = app.getByTestId('port-row-GYIRONG');
  await row.getByRole('button', { name: /^改\s*名$/ }).click();
  const dialog = app.getByRole('dialog', { name: '修改口岸“吉隆口岸”的名称' });
  // a name another port has is refused at the field
  await dialog.getByLabel('新名称').fill('樟木口岸');
  await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(dialog.getByText('该名称已存在')).toBeVisible();
  await dialog.getByLabel('新名称').fill('吉隆边境口岸');
  // Enter, as a clerk would: the save button may still be fading out its spinner from the refused try
  await dialog.getByLabel('新名称').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row.locator('td').first()).toHaveText('吉隆边境口岸');

  await row.getByRole('button', { name: /^停\s*用$/ }).click();
  await app.locator('.ant-modal-confirm:not(.ant-zoom-leave)').getByRole('button', { name: /^停\s*用$/ }).click();
  await expect(row.getByText('已停用')).toBeVisible();
  expect(db.query('SELECT name, code, disabled_at IS NOT NULL AS disabled FROM ports ORDER BY id')).toEqual([
    { name: '樟木口岸', code: 'ZHANGMU', disabled: 0 },
    { name: '吉隆边境口岸', code: 'GYIRONG', disabled: 1 },
  ]);
  expect(db.query("SELECT action, user_name FROM audit_log WHERE action IN ('renamePort', 'setPortDisabled') ORDER BY id")).toEqual([
    { action: 'renamePort', user_name: '测试员' },
    { action: 'setPortDisabled', user_name: '测试员' },
  ]);

  // the day form and the month grid no longer offer it; reading pages show it, marked
  await app.getByRole('menuitem', { name: '每日录入' }).click();
  await expect(app).toHaveURL(/#\/days/);
  expect(await offeredPorts(app)).toEqual(['樟木口岸']);
  await app.getByRole('menuitem', { name: '月度表格' }).click();
  expect(await offeredPorts(app)).toEqual(['樟木口岸']);
  await app.getByRole('menuitem', { name: '数据看板' }).click();
  expect(await offeredPorts(app)).toEqual(['樟木口岸', '吉隆边境口岸（已停用）']);

  // its past figures, on the dashboard: persons = Σ(in + out) over June
  const dashboard = new DashboardPage(app);
  await dashboard.open(`kind=month&from=2025-06-01&to=2025-06-30&ports=${gyirong.id}`);
  await dashboard.waitReady();
  await expect(dashboard.title()).toHaveText('吉隆边境口岸 · 2025年6月');
  const persons = june.reduce((sum, d) => sum + d.values.personsIn + d.values.personsOut, 0);
  await expect(dashboard.value('persons')).toHaveText(`${persons.toLocaleString('en-US')} 人次`);
  await expect(dashboard.value('openDays')).toHaveText('30 天');

  // chosen in the header, it opens read-only on the day form, saying why; nothing can be saved
  await headerPortPicker(app).click();
  await app.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('吉隆边境口岸（已停用）').click();
  await app.goto(app.url().replace(/#.*$/, '') + '#/days?date=2025-06-03');
  await expect(app.getByTestId('port-disabled')).toHaveText('口岸“吉隆边境口岸”已停用：已有数据可以查看，不能录入或导入新数据。请在上方选择其他口岸。');
  await expect(app.getByLabel('入境人员', { exact: true })).toHaveValue('102');
  await expect(app.getByLabel('入境人员', { exact: true })).toBeDisabled();
  await expect(app.getByRole('button', { name: /保存（Ctrl\+S）/ })).toHaveCount(0);
});
