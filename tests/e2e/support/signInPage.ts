import { expect, type Page } from '@playwright/test';

/** The screens before the app: first run, sign-in, the lock screen. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async createFirstAdmin(v: { username: string; displayName: string; password: string }) {
    await expect(this.page.getByText('首次使用：创建管理员账户')).toBeVisible();
    await this.page.getByLabel('用户名').fill(v.username);
    await this.page.getByLabel('姓名').fill(v.displayName);
    await this.page.getByLabel('密码', { exact: true }).fill(v.password);
    await this.page.getByLabel('再次输入密码').fill(v.password);
    await this.page.getByRole('button', { name: '创建并登录' }).click();
  }

  async signIn(username: string, password: string) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    // antd spaces out two-character button labels (登 录)
    await this.page.getByRole('button', { name: /^登\s*录$/ }).click();
  }

  get lockScreen() {
    return this.page.getByTestId('lock-screen');
  }

  async unlock(password: string) {
    await this.lockScreen.getByLabel('密码').fill(password);
    // After a failed try, antd's loading icon can linger while its exit animation runs (the test's
    // installed clock slows it), and its label then leads the button's name: accept it.
    await this.lockScreen.getByRole('button', { name: /(^|\s)解\s*锁$/ }).click();
  }

  currentUser() {
    return this.page.getByTestId('current-user');
  }
}
