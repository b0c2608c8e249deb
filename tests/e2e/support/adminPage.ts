import { expect, type Page } from '@playwright/test';

/** 系统管理 as an administrator uses it. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async open(tab: '账户' | '口岸' | '审计日志' | '备份与恢复' | '安全设置' | '简报设置' | '中心数据库') {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + '#/admin');
    await this.page.getByRole('tab', { name: tab }).click();
  }

  auditChain() {
    return this.page.getByTestId('audit-chain');
  }

  auditRows() {
    // only the log's own rows (they have the expand button), not the rows of an opened entry's detail
    return this.page
      .getByTestId('audit-table')
      .locator('tbody tr.ant-table-row')
      .filter({ has: this.page.locator('td.ant-table-row-expand-icon-cell') });
  }

  async expandAuditEntry(id: number) {
    await this.page.getByTestId('audit-table').locator(`tr[data-row-key="${id}"]`).getByRole('button', { name: /展开/ }).click();
    return this.page.getByTestId(`audit-detail-${id}`);
  }

  async filterByAction(label: string) {
    await this.page.getByLabel('操作', { exact: true }).click();
    await this.page.locator('.ant-select-dropdown').getByTitle(label, { exact: true }).click();
  }

  async search(text: string) {
    await this.page.getByPlaceholder(/^搜索/).fill(text);
    await this.page.getByPlaceholder(/^搜索/).press('Enter');
  }

  backupRows() {
    return this.page.getByTestId('backup-table').locator('tbody tr.ant-table-row');
  }

  async confirm(button: string) {
    await this.page.locator('.ant-modal-confirm:not(.ant-zoom-leave)').getByRole('button', { name: button }).click();
  }

  async expectVisible() {
    await expect(this.page.getByRole('tab', { name: '审计日志' })).toBeVisible();
  }
}
