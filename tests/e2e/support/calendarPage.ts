import { expect, type Page } from '@playwright/test';

type Tab = '月历' | '5+2 成效' | '值班安排' | '地方节假日';
const TAB_KEYS: Record<Tab, string> = { 月历: 'month', '5+2 成效': 'fivePlusTwo', 值班安排: 'duty', 地方节假日: 'regional' };

export interface RegionalNotice {
  port: string;
  from: string;
  to: string;
  type: string;
  name: string;
  source?: string;
}

/** The 5+2 calendar as an official or the port's admin uses it. */
export class CalendarPage {
  constructor(readonly page: Page) {}

  async open(tab: Tab, month?: string) {
    const query = new URLSearchParams({ tab: TAB_KEYS[tab], ...(month ? { month } : {}) });
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/calendar?${query}`);
    await expect(this.page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  day(date: string) {
    return this.page.getByTestId(`cal-day-${date}`);
  }

  /** The cell around a day's button, which carries the day-type colour. */
  dayCell(date: string) {
    return this.page.locator('td', { has: this.day(date) });
  }

  heatBar(date: string) {
    return this.day(date).locator('.cal-heat');
  }

  uncoveredNotice() {
    return this.page.getByTestId('uncovered-notice');
  }

  card(testId: string) {
    return this.page.getByTestId(testId);
  }

  regionalRow(date: string, port = '全部口岸') {
    return this.page.locator('tr[data-date]').filter({ hasText: date }).filter({ hasText: port });
  }

  async choose(label: string, option: string) {
    await this.page.getByLabel(label, { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }

  async addNotice(n: RegionalNotice) {
    await this.page.getByRole('button', { name: '添加节假日通知' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await this.choose('适用口岸', n.port);
    const [start, end] = [dialog.getByPlaceholder('开始日期'), dialog.getByPlaceholder('结束日期')];
    await start.click();
    await start.fill(n.from);
    await start.press('Enter');
    await end.fill(n.to);
    await end.press('Enter');
    await this.choose('日期类型', n.type);
    await dialog.getByLabel('名称', { exact: true }).fill(n.name);
    if (n.source) await dialog.getByLabel('依据', { exact: true }).fill(n.source);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
  }

  async editEntry(date: string, port: string, change: { name?: string; type?: string }) {
    await this.regionalRow(date, port).getByRole('button', { name: `编辑 ${date}` }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (change.type) await this.choose('日期类型', change.type);
    if (change.name !== undefined) await dialog.getByLabel('名称', { exact: true }).fill(change.name);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
  }

  async deleteEntry(date: string, port: string) {
    await this.regionalRow(date, port).getByRole('button', { name: `删除 ${date}` }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
  }
}
