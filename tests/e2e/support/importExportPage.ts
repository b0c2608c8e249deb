import { expect, type Download, type Page } from '@playwright/test';

/** The Import/Export page as a clerk uses it. */
export class ImportExportPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + '#/import');
    await expect(this.page.getByText('导入历史数据', { exact: true })).toBeVisible();
  }

  /** Chooses a file, as the file dialog would hand it over. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  }

  preview() {
    return this.page.getByTestId('import-preview');
  }

  count(kind: 'newDays' | 'changedDays' | 'unchangedDays' | 'invalidRows') {
    return this.page.getByTestId(`count-${kind}`).locator('.ant-statistic-content-value');
  }

  async showTab(name: RegExp) {
    await this.page.getByRole('tab', { name }).click();
  }

  invalidRows() {
    return this.page.getByTestId('invalid-rows');
  }

  error() {
    return this.page.getByTestId('import-error');
  }

  applyButton() {
    return this.page.getByRole('button', { name: /^应用：写入/ });
  }

  async apply() {
    await this.applyButton().click();
  }

  /** The figures far outside the port's usual range, listed above the tabs. */
  rangeWarnings() {
    return this.page.getByTestId('import-range-warnings');
  }

  /** Ticks “我已核对…” from the keyboard: Tab to it, Space. */
  async confirmRangeWarnings() {
    const box = this.page.getByRole('checkbox', { name: /^我已核对以上/ });
    await box.focus();
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  /** In the mapping dialog: the field a column is imported as. */
  async mapColumn(header: string, field: string) {
    const dialog = this.page.getByRole('dialog', { name: '确认列对应' });
    // Typed into the select's search and chosen with Enter, as from the keyboard: a click on an option
    // of a dropdown that is still sliding open can miss.
    const select = dialog.getByLabel(`${header} 对应字段`);
    await select.click();
    await select.fill(field);
    await expect(this.page.locator('.ant-select-dropdown:visible').getByTitle(field, { exact: true })).toBeVisible();
    await select.press('Enter');
    await expect(dialog.getByRole('row').filter({ hasText: header })).toContainText(field);
  }

  async confirmMapping() {
    await this.page.getByRole('button', { name: '按此列对应导入' }).click();
  }

  /** Types the export period into the range picker, as a clerk would. */
  async exportPeriod(from: string, to: string) {
    const start = this.page.getByPlaceholder('开始日期');
    await start.click();
    await start.fill(from);
    await start.press('Enter');
    const end = this.page.getByPlaceholder('结束日期');
    await end.fill(to);
    // Tab rather than Enter: Enter in the form would already start the export.
    await end.press('Tab');
    await expect(end).toHaveValue(to);
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /导出/ }).click();
    return download;
  }
}
