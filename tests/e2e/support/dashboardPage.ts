import { expect, type Page } from '@playwright/test';

/** The dashboard as an official reads it. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  root() {
    return this.page.getByTestId('dashboard');
  }

  async open(query = '') {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/dashboard${query ? `?${query}` : ''}`);
  }

  /** Figures drawn, and the controls that follow them. */
  async waitReady() {
    await expect(this.root()).toHaveAttribute('data-state', 'ready');
    await expect(this.page.getByTestId('period-picker')).toBeVisible();
  }

  title() {
    return this.page.getByTestId('dashboard-title');
  }

  card(key: string) {
    return this.page.getByTestId(`kpi-${key}`);
  }

  value(key: string) {
    return this.card(key).getByTestId('kpi-value');
  }

  yoy(key: string) {
    return this.card(key).getByTestId('kpi-yoy');
  }

  mom(key: string) {
    return this.card(key).getByTestId('kpi-mom');
  }

  /** The change's percentage as shown ("+45.0%", "—"). */
  change(key: string, which: 'yoy' | 'mom') {
    return (which === 'yoy' ? this.yoy(key) : this.mom(key)).locator('.change-indicator-value');
  }

  async choosePeriodKind(label: '周' | '月' | '季度' | '年' | '1–N月累计' | '自定义') {
    await this.page.getByTestId('period-picker').getByText(label, { exact: true }).click();
  }

  async previousPeriod() {
    await this.page.getByRole('button', { name: '上一时段' }).click();
  }

  chart(metric: string) {
    return this.page.getByTestId(`trend-chart-${metric}`);
  }
}
