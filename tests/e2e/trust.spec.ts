import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect, ADMIN } from './support/fixtures';
import { DayEntryPage } from './support/dayEntryPage';
import { MonthGridPage } from './support/monthGridPage';
import { SignInPage } from './support/signInPage';
import { AdminPage } from './support/adminPage';
import { startHost } from './support/webHost';
import { DB_FILE_NAME } from '../../electron/core/store/dataDir';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const aDay = (date: string, personsIn: number) => ({ portId: 1, date, values: { ...emptyDayValues(), personsIn }, expectedRevision: null, confirmWarnings: true });

test.describe('first run', () => {
  test.use({ firstAdmin: false });

  test('the first run creates the administrator, who is then signed in', async ({ app, db }) => {
    const screen = new SignInPage(app);
    // a password anyone would guess is refused at its field, in Chinese, and nothing is created
    await screen.createFirstAdmin({ username: 'zhang', displayName: '张主任', password: '12345678' });
    await expect(app.getByText('密码太弱：这是最常用的密码之一')).toBeVisible();
    expect(db.query('SELECT count(*) AS n FROM users')).toEqual([{ n: 0 }]);
    await app.reload();
    await screen.createFirstAdmin({ username: 'zhang', displayName: '张主任', password: 'zhang-admin-pw' });
    await expect(screen.currentUser()).toContainText('张主任');
    await expect(screen.currentUser()).toContainText('管理员');
    expect(db.query('SELECT username, display_name, role FROM users')).toEqual([{ username: 'zhang', display_name: '张主任', role: 'admin' }]);
    expect(db.query(`SELECT password FROM users`)[0]!.password).toMatch(/^scrypt\$/);
  });
});

test('a wrong password is refused at the sign-in screen; the right one signs in', async ({ page, host, accounts }) => {
  const clerk = await accounts.create('clerk', 'wangli');
  await page.goto(host.url);
  const screen = new SignInPage(page);
  await screen.signIn('wangli', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await screen.signIn('wangli', clerk.password);
  await expect(screen.currentUser()).toContainText(clerk.displayName);
  await expect(screen.currentUser()).toContainText('录入员');
  await expect(page.getByRole('menuitem', { name: '系统管理' })).toHaveCount(0);
});

test('a viewer sees no entry controls, and a write sent by hand through the API is refused', async ({ viewer, db }) => {
  const form = new DayEntryPage(viewer);
  await form.open('2025-06-03');
  await expect(viewer.getByTestId('view-only')).toContainText('只能查看');
  await expect(viewer.getByRole('button', { name: /保存/ })).toHaveCount(0);
  await expect(form.field('入境人员')).toBeDisabled();
  await expect(viewer.getByRole('button', { name: '添加口岸' })).toHaveCount(0);
  await expect(viewer.getByRole('menuitem', { name: '系统管理' })).toHaveCount(0);
  await expect(viewer.getByTestId('current-user')).toContainText('查看者');

  const grid = new MonthGridPage(viewer);
  await grid.open('2025-06');
  await expect(viewer.getByRole('button', { name: /保存/ })).toHaveCount(0);
  await expect(grid.cell('2025-06-03', '入境人员')).toHaveAttribute('readonly', '');

  // By hand, from the viewer's own page: the session cookie goes with the request.
  const sent = await viewer.evaluate(async (input) => {
    const post = async (method: string) => {
      const res = await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
    };
    return { save: await post('saveDay'), own: await post('getDay') };
  }, aDay('2025-06-03', 1234));
  expect(sent.save.status).toBe(403);
  expect(sent.save.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色是查看者，只能查看数据，不能修改' } });
  expect(sent.own).toMatchObject({ status: 200, body: { ok: true } }); // reading is what a viewer may do

  expect(db.query('SELECT count(*) AS n FROM daily_records')).toEqual([{ n: 0 }]);
  expect(db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'saveDay'`)).toEqual([{ n: 0 }]);
});

test('the audit log shows each save with before and after, and where the log was altered', async ({ app, host, db }) => {
  const form = new DayEntryPage(app);
  await form.open('2025-06-03');
  await form.fill({ 入境人员: '1000' });
  await form.save();
  await expect(app.getByText('2025-06-03 的数据已保存')).toBeVisible();
  await form.fill({ 入境人员: '1100' });
  await form.save();
  await expect(app.getByTestId('record-status')).toContainText('第 2 版');
  const ids = db.query<{ id: number }>(`SELECT id FROM audit_log WHERE action = 'saveDay' ORDER BY id`).map((r) => r.id);
  expect(ids).toHaveLength(2);

  const admin = new AdminPage(app);
  await admin.open('审计日志');
  await expect(admin.auditChain()).toContainText('审计日志完好');
  await admin.filterByAction('保存一天的数据');
  await expect(admin.auditRows()).toHaveCount(2);
  await expect(admin.auditRows().first()).toContainText('测试员');
  const detail = await admin.expandAuditEntry(ids[1]!);
  // a table of field labels, before → after, times in Beijing time (UTC + 8 h, worked out here)
  const dayRow = detail.locator('tr.ant-table-row').filter({ has: app.locator('td', { hasText: /^每日数据$/ }) });
  const field = (label: string) => dayRow.getByTestId('audit-fields').locator('tbody tr').filter({ has: app.locator('th', { hasText: new RegExp(`^${label}$`) }) });
  await expect(field('入境人员（人次）').locator('td')).toHaveText(['1000', '→ 1100']);
  await expect(field('版本').locator('td')).toHaveText(['1', '→ 2']);
  const [{ updated_at }] = db.query<{ updated_at: string }>(`SELECT updated_at FROM daily_records WHERE date = '2025-06-03'`) as [{ updated_at: string }];
  const beijing = new Date(Date.parse(updated_at) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
  await expect(field('修改时间').locator('td').nth(1)).toHaveText(`→ ${beijing}`);
  await expect(detail).not.toContainText('persons_in');

  await admin.search('no-such-text-anywhere');
  await expect(app.getByText('没有符合条件的记录')).toBeVisible();

  // Someone edits the log behind the program's back.
  const raw = new Database(path.join(host.dataDir, DB_FILE_NAME));
  raw.prepare(`UPDATE audit_log SET user_name = '别人' WHERE id = ?`).run(ids[0]);
  raw.close();
  await app.getByRole('button', { name: '重新校验' }).click();
  await expect(admin.auditChain()).toContainText('审计日志被改动过');
  await expect(admin.auditChain()).toContainText(`第 ${ids[0]} 条`);

  // The export takes the filter shown: the two saves.
  await admin.search('');
  await expect(admin.auditRows()).toHaveCount(2);
  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出 CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF序号,')).toBe(true);
  expect(csv).toContain('保存一天的数据');
  expect(csv.trim().split('\r\n')).toHaveLength(3);
});

test('the screen locks after inactivity and unlocks with the password, keeping what was typed', async ({ app, host }) => {
  expect((await host.api('updateTrustSettings', { lockMinutes: 1 })).ok).toBe(true);
  await app.clock.install();
  await app.reload();
  const form = new DayEntryPage(app);
  await form.open('2025-06-04');
  await form.fill({ 入境人员: '777' });
  await app.clock.fastForward('01:30');
  const screen = new SignInPage(app);
  await expect(screen.lockScreen).toBeVisible();
  await expect(screen.lockScreen).toContainText('因 1 分钟无操作已锁定');
  // the page underneath no longer takes input
  expect((await app.evaluate(() => fetch('./api/listPorts', { method: 'POST' }).then((r) => r.status)))).toBe(401);

  await screen.unlock('wrong-password');
  await expect(screen.lockScreen.getByRole('alert')).toContainText('用户名或密码不正确');
  await screen.unlock(ADMIN.password);
  await expect(screen.lockScreen).toHaveCount(0);
  await expect(form.field('入境人员')).toHaveValue('777');
  await form.save();
  await expect(app.getByText('2025-06-04 的数据已保存')).toBeVisible();
});

test('the administrator backs up, and restores the backup after confirming (the current state is backed up first)', async ({ app, host, db }) => {
  expect((await host.api('saveDay', aDay('2025-06-05', 500))).ok).toBe(true);
  const admin = new AdminPage(app);
  await admin.open('备份与恢复');
  await app.getByRole('button', { name: '立即备份' }).click();
  await expect(app.getByText(/^已备份：/)).toBeVisible();
  await expect(admin.backupRows().filter({ hasText: '手动备份' })).toHaveCount(1);

  expect((await host.api('saveDay', { ...aDay('2025-06-05', 900), expectedRevision: 1 })).ok).toBe(true);
  expect(db.query('SELECT persons_in FROM daily_records')).toEqual([{ persons_in: 900 }]);

  await admin.backupRows().filter({ hasText: '手动备份' }).getByRole('button', { name: /^恢\s*复$/ }).click();
  await expect(app.locator('.ant-modal-confirm')).toContainText('恢复前会先把当前数据备份一份');
  await admin.confirm('确认恢复');
  await expect(app.locator('.ant-modal-confirm-success')).toContainText('已恢复');
  await admin.confirm('重新登录');
  const screen = new SignInPage(app);
  await screen.signIn(ADMIN.username, ADMIN.password);
  await expect(screen.currentUser()).toContainText('测试员');

  expect(db.query('SELECT persons_in FROM daily_records')).toEqual([{ persons_in: 500 }]);
  expect(db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'restoreBackup'`)).toEqual([{ n: 1 }]);
  const backups = fs.readdirSync(path.join(host.dataDir, 'backups'));
  expect(backups.filter((f) => f.endsWith('-before-restore.sqlite'))).toHaveLength(1);
});

test('a damaged store: the app says so and offers the newest good backup instead of starting empty', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearance-e2e-damaged-'));
  try {
    const first = await startHost(dataDir);
    const call = async (method: string, input: unknown, cookie?: string) => {
      const res = await fetch(`${first.url}/api/${method}`, { method: 'POST', headers: cookie ? { cookie } : {}, body: JSON.stringify(input) });
      return { body: (await res.json()) as { ok: boolean }, cookie: res.headers.get('set-cookie')?.split(';')[0] };
    };
    const created = await call('createFirstAdmin', ADMIN);
    expect((await call('saveDay', aDay('2025-06-06', 321), created.cookie)).body.ok).toBe(true);
    await first.stop(); // the backup on quit holds the day

    const dbFile = path.join(dataDir, DB_FILE_NAME);
    const fd = fs.openSync(dbFile, 'r+');
    const garbage = Buffer.from('this is no longer a database!!!!');
    fs.writeSync(fd, garbage, 0, garbage.length, 0);
    fs.closeSync(fd);

    const second = await startHost(dataDir);
    try {
      await page.goto(second.url);
      await expect(page.getByTestId('recovery-problem')).toContainText('数据文件已损坏');
      // Over HTTP the backups stay hidden until the one-time token from the host's console is given.
      await expect(page.getByRole('button', { name: /用最近一份完好的备份恢复/ })).toHaveCount(0);
      const token = /恢复口令（只能使用一次）：([0-9a-f]{32})/.exec(second.output())![1]!;
      await page.getByLabel('恢复口令').fill('0'.repeat(32));
      await page.getByRole('button', { name: '验证口令' }).click();
      await expect(page.getByText('恢复口令不正确')).toBeVisible();
      await page.getByLabel('恢复口令').fill(token);
      await page.getByRole('button', { name: '验证口令' }).click();
      await page.getByRole('button', { name: /用最近一份完好的备份恢复（.*退出时自动备份）/ }).click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认恢复' }).click();
      const screen = new SignInPage(page);
      await screen.signIn(ADMIN.username, ADMIN.password);
      const form = new DayEntryPage(page);
      await form.open('2025-06-06');
      await expect(form.field('入境人员')).toHaveValue('321');
      expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${DB_FILE_NAME}.damaged-`))).toBe(true);
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
