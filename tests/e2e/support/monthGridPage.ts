import { expect, type Page } from '@playwright/test';

/** The month grid as a clerk uses it. */
export class MonthGridPage {
  constructor(readonly page: Page) {}

  async open(month: string) {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/grid?month=${month}`);
    await expect(this.page.getByTestId('missing-days')).toBeVisible();
  }

  cell(date: string, label: string) {
    return this.page.getByLabel(`${date} ${label}`, { exact: true });
  }

  row(date: string) {
    return this.page.locator(`tr[data-date="${date}"]`);
  }

  /** Pastes text into the focused cell as the clipboard would deliver it from Excel. */
  async paste(date: string, label: string, text: string) {
    const cell = this.cell(date, label);
    await cell.focus();
    await cell.evaluate((el, data) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
  }

  async save() {
    await this.page.getByRole('button', { name: /保存（Ctrl\+S）/ }).click();
  }
}
