import { test, expect } from './support/fixtures';
import { DayEntryPage } from './support/dayEntryPage';
import { MonthGridPage } from './support/monthGridPage';

test('an address without a page opens the role’s start page: a viewer the dashboard, a clerk the day’s entry', async ({ host, viewer, clerk }) => {
  await viewer.goto(host.url + '/');
  await expect(viewer.getByRole('menuitem', { name: '数据看板' })).toHaveClass(/ant-menu-item-selected/);
  await expect(viewer.getByTestId('view-only')).toHaveCount(0);
  await expect(viewer.getByTestId('record-status')).toHaveCount(0);

  await clerk.goto(host.url + '/');
  await expect(clerk.getByRole('menuitem', { name: '每日录入' })).toHaveClass(/ant-menu-item-selected/);
  await expect(clerk.getByTestId('record-status')).toBeVisible();
});

test('at 1366×768 the day form’s and the month grid’s save buttons are on the first screen', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await expect(app.getByRole('button', { name: /保存（Ctrl\+S）/ })).toBeInViewport({ ratio: 1 });
  const grid = new MonthGridPage(app);
  await grid.open('2025-06');
  await expect(app.getByRole('button', { name: /保存（Ctrl\+S）/ })).toBeInViewport({ ratio: 1 });
});
