import { test, expect } from './support/fixtures';
import { CalendarPage } from './support/calendarPage';
import { DayEntryPage } from './support/dayEntryPage';
import type { RunningHost } from './support/webHost';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { coveredYears } from '../../shared/domain/calendar/nationalCalendar';
import { restDayRule } from '../fixtures/dutyRule';

async function api(host: RunningHost, method: string, body: unknown) {
  const res = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.url },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!json.ok) throw new Error(`${method}: ${json.error?.message}`);
}

async function seedDays(host: RunningHost, days: [string, Partial<DayValues>][]) {
  await api(host, 'saveDays', {
    portId: 1,
    days: days.map(([date, v]) => ({ date, values: { ...emptyDayValues(), ...v } })),
    source: 'grid',
    confirmWarnings: true,
  });
}

const dutyRule = restDayRule({ units: ['聂拉木海关', '樟木边检站'], personInCharge: '张三' });

test('the month calendar shows day types, open/closed, heat and duty, and opens a day', async ({ app, host }) => {
  await seedDays(host, [
    ['2025-10-01', { portOpen: true, personsIn: 600, personsOut: 600 }],
    ['2025-10-04', { portOpen: false, closureReason: '大雪封路' }],
    ['2025-10-09', { portOpen: true, personsIn: 300, personsOut: 300 }],
  ]);
  await api(host, 'saveDutyRule', dutyRule);

  const calendar = new CalendarPage(app);
  await calendar.open('月历', '2025-10');
  await expect(calendar.day('2025-10-01')).toContainText('国庆节');
  await expect(calendar.day('2025-10-01')).toContainText('开放');
  await expect(calendar.day('2025-10-01')).toContainText('1,200 人次');
  await expect(calendar.day('2025-10-01')).toContainText('值班 10:00–18:00');
  await expect(calendar.dayCell('2025-10-01')).toHaveClass(/type-holiday/);
  await expect(calendar.dayCell('2025-10-11')).toHaveClass(/type-makeupWorkday/);
  await expect(calendar.day('2025-10-11')).toContainText('调休上班日');
  await expect(calendar.dayCell('2025-10-12')).toHaveClass(/type-weekend/);
  await expect(calendar.dayCell('2025-10-13')).toHaveClass(/type-workday/);
  await expect(calendar.day('2025-10-04')).toContainText('闭关：大雪封路');
  await expect(calendar.day('2025-10-04')).toContainText('已排班开放，记录为闭关');
  await expect(calendar.day('2025-10-13')).toContainText('未录入');
  // Heat: 10-09 cleared half the persons of 10-01, the month's busiest day.
  await expect(calendar.heatBar('2025-10-01')).toHaveAttribute('style', /width: 100%/);
  await expect(calendar.heatBar('2025-10-09')).toHaveAttribute('style', /width: 50%/);
  // 8 days of 国庆节/中秋节 and 5 weekend days; 10-11 is worked.
  await expect(app.getByTestId('month-summary')).toContainText('本月休息日 13 天，开放 1 天，闭关 1 天。');
  await expect(app.getByTestId('month-summary')).toContainText('1 天值班安排与记录不符');
  await expect(calendar.uncoveredNotice()).toHaveCount(0);

  await calendar.day('2025-10-01').focus();
  await app.keyboard.press('ArrowRight');
  await expect(calendar.day('2025-10-02')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/days\?date=2025-10-02$/);
  const form = new DayEntryPage(app);
  await expect(form.page.getByTestId('day-type')).toHaveText('法定节假日 · 国庆节');
});

test('a month in a year no calendar covers says so and shows its days as unknown', async ({ app }) => {
  const year = Math.max(...coveredYears()) + 1;
  const calendar = new CalendarPage(app);
  await calendar.open('月历', `${year}-03`);
  await expect(calendar.uncoveredNotice()).toHaveText(`未收录 ${year} 年节假日安排，这些日期按“未知”计，不计入工作日或休息日`);
  await expect(calendar.dayCell(`${year}-03-06`)).toHaveClass(/type-unknown/);
  await expect(calendar.day(`${year}-03-06`)).toContainText('未收录');
  await expect(app.getByTestId('month-summary')).toContainText('另有 31 天属未收录年份，未计入。');
});

test('the admin adds a regional notice, edits and deletes an entry, and the calendar follows', async ({ app, db }) => {
  const calendar = new CalendarPage(app);
  await calendar.open('地方节假日');
  await calendar.addNotice({ port: '樟木口岸', from: '2025-06-03', to: '2025-06-04', type: '地方节假日', name: '县庆', source: '聂拉木县通知' });
  await expect(app.getByText('已添加 2 天')).toBeVisible();
  await expect(calendar.regionalRow('2025-06-03', '樟木口岸')).toContainText('县庆');
  await expect(calendar.regionalRow('2025-06-03', '樟木口岸')).toContainText('工作日'); // the national day it overrides
  expect(db.query("SELECT port_id, date, type, name, source, created_by FROM regional_days WHERE name = '县庆' ORDER BY date")).toEqual([
    { port_id: 1, date: '2025-06-03', type: 'regionalHoliday', name: '县庆', source: '聂拉木县通知', created_by: '测试员' },
    { port_id: 1, date: '2025-06-04', type: 'regionalHoliday', name: '县庆', source: '聂拉木县通知', created_by: '测试员' },
  ]);

  // The same dates again: refused, with the reason, and nothing written.
  await calendar.addNotice({ port: '樟木口岸', from: '2025-06-04', to: '2025-06-05', type: '地方节假日', name: '县庆' });
  await expect(app.getByText('樟木口岸在 2025-06-04 已有记录，请修改原记录或先删除')).toBeVisible();
  await app.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
  expect(db.query("SELECT count(*) AS n FROM regional_days WHERE name = '县庆'")).toEqual([{ n: 2 }]);

  await calendar.editEntry('2025-06-04', '樟木口岸', { type: '调休上班日', name: '县庆补班' });
  await expect(calendar.regionalRow('2025-06-04', '樟木口岸')).toContainText('调休上班日 · 县庆补班');
  expect(db.query("SELECT type, name, updated_by FROM regional_days WHERE date = '2025-06-04'")).toEqual([
    { type: 'makeupWorkday', name: '县庆补班', updated_by: '测试员' },
  ]);

  await calendar.open('月历', '2025-06');
  await expect(calendar.dayCell('2025-06-03')).toHaveClass(/type-regionalHoliday/);
  await expect(calendar.day('2025-06-03')).toContainText('县庆');
  await expect(calendar.dayCell('2025-06-04')).toHaveClass(/type-makeupWorkday/);

  await calendar.open('地方节假日');
  await calendar.choose('年份', '2025年');
  await calendar.deleteEntry('2025-06-03', '樟木口岸');
  await expect(app.getByText('已删除 2025-06-03 的记录')).toBeVisible();
  await expect(calendar.regionalRow('2025-06-03', '樟木口岸')).toHaveCount(0);
  await calendar.open('月历', '2025-06');
  await expect(calendar.dayCell('2025-06-03')).toHaveClass(/type-workday/);
});

test('the 5+2 cards give the rest-day figures with 同比, and the roster flags a closed duty day', async ({ app, host, db }) => {
  // 2025-06-07/08 weekend (one open, 300 persons), 06-09 a workday (900 persons);
  // the same span of 2024, every day entered (else its 同比 is "基期数据不全"): 06-08 Saturday open
  // with 200 persons, 06-09 Sunday closed.
  await seedDays(host, [
    ['2024-06-07', { portOpen: true, personsIn: 0 }],
    ['2024-06-08', { portOpen: true, personsIn: 200 }],
    ['2024-06-09', { portOpen: false, closureReason: '降雪封路' }],
    ['2025-06-07', { portOpen: true, personsIn: 150, personsOut: 150 }],
    ['2025-06-08', { portOpen: false, closureReason: '道路塌方' }],
    ['2025-06-09', { portOpen: true, personsIn: 450, personsOut: 450 }],
  ]);
  await api(host, 'saveDutyRule', dutyRule);
  const calendar = new CalendarPage(app);
  await calendar.open('5+2 成效');
  await app.getByRole('button', { name: '全部已录入期间' }).click();
  await expect(app.getByTestId('period-label')).toHaveText('2024年6月7日–2025年6月9日（同比：2023年6月7日–2024年6月8日）');
  await app.getByTestId('period-picker').getByText('自定义', { exact: true }).click();

  // Narrow to 2025-06-07 … 06-09 through the range picker.
  const start = app.getByPlaceholder('开始日期');
  await start.click();
  await start.fill('2025-06-07');
  await start.press('Enter');
  await app.getByPlaceholder('结束日期').fill('2025-06-09');
  await app.getByPlaceholder('结束日期').press('Enter');
  await expect(app.getByTestId('period-label')).toHaveText('2025年6月7日–2025年6月9日（同比：2024年6月7日–2024年6月9日）');

  await expect(calendar.card('card-rest-days')).toContainText('2 天');
  await expect(calendar.card('card-coverage')).toContainText('50.0%');
  await expect(calendar.card('card-coverage')).toContainText('开放 1 天 / 共 2 天；闭关 1 天');
  const persons = calendar.card('card-persons');
  await expect(persons).toContainText('300 人次');
  await expect(persons).toContainText('占全部通关 25.0%');
  await expect(persons).toContainText('休息日日均 150 人次'); // 300 over two recorded rest days
  await expect(persons).toContainText('工作日日均 900 人次');
  await expect(persons).toContainText('同比 +50.0%');
  // Nothing but persons was recorded: the other figures have no base and read "—".
  await expect(calendar.card('card-freightKg')).toContainText('同比 —');
  await expect(calendar.card('card-mismatches')).toContainText('1 天');

  await calendar.open('值班安排', '2025-06');
  await expect(app.getByTestId('duty-roster')).toContainText('樟木口岸 2025年6月 休息日值班表');
  await expect(app.getByTestId('mismatch-2025-06-08')).toHaveText('已排班开放，记录为闭关');
  await expect(app.getByTestId('duty-roster').locator('tbody tr').first()).toContainText('开放 10:00–18:00');

  // The road was known to be blocked: the day's plan becomes "closed", and the flag goes.
  await app.getByRole('button', { name: '调整 2025-06-08 的值班安排' }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByText('闭关', { exact: true }).click();
  await dialog.getByLabel('备注', { exact: true }).fill('道路塌方，暂停通关');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(app.getByText('2025-06-08 的值班安排已保存')).toBeVisible();
  const row = app.getByTestId('duty-roster').locator('tbody tr', { hasText: '6月8日' });
  await expect(row).toContainText('闭关');
  await expect(row).toContainText('单日调整：道路塌方，暂停通关');
  await expect(app.getByTestId('mismatch-2025-06-08')).toHaveCount(0);
  expect(db.query('SELECT date, open, hours_from, note, created_by FROM duty_exceptions')).toEqual([
    { date: '2025-06-08', open: 0, hours_from: null, note: '道路塌方，暂停通关', created_by: '测试员' },
  ]);
});
