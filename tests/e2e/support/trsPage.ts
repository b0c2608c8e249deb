import { expect, type Page } from '@playwright/test';

/** The TRS page (通关时间测算) as a member of staff uses it. */
export class TrsPage {
  constructor(readonly page: Page) {}

  async open(query: string) {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/trs?${query}`);
    await expect(this.page.getByRole('heading', { name: '通关时间测算（TRS）' })).toBeVisible();
  }

  /** Chooses a declarations file, as the file dialog would hand it over, and waits for its preview. */
  async chooseFile(name: string, text: string) {
    await this.page.getByTestId('trs-import').locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await expect(this.page.getByTestId('trs-preview')).toBeVisible();
  }

  async apply() {
    await this.page.getByTestId('trs-preview').getByRole('button', { name: /^导\s*入$/ }).click();
    await expect(this.page.getByTestId('trs-import-done')).toBeVisible();
  }

  /** The summary's cells of a stage: [n, median, P90, mean] for import, then export. */
  async stageCells(stage: string): Promise<string[]> {
    const row = this.page.getByTestId('trs-summary').locator('tbody tr.ant-table-row').filter({ hasText: stage });
    const cells = await row.locator('td').allInnerTexts();
    return cells.slice(1).map((c) => c.trim());
  }

  async inspectionGroup(label: '全部' | '查验' | '未查验') {
    await this.page.getByTestId('trs-summary').locator('..').getByText(label, { exact: true }).click();
  }

  async chooseMeasure(label: string) {
    await this.page.getByTestId('trs-measure-effect').getByLabel('选择措施（有开始日期的）', { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  async slowestNumbers(): Promise<string[]> {
    return (await this.page.getByTestId('trs-slowest').locator('tbody tr.ant-table-row td:first-child').allInnerTexts()).map((t) => t.trim());
  }
}
