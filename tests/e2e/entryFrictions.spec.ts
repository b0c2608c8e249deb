import { test, expect } from './support/fixtures';
import { DayEntryPage } from './support/dayEntryPage';
import { MonthGridPage } from './support/monthGridPage';
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
