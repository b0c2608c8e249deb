import { test, expect } from './support/fixtures';
import { MeasuresPage } from './support/measuresPage';
import { addDays, datesBetween, sameDateLastYear, weekdayOf } from '../../shared/domain/dates';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const START = '2025-03-03';

/**
 * Person crossings around 1,400 a day, 20% more from START on, over both windows this year and a
 * year earlier (the comparison the effect rests on); seeded through the contract.
 */
async function seedPersons(url: string) {
  let s = 11;
  const rand = () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296);
  const factor = [0.6, 1.2, 1.05, 1, 1, 1.15, 0.8];
  const days = datesBetween(addDays(sameDateLastYear(START), -90), addDays(START, 89)).map((date) => {
    const total = Math.round(1400 * factor[weekdayOf(date)]! * (date >= START ? 1.2 : 1) * (1 + 0.1 * (rand() - 0.5)));
    return { date, values: { ...emptyDayValues(), personsIn: Math.round(total / 2), personsOut: total - Math.round(total / 2), portOpen: true } };
  });
  for (let i = 0; i < days.length; i += 400) {
    const res = await fetch(url + '/api/saveDays', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ portId: 1, days: days.slice(i, i + 400), source: 'paste', confirmWarnings: true }),
    });
    expect(res.ok).toBe(true);
  }
}

test('a clerk adds a measure, logs its progress and opens its effect view', async ({ app, host, db }) => {
  await seedPersons(host.url);
  const measures = new MeasuresPage(app);
  await measures.open();
  // a new store offers the template and forces nothing
  await expect(app.getByTestId('template-offer')).toContainText('措施登记册还是空的');
  expect(db.query('SELECT count(*) AS n FROM measures')).toEqual([{ n: 0 }]);

  await measures.addMeasure({
    code: 'ZM-30',
    title: '旅检一站式通关',
    category: '旅检服务',
    leadUnit: '樟木边检站',
    status: '已实施',
    startDate: START,
    figure: { label: '出入境人员（人次）', comparator: '≥ 不低于', value: '1500' },
  });
  await expect(app.getByText('已新增措施 ZM-30')).toBeVisible();
  await expect(measures.drawer.getByTestId('drawer-status')).toHaveText('已实施');
  await expect(measures.row('ZM-30')).toContainText('旅检一站式通关');

  await measures.logProgress('2025-04-10', '增设两条自助通道，高峰排队明显缩短');
  await expect(app.getByText('推进记录已添加')).toBeVisible();
  await expect(measures.progressLog.getByTestId('progress-entry').first()).toContainText('增设两条自助通道，高峰排队明显缩短');
  await expect(measures.progressLog).toContainText('测试员 记录于');
  expect(db.query("SELECT date, kind, note, recorded_by FROM measure_progress WHERE kind = 'note'")).toEqual([
    { date: '2025-04-10', kind: 'note', note: '增设两条自助通道，高峰排队明显缩短', recorded_by: '测试员' },
  ]);

  await measures.openEffect();
  const persons = measures.effectOf('persons');
  await expect(persons).toContainText('上升 · 符合预期');
  await expect(persons.getByTestId('effect-summary')).toContainText('启动后 90 天出入境人员日均');
  await expect(persons.getByTestId('effect-summary')).toContainText('上年同期同样两段');
  await expect(persons.getByTestId('effect-summary')).toContainText('向预期方向变化');
  // what was compared with what, in words and on one chart
  await expect(persons.getByTestId('effect-explanation')).toContainText(
    `今年启动前 90 天（${addDays(START, -90)} 至 ${addDays(START, -1)}）到启动后 90 天（${START} 至 ${addDays(START, 89)}）`,
  );
  await expect(persons.getByTestId('effect-explanation')).toContainText('上年同期同样两段（2023-12-04 至 2024-03-02、2024-03-03 至 2024-05-31）');
  await expect(persons.getByTestId('effect-year-earlier-before')).toContainText('有数据 90 天');
  await expect(persons.getByTestId('effect-year-earlier-after')).toContainText('有数据 90 天');
  await expect(persons.getByTestId('effect-net')).toContainText('+');
  await expect(persons).toContainText('目标：出入境人员 ≥ 1500 人次');
  const chart = persons.getByTestId('effect-chart-persons');
  await expect(chart.getByRole('application')).toBeVisible();
  await expect(chart).toContainText(`启动 ${START}`);
  await expect(chart).toContainText('启动前 90 天');
  await expect(chart).toContainText('启动后 90 天');
  await expect(chart).toContainText(`今年（${addDays(START, -90)} 至 ${addDays(START, 89)}）`);
  await expect(chart).toContainText('上年同期（2023-12-04 至 2024-05-31）');
  await expect(chart.locator('.recharts-line')).toHaveCount(2);

  await measures.setWindow(60);
  await expect(persons).toContainText('启动前 60 天日均');
  await expect(chart).toContainText('启动后 60 天');
});

test('the effect view says so when the data cannot support a conclusion', async ({ app }) => {
  const measures = new MeasuresPage(app);
  await measures.open();
  await measures.addMeasure({
    code: 'ZM-31',
    title: '错峰通关',
    category: '作业时间',
    leadUnit: '口岸管委会',
    status: '推进中',
    startDate: '2025-03-03',
    figure: { label: '出入境车辆（辆次）' },
  });
  await expect(app.getByText('已新增措施 ZM-31')).toBeVisible();
  await measures.openEffect();
  const vehicles = measures.effectOf('vehicles');
  await expect(vehicles).toContainText('数据不足以判断');
  await expect(vehicles.getByTestId('effect-reasons')).toContainText('启动前 90 天（2024-12-03 至 2025-03-02）只有 0 天有数据，至少需要 30 天。');
  await expect(vehicles.getByTestId('effect-reasons')).toContainText('上年同期启动后 90 天（2024-03-03 至 2024-05-31）只有 0 天有数据，至少需要 30 天。');
  await expect(vehicles.getByTestId('effect-summary')).toHaveText(
    '数据不足以判断措施对出入境车辆的效果：启动前 90 天（2024-12-03 至 2025-03-02）只有 0 天有数据，至少需要 30 天。',
  );
  // no figure is shown as a finding
  await expect(vehicles.getByTestId('effect-net')).toContainText('—');
});

test('the template is imported on request, stalled measures stand out, and the register exports to Excel', async ({ app, db }) => {
  const measures = new MeasuresPage(app);
  await measures.open();
  await app.getByRole('button', { name: /使用常见措施模板/ }).click();
  await measures.dialog.getByRole('button', { name: /导入所选 22 项/ }).click();
  await expect(app.getByText('已导入 22 项措施')).toBeVisible();
  await expect(app.getByTestId('list-count')).toHaveText('共 22 项措施');
  expect(db.query("SELECT count(*) AS n FROM measures WHERE status = 'planned'")).toEqual([{ n: 22 }]);

  // started two months ago with nothing logged since: stalled, highlighted in the list
  await measures.openMeasure('企业信用培育(AEO)');
  const twoMonthsAgo = addDays(new Date().toISOString().slice(0, 10), -60);
  await measures.changeStatus('推进中', twoMonthsAgo);
  await expect(measures.drawer.getByTestId('drawer-status')).toHaveText('推进中');
  await measures.closeDrawer();
  await expect(measures.row('ZM-21')).toHaveClass(/measure-row-stalled/);
  await expect(measures.row('ZM-21').getByTestId('flag-stalled')).toContainText('停滞');

  await app.getByLabel('需关注', { exact: true }).click();
  await app.locator('.ant-select-dropdown:visible').getByTitle('推进停滞', { exact: true }).click();
  await expect(app.getByTestId('list-count')).toHaveText('筛选出 1 项（共 22 项）');

  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: /导出 Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^通关措施登记册_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(app.getByText(/已导出 1 项措施/)).toBeVisible();
});
