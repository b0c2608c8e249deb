import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of an antd Select opened by clicking the control with this label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Types a date into an antd DatePicker and confirms it. */
async function typeDate(scope: Page | Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

export interface NewMeasure {
  code: string;
  title: string;
  category: string;
  leadUnit: string;
  status?: string;
  startDate?: string;
  figure?: { label: string; comparator?: '≤ 不高于' | '≥ 不低于'; value?: string };
}

/** The measures register as a member of staff uses it. */
export class MeasuresPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/measures${query}`);
    await expect(this.page.getByRole('tab', { name: '措施清单' })).toBeVisible();
  }

  get table() {
    return this.page.getByTestId('measure-table');
  }

  row(code: string) {
    return this.table.locator('tr', { has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  get drawer() {
    return this.page.locator('.measure-drawer');
  }

  get dialog() {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title') }).last();
  }

  async addMeasure(m: NewMeasure) {
    await this.page.getByRole('button', { name: /新增措施/ }).first().click();
    const d = this.dialog;
    await expect(d.getByText('新增措施', { exact: true })).toBeVisible();
    await d.getByLabel('编号', { exact: true }).fill(m.code);
    await d.getByLabel('措施名称', { exact: true }).fill(m.title);
    await choose(this.page, d, '类别', m.category);
    await d.getByLabel('牵头单位', { exact: true }).fill(m.leadUnit);
    if (m.status) await choose(this.page, d, '登记时的状态', m.status);
    if (m.startDate) await typeDate(d, '启动日期', m.startDate);
    if (m.figure) {
      await d.getByRole('button', { name: /添加指标/ }).click();
      await choose(this.page, d, '指标 1', m.figure.label);
      if (m.figure.comparator) await choose(this.page, d, '指标 1 的目标', m.figure.comparator);
      if (m.figure.value) await d.getByLabel('指标 1 的目标值', { exact: true }).fill(m.figure.value);
    }
    await d.getByRole('button', { name: /保\s*存/ }).click();
  }

  async openMeasure(title: string) {
    await this.table.getByRole('button', { name: title, exact: true }).click();
    await expect(this.drawer.getByTestId('drawer-title')).toContainText(title);
  }

  async closeDrawer() {
    await this.drawer.locator('.ant-drawer-close').click();
    await expect(this.drawer).toBeHidden();
  }

  async tab(name: string | RegExp) {
    await this.drawer.getByRole('tab', { name }).click();
  }

  async logProgress(date: string, note: string) {
    await this.tab(/推进记录/);
    await typeDate(this.drawer, '日期', date);
    await this.drawer.getByLabel('推进情况', { exact: true }).fill(note);
    await this.drawer.getByRole('button', { name: /添加推进记录/ }).click();
  }

  get progressLog() {
    return this.drawer.getByTestId('progress-log');
  }

  async changeStatus(to: string, date: string) {
    await this.drawer.getByRole('button', { name: /更改状态/ }).click();
    await this.page.getByRole('menuitem', { name: `改为“${to}”` }).click();
    const d = this.dialog;
    await typeDate(d, '生效日期', date);
    await d.getByRole('button', { name: /确\s*定/ }).click();
  }

  async openEffect() {
    await this.tab('效果');
    await expect(this.drawer.getByTestId('effect-view')).toBeVisible();
  }

  effectOf(metric: string) {
    return this.drawer.getByTestId(`effect-${metric}`);
  }

  async setWindow(days: number) {
    const input = this.drawer.getByLabel('观察期', { exact: true });
    await input.fill(String(days));
    await this.drawer.getByRole('button', { name: /重新计算/ }).click();
  }
}
