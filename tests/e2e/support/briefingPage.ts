import { expect, type Page } from '@playwright/test';

/** The briefing page as an official uses it. */
export class BriefingPage {
  constructor(readonly page: Page) {}

  async open(query: { port: number | 'all'; preset: string; kind: string; from: string; to: string }) {
    const params = new URLSearchParams({ port: String(query.port), preset: query.preset, kind: query.kind, from: query.from, to: query.to });
    await this.page.goto(this.page.url().replace(/#.*$/, '') + `#/briefing?${params}`);
    await expect(this.title).toBeVisible();
  }

  get title() {
    return this.page.getByTestId('briefing-title');
  }

  get summary() {
    return this.page.getByTestId('briefing-summary');
  }

  get kpis() {
    return this.page.getByTestId('briefing-kpis');
  }

  get measures() {
    return this.page.getByTestId('briefing-measures');
  }

  get closures() {
    return this.page.getByTestId('briefing-closures');
  }

  kpiRow(figureKey: string) {
    return this.kpis.locator(`tr[data-figure="${figureKey}"]`);
  }

  async choosePreset(label: string) {
    await this.page.getByLabel('时段', { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  async typeRemarks(text: string) {
    await this.page.getByLabel('备注', { exact: true }).fill(text);
  }

  async saveRemarks() {
    await this.page.getByRole('button', { name: '保存备注' }).click();
    await expect(this.page.getByText('备注已保存')).toBeVisible();
  }

  async print() {
    await this.page.getByRole('button', { name: /打印 \/ 另存为 PDF/ }).click();
  }
}
