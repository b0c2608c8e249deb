import { test, expect, type HostWithAdmin } from './support/fixtures';
import { MeasuresPage } from './support/measuresPage';
import { CalendarPage } from './support/calendarPage';
import { emptyDayValues } from '../../shared/domain/dailyFields';
import { restDayRule } from '../fixtures/dutyRule';

/** Calls a contract method as the administrator and fails the test if the core refuses it. */
async function seed<T = unknown>(host: HostWithAdmin, method: string, input: unknown): Promise<T> {
  const r = await host.api<T>(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.value as T;
}

/** One measure with a progress entry, a day's figures, a duty rule, the 5+2 date and a regional day. */
async function seedEverything(host: HostWithAdmin) {
  const measure = await seed<{ id: number }>(host, 'createMeasure', {
    code: 'ZM-01',
    title: '休息日预约通关',
    category: 'schedule',
    leadUnit: '樟木海关',
    portIds: [1],
    status: 'inProgress',
    startDate: '2025-05-01',
  });
  await seed(host, 'addMeasureProgress', { id: measure.id, date: '2025-05-20', note: '与边检站商定预约时段' });
  await seed(host, 'saveDays', {
    portId: 1,
    days: [{ date: '2025-10-01', values: { ...emptyDayValues(), portOpen: true, personsIn: 600, personsOut: 600 } }],
    source: 'grid',
    confirmWarnings: true,
  });
  await seed(host, 'saveDutyRule', restDayRule({ units: ['樟木海关'], personInCharge: '张三' }));
  await seed(host, 'setFivePlusTwoSettings', { portId: 1, effectiveFrom: '2025-05-01', note: '口岸管委会通知' });
  await seed(host, 'addRegionalDays', { portId: null, from: '2025-09-10', to: '2025-09-10', type: 'regionalHoliday', name: '县庆', source: '聂拉木县通知' });
}

test('a viewer reads the measures and the 5+2 calendar without a single write control', async ({ viewer, host }) => {
  const measures = new MeasuresPage(viewer);

  // An empty register offers a viewer nothing to click.
  await measures.open();
  await expect(viewer.getByTestId('register-empty')).toContainText('录入员或管理员登记措施后');
  await expect(viewer.getByTestId('template-offer')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /模板|添加|新增/ })).toHaveCount(0);

  await seedEverything(host);
  await viewer.reload(); // the same address: a reload fetches the register again
  await expect(measures.row('ZM-01')).toContainText('休息日预约通关');
  await expect(measures.row('ZM-01')).toContainText('与边检站商定预约时段');
  await expect(viewer.getByRole('button', { name: /新增措施/ })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /从模板添加/ })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /导出/ })).toBeEnabled(); // reading out is reading

  await measures.openMeasure('休息日预约通关');
  await expect(measures.drawer.getByTestId('drawer-status')).toHaveText('推进中');
  await expect(measures.drawer).toContainText('樟木海关');
  await expect(measures.drawer.getByRole('button', { name: /编\s*辑/ })).toHaveCount(0);
  await expect(measures.drawer.getByRole('button', { name: /更改状态/ })).toHaveCount(0);
  await expect(measures.drawer.getByRole('button', { name: '删除措施' })).toHaveCount(0);
  await measures.tab(/推进记录/);
  await expect(measures.progressLog).toContainText('与边检站商定预约时段');
  await expect(measures.drawer.getByRole('button', { name: /添加推进记录/ })).toHaveCount(0);
  await expect(measures.drawer.getByLabel('推进情况', { exact: true })).toHaveCount(0);
  await measures.openEffect();
  await measures.closeDrawer();

  const calendar = new CalendarPage(viewer);
  await calendar.open('月历', '2025-10');
  await expect(calendar.day('2025-10-01')).toContainText('1,200 人次');
  await expect(calendar.day('2025-10-01')).toContainText('值班 10:00–18:00');

  await calendar.open('5+2 成效');
  await expect(viewer.getByTestId('effective-from')).toContainText('实施日期：2025年5月1日');
  await expect(viewer.getByTestId('five-plus-two-cards')).toBeVisible();
  await expect(viewer.getByRole('button', { name: /设置实施日期/ })).toHaveCount(0);

  await calendar.open('值班安排', '2025-10');
  const roster = viewer.getByTestId('duty-roster');
  await expect(roster).toContainText('张三');
  await expect(roster).toContainText('国庆节');
  await expect(roster.getByRole('button', { name: /调整/ })).toHaveCount(0);
  await expect(roster.getByRole('columnheader', { name: '操作' })).toHaveCount(0);
  const rules = viewer.locator('.ant-card').filter({ hasText: '值班规则' });
  await expect(rules).toContainText('全部休息日');
  await expect(rules.getByRole('button')).toHaveCount(0); // no add, edit or delete
  await expect(viewer.getByRole('button', { name: /打印值班表/ })).toBeVisible();

  await calendar.open('地方节假日');
  await calendar.choose('年份', '2025年');
  await expect(calendar.regionalRow('2025-09-10')).toContainText('县庆');
  await expect(calendar.regionalRow('2025-09-10').getByRole('button')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /添加节假日通知/ })).toHaveCount(0);
  await expect(viewer.getByTestId('regional-days').getByRole('columnheader', { name: '操作' })).toHaveCount(0);
  await expect(viewer.getByText('新一年的通知发布后，由管理员在此添加。')).toBeVisible();

  // The header: no port to add, no administration.
  await expect(viewer.getByRole('button', { name: '添加口岸' })).toHaveCount(0);
  await expect(viewer.getByRole('menuitem', { name: '系统管理' })).toHaveCount(0);
});

test('a clerk edits measures and duty, but only the administrator sees the calendar’s administration', async ({ clerk, app, host }) => {
  await seedEverything(host);
  await expect(clerk.getByTestId('current-user')).toContainText('录入员');

  const measures = new MeasuresPage(clerk);
  await measures.open();
  await expect(measures.row('ZM-01')).toBeVisible();
  await expect(clerk.getByRole('button', { name: /新增措施/ })).toBeVisible();
  await expect(clerk.getByRole('button', { name: /从模板添加/ })).toBeVisible();
  await measures.openMeasure('休息日预约通关');
  await expect(measures.drawer.getByRole('button', { name: /编\s*辑/ })).toBeVisible();
  await expect(measures.drawer.getByRole('button', { name: /更改状态/ })).toBeVisible();
  await expect(measures.drawer.getByRole('button', { name: '删除措施' })).toBeVisible();
  await measures.tab(/推进记录/);
  await expect(measures.drawer.getByRole('button', { name: /添加推进记录/ })).toBeVisible();
  await measures.closeDrawer();

  const calendar = new CalendarPage(clerk);
  await calendar.open('5+2 成效');
  await expect(clerk.getByTestId('effective-from')).toContainText('实施日期：2025年5月1日');
  await expect(clerk.getByRole('button', { name: /设置实施日期/ })).toHaveCount(0);

  await calendar.open('值班安排', '2025-10');
  await expect(clerk.getByTestId('duty-roster')).toContainText('张三');
  await expect(clerk.getByRole('button', { name: '调整 2025-10-01 的值班安排' })).toBeVisible();
  await expect(clerk.getByRole('button', { name: /添加规则/ })).toBeVisible();

  await calendar.open('地方节假日');
  await calendar.choose('年份', '2025年');
  await expect(calendar.regionalRow('2025-09-10')).toContainText('县庆');
  await expect(calendar.regionalRow('2025-09-10').getByRole('button')).toHaveCount(0);
  await expect(clerk.getByRole('button', { name: /添加节假日通知/ })).toHaveCount(0);
  await expect(clerk.getByText('新一年的通知发布后，由管理员在此添加。')).toBeVisible();

  await expect(clerk.getByRole('button', { name: '添加口岸' })).toBeVisible(); // a clerk may add a port
  await expect(clerk.getByRole('menuitem', { name: '系统管理' })).toHaveCount(0);

  // The same views for the administrator keep those controls.
  const adminCalendar = new CalendarPage(app);
  await adminCalendar.open('5+2 成效');
  await expect(app.getByRole('button', { name: /设置实施日期/ })).toBeVisible();
  await adminCalendar.open('地方节假日');
  await adminCalendar.choose('年份', '2025年');
  await expect(adminCalendar.regionalRow('2025-09-10').getByRole('button', { name: '编辑 2025-09-10' })).toBeVisible();
  await expect(adminCalendar.regionalRow('2025-09-10').getByRole('button', { name: '删除 2025-09-10' })).toBeVisible();
  await expect(app.getByRole('button', { name: /添加节假日通知/ })).toBeVisible();
  await expect(app.getByText('新一年的通知发布后，请在此添加。')).toBeVisible();
});
