import { test, expect } from './support/fixtures';
import { DayEntryPage } from './support/dayEntryPage';
import { MonthGridPage } from './support/monthGridPage';
import { AdminPage } from './support/adminPage';
import { MeasuresPage } from './support/measuresPage';
import { addDays, datesBetween, todayInShanghai } from '../../shared/domain/dates';
import { monthPeriod } from '../../shared/domain/periods';

const UNSAVED = '有未保存的修改，离开后将丢失。确定离开吗？';

test('leaving the day form through the side menu with unsaved figures asks first; staying keeps them', async ({ app }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await form.fill({ 入境人员: '1400' });

  const asked: string[] = [];
  app.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await app.getByRole('menuitem', { name: '月度表格' }).click();
  await expect.poll(() => asked).toEqual([UNSAVED]);
  await expect(app).toHaveURL(/#\/days\?date=2025-06-03$/);
  await expect(form.field('入境人员')).toHaveValue('1400');

  app.once('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await app.getByRole('menuitem', { name: '月度表格' }).click();
  await expect(app).toHaveURL(/#\/grid/);
  expect(asked).toEqual([UNSAVED, UNSAVED]);

  // nothing typed: no question
  await form.open('2025-06-04');
  app.once('dialog', (d) => {
    asked.push(`unexpected: ${d.message()}`);
    void d.accept();
  });
  await app.getByRole('menuitem', { name: '数据看板' }).click();
  await expect(app).toHaveURL(/#\/dashboard/);
  expect(asked).toHaveLength(2);
});

test('the month grid shows every error of a row at once and writes nothing', async ({ app, db }) => {
  const grid = new MonthGridPage(app);
  await grid.open('2025-06');
  await grid.cell('2025-06-10', '口岸开放').fill('也许');
  await grid.cell('2025-06-10', '入境人员').fill('-3');
  await grid.cell('2025-06-10', '进口货运量').fill('1.2345');
  await grid.save();
  const list = app.getByTestId('grid-errors');
  await expect(list.locator('li')).toHaveCount(3);
  await expect(list).toContainText('口岸开放请填“是”或“否”');
  await expect(list).toContainText('入境人员不能为负数');
  await expect(list).toContainText('进口货运量最多保留 3 位小数');
  for (const label of ['口岸开放', '入境人员', '进口货运量']) await expect(grid.cell('2025-06-10', label)).toHaveAttribute('aria-invalid', 'true');
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
});

test('days still to come cannot be typed or pasted into; a 调休上班日 is not tagged with its holiday', async ({ app, db }) => {
  const today = todayInShanghai();
  const month = today.slice(0, 7);
  const grid = new MonthGridPage(app);
  await grid.open(month);
  const { from, to } = monthPeriod(month);
  for (const date of datesBetween(from, to)) {
    if (date > today) await expect(grid.cell(date, '入境人员'), date).toBeDisabled();
    else await expect(grid.cell(date, '入境人员'), date).toBeEnabled();
  }

  // a block pasted on today's row stops at today
  await grid.paste(today, '入境人员', '1200\t1150\n1300\t1290\n');
  await expect(grid.cell(today, '入境人员')).toHaveValue('1200');
  const tomorrow = addDays(today, 1);
  if (tomorrow.startsWith(month)) {
    await expect(app.getByText(`粘贴的内容超出今天（${today}），未来日期的行没有填入`)).toBeVisible();
    await expect(grid.cell(tomorrow, '入境人员')).toHaveValue('');
  } else {
    await expect(app.getByText('粘贴的数据超出表格范围，超出部分已忽略')).toBeVisible();
  }
  expect(db.query('SELECT count(*) AS n FROM daily_records WHERE date > ?', today)).toEqual([{ n: 0 }]);

  // the pasted row is put back before leaving (leaving with it would ask)
  await app.getByRole('button', { name: '放弃修改' }).click();
  await expect(grid.cell(today, '入境人员')).toHaveValue('');

  // 2025-09-28 (a Sunday) is worked for 国庆节: its tag says so, and 10月1日 is 国庆节
  await grid.open('2025-09');
  await expect(grid.row('2025-09-28').locator('.ant-tag').first()).toHaveText('调休上班日');
  await grid.open('2025-10');
  await expect(grid.row('2025-10-01').locator('.ant-tag').first()).toHaveText('国庆节');
  await expect(grid.row('2025-10-11').locator('.ant-tag').first()).toHaveText('调休上班日');
});

/** Collects every dialog the page raises, answering each as told (dismiss: stay; accept: leave). */
function dialogs(page: import('@playwright/test').Page) {
  const asked: string[] = [];
  let answer: 'accept' | 'dismiss' = 'dismiss';
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (answer === 'accept' ? d.accept() : d.dismiss());
  });
  return { asked, answer: (a: 'accept' | 'dismiss') => (answer = a) };
}

/** Opens 安全设置 with the dialog guard listening and types 25 over the default 15 lock minutes, unsaved. */
async function typeLockMinutes(app: import('@playwright/test').Page) {
  const guard = dialogs(app);
  await new AdminPage(app).open('安全设置');
  const minutes = app.getByLabel('无操作自动锁定（分钟）', { exact: true });
  await expect(minutes).toHaveValue('15');
  await minutes.fill('25');
  return { guard, minutes };
}

test('switching tabs in 系统管理 with unsaved settings asks first; staying keeps what was typed', async ({ app }) => {
  const { guard, minutes } = await typeLockMinutes(app);

  await app.getByRole('tab', { name: '账户' }).click();
  await expect.poll(() => guard.asked).toEqual([UNSAVED]);
  await expect(app.getByRole('tab', { name: '安全设置' })).toHaveAttribute('aria-selected', 'true');
  await expect(minutes).toHaveValue('25');

  guard.answer('accept');
  await app.getByRole('tab', { name: '账户' }).click();
  await expect(app.getByRole('tab', { name: '账户' })).toHaveAttribute('aria-selected', 'true');
  expect(guard.asked).toEqual([UNSAVED, UNSAVED]);
});

test('saved settings leave without a question, at once', async ({ app, db }) => {
  const { guard } = await typeLockMinutes(app);
  await app.getByRole('button', { name: /保存设置/ }).click();
  await expect(app.getByText('设置已保存')).toBeVisible();
  await app.getByRole('tab', { name: '账户' }).click();
  await expect(app.getByRole('tab', { name: '账户' })).toHaveAttribute('aria-selected', 'true');

  await app.getByRole('tab', { name: '简报设置' }).click();
  const publication = app.getByLabel('简报名称', { exact: true });
  await expect(publication).not.toHaveValue('');
  await publication.fill('樟木口岸通关动态');
  await app.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(app.getByText('简报设置已保存')).toBeVisible();
  await app.getByRole('menuitem', { name: '数据看板' }).click();
  await expect(app).toHaveURL(/#\/dashboard/);
  expect(guard.asked).toEqual([]);
  expect(db.query("SELECT value FROM trust_settings WHERE key = 'lockMinutes'")).toEqual([{ value: '25' }]);
});

test('the month grid leaves without a question right after a save, while the month is still being read again', async ({ app, db }) => {
  const guard = dialogs(app);
  const grid = new MonthGridPage(app);
  await grid.open('2025-06');
  await grid.cell('2025-06-10', '入境人员').fill('1400');

  // the month read after the save is held until the page has been left
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await app.route('**/api/getMonth', async (route) => {
    await held;
    await route.continue();
  });
  await grid.save();
  await expect(app.getByText('已保存 1 天（0 天无变化）')).toBeVisible();
  await app.getByRole('menuitem', { name: '数据看板' }).click();
  await expect(app).toHaveURL(/#\/dashboard/);
  release();
  expect(guard.asked).toEqual([]);
  expect(db.query("SELECT persons_in FROM daily_records WHERE date = '2025-06-10'")).toEqual([{ persons_in: 1400 }]);
});

test('the measure dialog with unsaved changes asks before it closes or the page is left', async ({ app, db }) => {
  const guard = dialogs(app);
  const measures = new MeasuresPage(app);
  await measures.open();
  await app.getByRole('button', { name: /新增措施/ }).first().click();
  const dialog = measures.dialog;
  await expect(dialog.getByText('新增措施', { exact: true })).toBeVisible();
  // opened and closed untouched: no question
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  expect(guard.asked).toEqual([]);

  await app.getByRole('button', { name: /新增措施/ }).first().click();
  await dialog.getByLabel('措施名称', { exact: true }).fill('预约通关');
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect.poll(() => guard.asked).toEqual([UNSAVED]);
  await expect(dialog.getByLabel('措施名称', { exact: true })).toHaveValue('预约通关');

  // the dialog covers the menu: the page is left by the address (a link, the back button)
  await app.evaluate(() => (window.location.hash = '#/dashboard'));
  await expect.poll(() => guard.asked).toEqual([UNSAVED, UNSAVED]);
  await expect(app).toHaveURL(/#\/measures/);
  await expect(dialog.getByLabel('措施名称', { exact: true })).toHaveValue('预约通关');

  guard.answer('accept');
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  expect(guard.asked).toEqual([UNSAVED, UNSAVED, UNSAVED]);
  await app.getByRole('menuitem', { name: '数据看板' }).click();
  await expect(app).toHaveURL(/#\/dashboard/);
  expect(guard.asked).toHaveLength(3);
  expect(db.query('SELECT count(*) AS n FROM measures')).toEqual([{ n: 0 }]);
});
