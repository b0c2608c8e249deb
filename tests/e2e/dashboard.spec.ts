import { test, expect } from './support/fixtures';
import { DashboardPage } from './support/dashboardPage';
import { callApi, seedDays } from './support/seedApi';
import type { RunningHost } from './support/webHost';
import { datesBetween } from '../../shared/domain/dates';
import type { DayValues } from '../../shared/domain/dailyFields';
import { sampleDays } from '../../bench/support/sampleYears';


/**
 * A wobble of −2…2 that sums to zero over days 1–25 of every month and is 0 after them, so daily
 * lines are not flat and monthly sums stay round.
 */
const wobble = (date: string) => (Number(date.slice(8)) > 25 ? 0 : ((Number(date.slice(8)) + 2) % 5) - 2);

/**
 * Known figures, by hand:
 * - June 2025: open every day but the 10th (降雪封路); 700±40 in and 600 out, 300±4 t exported,
 *   100 t imported, 500 万元 exported, 200 万元 imported, 30 + 30 vehicles, 10 h / 3 h clearance;
 * - May 2025: open every day, 500±30 in + 500 out, 400 万元 exported, 12.5 h import clearance;
 * - June 2024: only 1–20 June entered, 650 in + 650 out, 10 h import clearance: a base missing
 *   days gives no 同比 but "基期数据不全".
 */
async function seedKnownMonths(host: RunningHost, portId = 1) {
  const june = datesBetween('2025-06-01', '2025-06-30').map((date) => ({
    date,
    values:
      date === '2025-06-10'
        ? ({ portOpen: false, closureReason: '降雪封路' } satisfies Partial<DayValues>)
        : {
            portOpen: true,
            personsIn: 700 + 20 * wobble(date),
            personsOut: 600 - 10 * wobble(date),
            exportFreightKg: 300_000 + 2000 * wobble(date),
            importFreightKg: 100_000 - 3000 * wobble(date),
            exportValueYuan: 5_000_000 + 100_000 * wobble(date),
            importValueYuan: 2_000_000,
            vehiclesIn: 30 + wobble(date),
            vehiclesOut: 30,
            importClearanceCentihours: 1000 + 50 * wobble(date),
            exportClearanceCentihours: 300 - 10 * wobble(date),
          },
  }));
  const may = datesBetween('2025-05-01', '2025-05-31').map((date) => ({
    date,
    values: { portOpen: true, personsIn: 500 + 15 * wobble(date), personsOut: 500, exportValueYuan: 4_000_000, importClearanceCentihours: 1250 + 40 * wobble(date) },
  }));
  const lastJune = datesBetween('2024-06-01', '2024-06-20').map((date) => ({
    date,
    values: { portOpen: true, personsIn: 650 + 25 * wobble(date), personsOut: 650, importClearanceCentihours: 1000 },
  }));
  await seedDays(host, portId, [...june, ...may, ...lastJune]);
}

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test('reads June 2025 off the cards with its 同比 and 环比, switches to the quarter, and pictures the dashboard', async ({ app, host }) => {
  // 亚东口岸 holds the hand-made months; 樟木口岸 two years of plausible figures for the picture
  const yadong = await callApi<{ id: number }>(host, 'createPort', { name: '亚东口岸', code: 'YADONG' });
  await seedKnownMonths(host, yadong.id);
  await seedDays(host, 1, sampleDays('2023-07-01', '2025-06-30', 0));
  await app.reload();

  const dashboard = new DashboardPage(app);
  await dashboard.open(`kind=month&from=2025-06-01&to=2025-06-30&ports=${yadong.id}`);
  await dashboard.waitReady();
  await expect(dashboard.title()).toHaveText('亚东口岸 · 2025年6月');
  await expect(app.getByTestId('dashboard-bases')).toHaveText('环比基期：2025年5月；同比基期：2024年6月');

  // persons: 29 × 1,300 = 37,700; May 31 × 1,000 = 31,000 (+21.6%); June 2024 has ten days missing
  await expect(dashboard.value('persons')).toHaveText('3.77 万人次');
  await expect(dashboard.change('persons', 'mom')).toHaveText('+21.6%');
  await expect(dashboard.change('persons', 'yoy')).toHaveText('基期数据不全');
  // export value: 29 × 500 万元 = 1.45 亿元; May 31 × 400 万元 = 1.24 亿元 (+16.9%)
  await expect(dashboard.value('exportValueYuan')).toHaveText('1.45 亿元');
  await expect(dashboard.change('exportValueYuan', 'mom')).toHaveText('+16.9%');
  await expect(dashboard.change('exportValueYuan', 'yoy')).toHaveText('基期数据不全');
  await expect(dashboard.value('tradeValueYuan')).toHaveText('2.03 亿元');
  await expect(dashboard.value('importValueYuan')).toHaveText('5,800.00 万元');
  // freight: 29 × 300 t + 29 × 100 t = 11,600 t
  await expect(dashboard.value('freightKg')).toHaveText('1.16 万吨');
  await expect(dashboard.value('exportFreightKg')).toHaveText('8,700 吨');
  await expect(dashboard.value('vehicles')).toHaveText('1,740 辆次');
  await expect(dashboard.value('openDays')).toHaveText('29 天');
  await expect(dashboard.change('openDays', 'mom')).toHaveText('-6.5%');
  // clearance 10 h against 12.5 h in May: 20% faster, shown green; the same as a year ago: 0.0%, grey
  await expect(dashboard.value('importClearanceCentihours')).toHaveText('10.00 小时');
  await expect(dashboard.change('importClearanceCentihours', 'mom')).toHaveText('-20.0%');
  await expect(dashboard.mom('importClearanceCentihours')).toHaveCSS('color', 'rgb(56, 158, 13)');
  await expect(dashboard.yoy('importClearanceCentihours')).toHaveCSS('color', 'rgb(140, 140, 140)');
  await expect(dashboard.mom('persons')).toHaveCSS('color', 'rgb(56, 158, 13)');
  await expect(dashboard.mom('openDays')).toHaveCSS('color', 'rgb(207, 19, 34)');

  // the comparison figure on hover, and why a change is withheld
  await dashboard.yoy('persons').hover();
  await expect(dashboard.yoy('persons').getByRole('tooltip')).toHaveText('上年同期缺少 10 天数据（20/30 天有记录），不计算变化率上年同期（2024年6月）：2.60 万人次');
  await dashboard.mom('exportValueYuan').hover();
  await expect(dashboard.mom('exportValueYuan').getByRole('tooltip')).toHaveText('上期（2025年5月）：1.24 亿元');

  // June 2025 is complete; June 2024 lacks ten days
  await expect(app.getByTestId('coverage-missing')).toHaveCount(0);
  await expect(app.getByTestId('coverage-notice')).toContainText('同比基期数据不全：上年同期缺少 10 天数据');

  // a day chart with the closure of 10 June marked
  await expect(dashboard.chart('persons')).toHaveAttribute('data-points', '30');
  await expect(dashboard.chart('persons').locator('.chart-mark-closed')).toHaveCount(1);
  await expect(dashboard.chart('persons')).toContainText('上年同期');

  // 2025年第二季度: April was never entered
  await dashboard.choosePeriodKind('季度');
  await expect(dashboard.title()).toHaveText('亚东口岸 · 2025年第二季度');
  await dashboard.waitReady();
  await expect(app.getByTestId('coverage-missing')).toHaveText('本期缺少 30 天数据');
  // persons 31,000 + 37,700 = 68,700; Q2 2024 and Q1 2025 are far from complete
  await expect(dashboard.value('persons')).toHaveText('6.87 万人次');
  await expect(dashboard.change('persons', 'yoy')).toHaveText('基期数据不全');
  await expect(dashboard.change('persons', 'mom')).toHaveText('基期数据不全');
  await expect(app.getByTestId('coverage-notice')).toContainText('环比基期数据不全：上期缺少 90 天数据');
  expect(app.url()).toContain(`kind=quarter&from=2025-04-01&to=2025-06-30&ports=${yadong.id}`);

  // the period before: nothing at all was entered
  await dashboard.previousPeriod();
  await expect(dashboard.title()).toHaveText('亚东口岸 · 2025年第一季度');
  await dashboard.waitReady();
  await expect(dashboard.value('persons')).toHaveText('—');
  await expect(app.getByTestId('coverage-missing')).toHaveText('本期缺少 90 天数据');

  // 樟木口岸, 1–6月累计, the last 12 months by month (chosen over the automatic weeks), with the
  // start of a measure from the register
  await callApi(host, 'createMeasure', {
    code: 'M01',
    title: '"5+2" 全年无休通关',
    category: 'schedule',
    leadUnit: '聂拉木海关',
    portIds: [1],
    startDate: '2024-10-01',
    status: 'inForce',
  });
  await dashboard.open('kind=ytd&from=2025-01-01&to=2025-06-30&range=12m&g=month');
  await expect(dashboard.title()).toHaveText('樟木口岸 · 2025年1–6月累计');
  await dashboard.waitReady();
  await expect(dashboard.chart('freightKg')).toHaveAttribute('data-points', '12');
  await expect(dashboard.chart('freightKg').locator('.chart-mark-measure')).toContainText('M01 "5+2" 全年无休通关');
});

test('each figure set is asked for once; the months either side are asked for after the draw, so 上一时段 draws May without asking', async ({ app, host }) => {
  await seedKnownMonths(host);
  // "method first-day" of every dashboard request sent, and of every answer that came in
  const label = (r: { url(): string; postDataJSON(): unknown }) => {
    const m = /\/api\/(getDashboard\w+|getDataExtent)$/.exec(r.url());
    if (!m) return null;
    const input = r.postDataJSON() as { period?: { from: string }; from?: string } | null;
    return `${m[1]} ${input?.period?.from ?? input?.from ?? ''}`.trim();
  };
  const asked: string[] = [];
  const answered: string[] = [];
  app.on('request', (r) => void (label(r) && asked.push(label(r)!)));
  app.on('requestfinished', (r) => void (label(r) && answered.push(label(r)!)));

  const dashboard = new DashboardPage(app);
  await dashboard.open('kind=month&from=2025-06-01&to=2025-06-30');
  await dashboard.waitReady();
  // June's figures once each, then May's and July's for the stepper
  const months = ['2025-05-01', '2025-06-01', '2025-07-01'];
  const expected = ['getDataExtent', ...months.map((m) => `getDashboardKpis ${m}`), ...months.map((m) => `getDashboardTrends ${m}`)].sort();
  await expect.poll(() => [...answered].sort()).toEqual(expected);
  expect([...asked].sort()).toEqual(expected);

  asked.length = 0;
  await dashboard.previousPeriod();
  await expect(dashboard.title()).toHaveText('樟木口岸 · 2025年5月');
  await dashboard.waitReady();
  // May as seeded: 500 ± wobble in and 500 out on each of its 31 days
  const mayPersons = datesBetween('2025-05-01', '2025-05-31').reduce((sum, date) => sum + 500 + 15 * wobble(date) + 500, 0);
  expect(mayPersons).toBe(31_000);
  await expect(dashboard.value('persons')).toHaveText('3.10 万人次');
  // drawn from what was asked for before the click: nothing of May was asked for again
  expect(asked.filter((a) => a.endsWith('2025-05-01'))).toEqual([]);
});

test('a click on a day of a trend chart opens that day', async ({ app, host }) => {
  await seedKnownMonths(host);
  const dashboard = new DashboardPage(app);
  await dashboard.open('kind=month&from=2025-06-01&to=2025-06-30');
  await dashboard.waitReady();
  const surface = dashboard.chart('persons').locator('.recharts-surface');
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await app.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.4);
  await expect(app.getByTestId('trend-tooltip')).toContainText('2025年6月');
  await app.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.4);
  await expect(app).toHaveURL(/#\/days\?date=2025-06-\d\d$/);
  await expect(app.getByTestId('record-status')).toBeVisible();
});

test('the keyboard reaches a day too: focus a chart, arrow to a day, Enter', async ({ app, host }) => {
  await seedKnownMonths(host);
  const dashboard = new DashboardPage(app);
  await dashboard.open('kind=month&from=2025-06-01&to=2025-06-30');
  await dashboard.waitReady();
  const surface = dashboard.chart('freightKg').locator('.recharts-surface');
  await surface.focus();
  // focus lands on the first day; two steps right is the third
  for (let i = 0; i < 2; i++) await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('trend-tooltip')).toContainText('2025年6月3日');
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/days\?date=2025-06-03$/);
});

test('a month point of a longer trend drills down to that month', async ({ app, host }) => {
  await seedKnownMonths(host);
  const dashboard = new DashboardPage(app);
  await dashboard.open('kind=year&from=2025-01-01&to=2025-12-31&g=month');
  await dashboard.waitReady();
  await expect(dashboard.chart('persons')).toHaveAttribute('data-points', '12');
  await dashboard.chart('persons').locator('.recharts-surface').focus();
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('trend-tooltip')).toContainText('2025年6月');
  await app.keyboard.press('Enter');
  await expect(dashboard.title()).toHaveText('樟木口岸 · 2025年6月');
  // and back to the days of that month
  await dashboard.waitReady();
  await expect(dashboard.chart('persons')).toHaveAttribute('data-points', '30');
});

test('two ports side by side: one line each, and their sums on the cards', async ({ app, host }) => {
  await seedKnownMonths(host);
  const port = await callApi<{ id: number }>(host, 'createPort', { name: '吉隆口岸', code: 'GYIRONG' });
  await seedDays(host, port.id, datesBetween('2025-06-01', '2025-06-30').map((date) => ({ date, values: { portOpen: true, personsIn: 100, personsOut: 100 } })));
  await app.reload(); // the session learns of the new port
  const dashboard = new DashboardPage(app);
  await dashboard.open(`kind=month&from=2025-06-01&to=2025-06-30&ports=1,${port.id}`);
  await dashboard.waitReady();
  await expect(dashboard.title()).toHaveText('樟木口岸、吉隆口岸 · 2025年6月');
  // 37,700 + 30 × 200 = 43,700
  await expect(dashboard.value('persons')).toHaveText('4.37 万人次');
  const legend = dashboard.chart('persons').locator('.trend-legend');
  await expect(legend).toContainText('樟木口岸');
  await expect(legend).toContainText('吉隆口岸（上年同期）');
  await expect(app.getByTestId('coverage-notice')).toContainText('上年同期缺少 40 天数据');
  // a port without history never turns the total's 同比 green
  await expect(dashboard.change('persons', 'yoy')).toHaveText('基期数据不全');
  // and each port is read on its own: 吉隆口岸 30 × 200 = 6,000, against nothing a year ago
  const gyirong = app.getByTestId(`port-row-${port.id}`);
  await expect(gyirong.locator('[data-figure="persons"] .port-rows-value')).toHaveText('6,000 人次');
  await expect(gyirong.locator('[data-figure="persons"] [data-testid="port-yoy"] .change-indicator-value')).toHaveText('基期数据不全');
  const zhangmu = app.getByTestId('port-row-1');
  await expect(zhangmu.locator('[data-figure="persons"] .port-rows-value')).toHaveText('3.77 万人次');
  await expect(zhangmu.locator('[data-figure="persons"] [data-testid="port-mom"] .change-indicator-value')).toHaveText('+21.6%');
});

test('a viewer reads the dashboard as an official would', async ({ viewer, host }) => {
  await seedKnownMonths(host);
  const dashboard = new DashboardPage(viewer);
  await dashboard.open('kind=month&from=2025-06-01&to=2025-06-30');
  await dashboard.waitReady();
  await expect(dashboard.value('persons')).toHaveText('3.77 万人次');
  await expect(dashboard.change('persons', 'mom')).toHaveText('+21.6%');
});

test('an empty store invites to enter data, import it, or load the demo, which then shows', async ({ app }) => {
  const dashboard = new DashboardPage(app);
  await dashboard.open();
  await expect(dashboard.root()).toHaveAttribute('data-state', 'empty');
  const empty = app.getByTestId('dashboard-empty');
  await expect(empty).toContainText('樟木口岸还没有通关数据');
  await expect(empty.getByRole('link', { name: /导入历史数据/ })).toHaveAttribute('href', '#/import');
  await empty.getByRole('link', { name: /录入每日数据/ }).click();
  await expect(app).toHaveURL(/#\/days$/);

  await dashboard.open();
  await app.getByTestId('dashboard-empty').getByRole('button', { name: /载入演示数据/ }).click();
  await expect(dashboard.root()).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(dashboard.value('persons')).not.toHaveText('—');
  await expect(dashboard.title()).toContainText('樟木口岸 · ');
});

test('a viewer of an empty store is told to wait for the figures, with nothing to press', async ({ viewer }) => {
  const dashboard = new DashboardPage(viewer);
  await dashboard.open();
  const empty = viewer.getByTestId('dashboard-empty');
  await expect(empty).toContainText('请录入员录入或导入数据后再来查看');
  await expect(empty.getByRole('button')).toHaveCount(0);
  await expect(empty.getByRole('link')).toHaveCount(0);
});

test('a failed load says so in Chinese and can be retried', async ({ app, host }) => {
  await seedKnownMonths(host);
  await app.route('**/api/getDashboardKpis', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '程序内部错误，操作未完成，数据未更改。' } }) }),
  );
  const dashboard = new DashboardPage(app);
  await dashboard.open('kind=month&from=2025-06-01&to=2025-06-30');
  await expect(dashboard.root()).toHaveAttribute('data-state', 'error');
  const error = app.getByTestId('dashboard-error');
  await expect(error).toContainText('数据加载失败');
  await expect(error).toContainText('程序内部错误');
  await app.unroute('**/api/getDashboardKpis');
  await error.getByRole('button', { name: /重\s*试/ }).click();
  await dashboard.waitReady();
  await expect(dashboard.value('persons')).toHaveText('3.77 万人次');
});
