import { test, expect } from './support/fixtures';
import { DayEntryPage } from './support/dayEntryPage';
import { MonthGridPage } from './support/monthGridPage';

test('a day entered in the form is in the month grid after a reload', async ({ app, db }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await form.setPortOpen('开放');
  await form.fill({ 进口货运量: '123.456', 出口货值: '88.5', 入境人员: '1400', 出境人员: '1350', 开放时长: '10' });
  await form.save();
  await expect(app.getByText('2025-06-03 的数据已保存')).toBeVisible();

  expect(db.query('SELECT import_freight_kg, export_value_yuan, persons_in, created_by FROM daily_records')).toEqual([
    { import_freight_kg: 123_456, export_value_yuan: 885_000, persons_in: 1400, created_by: '测试员' },
  ]);

  const grid = new MonthGridPage(app);
  await grid.open('2025-06');
  await app.reload();
  await expect(grid.cell('2025-06-03', '入境人员')).toHaveValue('1400');
  await expect(grid.cell('2025-06-03', '进口货运量')).toHaveValue('123.456');
  await expect(grid.cell('2025-06-03', '口岸开放')).toHaveValue('是');
  await expect(app.getByTestId('missing-days')).toHaveText('本月有 29 天尚未录入');
  await expect(grid.row('2025-06-04')).toContainText('未录入');
});

test('invalid input shows the message at the field and writes nothing', async ({ app, db }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await form.fill({ 入境人员: '-20', 进口货运量: '1.23456', 开放时长: '30' });
  await form.save();
  await expect(form.fieldError('personsIn')).toHaveText('入境人员不能为负数');
  await expect(form.fieldError('importFreightKg')).toHaveText('进口货运量最多保留 3 位小数');
  await expect(form.fieldError('openCentihours')).toContainText('不能超过 24');

  await form.fill({ 入境人员: '20', 进口货运量: '1', 开放时长: '' });
  await form.setPortOpen('未开放');
  await form.save();
  await expect(form.fieldError('personsIn')).toHaveText('口岸当天未开放，入境人员应为空或 0');
  await expect(form.fieldError('closureReason')).toHaveText('口岸未开放时请填写闭关原因');

  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
});

test('a block of three days pasted from Excel is saved', async ({ app, db }) => {
  const grid = new MonthGridPage(app);
  await grid.open('2025-05');
  await grid.paste('2025-05-06', '入境人员', '1200\t1150\n1300\t1290\n1250\t1240\n');
  await expect(grid.cell('2025-05-07', '出境人员')).toHaveValue('1290');
  await expect(app.getByText('3 天有未保存的修改')).toBeVisible();
  await grid.save();
  await expect(app.getByText('已保存 3 天')).toBeVisible();
  expect(db.query('SELECT date, persons_in, persons_out FROM daily_records ORDER BY date')).toEqual([
    { date: '2025-05-06', persons_in: 1200, persons_out: 1150 },
    { date: '2025-05-07', persons_in: 1300, persons_out: 1290 },
    { date: '2025-05-08', persons_in: 1250, persons_out: 1240 },
  ]);
  expect(db.query("SELECT source FROM daily_record_revisions")).toEqual([{ source: 'paste' }, { source: 'paste' }, { source: 'paste' }]);
});

test("a day's edit appears in its history", async ({ app }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await form.fill({ 入境人员: '1000' });
  await form.save();
  await expect(app.getByText('2025-06-03 的数据已保存')).toBeVisible();
  await expect(app.getByTestId('record-status')).toContainText('第 1 版');
  await form.fill({ 入境人员: '1100' });
  await form.save();
  await expect(app.getByTestId('record-status')).toContainText('第 2 版');
  await app.getByRole('button', { name: '修改记录' }).click();
  const history = app.getByTestId('day-history');
  await expect(history).toContainText('第 2 版');
  await expect(history).toContainText('入境人员：1000 人次 → 1100 人次');
  await expect(history).toContainText('测试员');
});

test('a saved day shows what its save returned, without asking the core for the day again', async ({ app, db }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-05');
  await expect(app.getByTestId('record-status')).toHaveText('该日尚未录入');

  const dayReads: string[] = [];
  app.on('request', (req) => {
    if (new URL(req.url()).pathname.endsWith('/api/getDay')) dayReads.push(req.postData() ?? '');
  });
  await form.fill({ 入境人员: '1400', 出境人员: '1350', 进口货运量: '12.5' });
  // Every answer on screen is asked again after a write; the month's (the day type tag) shows that
  // the save's round of asking is done, so a request for the day would have been sent by then.
  const monthAskedAgain = app.waitForResponse((res) => new URL(res.url()).pathname.endsWith('/api/getMonth'));
  await form.save();
  await expect(app.getByText('2025-06-05 的数据已保存')).toBeVisible();
  await monthAskedAgain;

  const stored = db.query<{ revision: number; updated_by: string }>('SELECT revision, updated_by FROM daily_records');
  expect(stored).toEqual([{ revision: 1, updated_by: '测试员' }]);
  await expect(app.getByTestId('record-status')).toContainText('最后修改：测试员');
  await expect(app.getByTestId('record-status')).toContainText('（第 1 版）');
  await expect(form.field('入境人员')).toHaveValue('1400');
  await expect(form.field('出境人员')).toHaveValue('1350');
  await expect(form.field('进口货运量')).toHaveValue('12.5');
  expect(dayReads).toEqual([]);

  // The saved figures are not "unsaved": leaving asks nothing and the next day opens at once.
  await app.getByRole('button', { name: '后一天' }).click();
  await expect(app.getByTestId('record-status')).toHaveText('该日尚未录入');
  expect(dayReads).toHaveLength(1);
});
