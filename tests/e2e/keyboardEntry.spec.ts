import { test, expect } from './support/fixtures';
import { MonthGridPage } from './support/monthGridPage';
import { DayEntryPage } from './support/dayEntryPage';

test('the month grid is filled from the keyboard: arrows, Enter, Ctrl+Z, Ctrl+S', async ({ app, db }) => {
  const grid = new MonthGridPage(app);
  await grid.open('2025-04');
  await grid.cell('2025-04-01', '入境人员').click();
  await app.keyboard.type('1000');
  await app.keyboard.press('Enter'); // down to 04-02
  await app.keyboard.type('1100');
  await app.keyboard.press('ArrowRight'); // caret at the end: next column (出境人员)
  await app.keyboard.type('1050');
  await app.keyboard.press('ArrowUp'); // 04-01 出境人员
  await app.keyboard.type('990');
  await expect(grid.cell('2025-04-02', '出境人员')).toHaveValue('1050');
  await expect(grid.cell('2025-04-01', '出境人员')).toHaveValue('990');

  await app.keyboard.press('Control+z');
  await expect(grid.cell('2025-04-01', '出境人员')).toHaveValue('99');

  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存 2 天')).toBeVisible();
  expect(db.query('SELECT date, persons_in, persons_out FROM daily_records ORDER BY date')).toEqual([
    { date: '2025-04-01', persons_in: 1000, persons_out: 99 },
    { date: '2025-04-02', persons_in: 1100, persons_out: 1050 },
  ]);
});

test('a saved grid change can be undone, and the history keeps both', async ({ app, db }) => {
  const grid = new MonthGridPage(app);
  await grid.open('2025-04');
  await grid.cell('2025-04-03', '入境人员').fill('800');
  await grid.save();
  await expect(app.getByText('已保存 1 天')).toBeVisible();
  await grid.cell('2025-04-03', '入境人员').fill('8000');
  await grid.save();
  // the first save's message may still be showing: wait for the store instead
  await expect.poll(() => db.query("SELECT persons_in FROM daily_records WHERE date = '2025-04-03'")).toEqual([{ persons_in: 8000 }]);
  await app.getByRole('button', { name: '撤销上次保存' }).click();
  await expect(app.getByText('已撤销上次保存')).toBeVisible();
  await expect(grid.cell('2025-04-03', '入境人员')).toHaveValue('800');
  expect(db.query("SELECT r.source FROM daily_record_revisions r ORDER BY r.revision")).toEqual([{ source: 'grid' }, { source: 'grid' }, { source: 'undo' }]);
});

test('a grid cell that breaks the rules is marked and nothing is saved', async ({ app, db }) => {
  const grid = new MonthGridPage(app);
  await grid.open('2025-04');
  await grid.cell('2025-04-05', '口岸开放').fill('否');
  await grid.cell('2025-04-05', '入境人员').fill('12');
  await grid.save();
  await expect(app.getByTestId('grid-errors')).toContainText('2025-04-05：口岸当天未开放，入境人员应为空或 0');
  await expect(grid.cell('2025-04-05', '入境人员')).toHaveAttribute('aria-invalid', 'true');
  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
});

test('a value far above the usual range must be confirmed before it is saved', async ({ app, host, db }) => {
  const days = Array.from({ length: 20 }, (_, i) => ({
    date: `2025-03-${String(i + 1).padStart(2, '0')}`,
    values: { ...Object.fromEntries(['importFreightKg','exportFreightKg','importValueYuan','exportValueYuan','borderTradeYuan','importDeclarations','exportDeclarations','vehiclesIn','vehiclesOut','personsIn','personsOut','importClearanceCentihours','exportClearanceCentihours','openCentihours'].map((k) => [k, null])), personsIn: 1000 + i, portOpen: null, closureReason: null, note: null },
  }));
  const seeded = await fetch(host.url + '/api/saveDays', { method: 'POST', body: JSON.stringify({ portId: 1, days, source: 'paste', confirmWarnings: true }) });
  expect(seeded.status).toBe(200);

  const form = new DayEntryPage(app);
  await form.open('2025-03-25');
  await form.fill({ 入境人员: '12000' });
  await form.save();
  await expect(app.getByTestId('range-warnings')).toContainText('超过近 90 天中位数');
  await app.getByRole('button', { name: '返回修改' }).click();
  expect(db.query("SELECT count(*) AS n FROM daily_records WHERE date = '2025-03-25'")).toEqual([{ n: 0 }]);
  await form.fill({ 入境人员: '1200' });
  await form.save();
  await expect(app.getByText('2025-03-25 的数据已保存')).toBeVisible();
});
