import { expect, type Page } from '@playwright/test';

/** The day form as a clerk uses it. */
export class DayEntryPage {
  constructor(readonly page: Page) {}

  async open(date: string) {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/days?date=${date}`);
    await expect(this.page.getByTestId('record-status')).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  async setPortOpen(choice: '开放' | '未开放') {
    await this.page.getByLabel('口岸开放', { exact: true }).click();
    await this.page.locator('.ant-select-dropdown').getByTitle(choice, { exact: true }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: /保存（Ctrl\+S）/ }).click();
  }

  fieldError(key: string) {
    return this.page.getByTestId(`error-${key}`);
  }
}
