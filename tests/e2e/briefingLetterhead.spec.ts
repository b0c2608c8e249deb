import { test, expect } from './support/fixtures';
import { AdminPage } from './support/adminPage';
import { BriefingPage } from './support/briefingPage';
import { seedJuneAndBases, seedMeasure } from './support/briefingSeed';
import { formatDateLabel } from '../../shared/domain/format';
import { todayInShanghai } from '../../shared/domain/dates';

const JUNE = { port: 1, preset: 'month', kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;
const MAY = { port: 1, preset: 'month', kind: 'month', from: '2025-05-01', to: '2025-05-31' } as const;

/** Replaces the browser's print dialog with a counter, so the test sees when the page printed. */
async function countPrints(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
}

test('the administrator sets the letterhead; printing issues 第 N 期 with it, and printing again keeps the number', async ({ app, host, db }) => {
  await seedJuneAndBases(host.url);
  const admin = new AdminPage(app);
  await admin.open('简报设置');
  await app.getByLabel('简报名称').fill('樟木口岸工作简报');
  await app.getByLabel('报送').fill('县委办、县政府办');
  await app.getByLabel('抄送').fill('樟木海关');
  await app.getByLabel('下一期期号').fill('5');
  await app.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(app.getByText('简报设置已保存')).toBeVisible();
  expect(db.query('SELECT publication, report_to, copy_to, next_number, updated_by FROM briefing_letterhead')).toEqual([
    { publication: '樟木口岸工作简报', report_to: '县委办、县政府办', copy_to: '樟木海关', next_number: 5, updated_by: '测试员' },
  ]);

  const briefing = new BriefingPage(app);
  await briefing.open(JUNE);
  const head = app.getByTestId('briefing-masthead');
  await expect(head).toContainText('樟木口岸工作简报');
  await expect(app.getByTestId('briefing-issue-number')).toHaveText('第 5 期（未编发）');
  await expect(app.getByTestId('briefing-issuing-body')).toHaveText('聂拉木县口岸管理委员会办公室');
  await expect(app.getByTestId('briefing-issued-on')).toHaveText(formatDateLabel(todayInShanghai()));
  await expect(app.getByTestId('briefing-reportTo')).toHaveText('报送：县委办、县政府办');
  await expect(app.getByTestId('briefing-copyTo')).toHaveText('抄送：樟木海关');
  // the publication's name in the 简报's red, the rule under the head in red
  expect(await app.locator('.bf-publication').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(230, 0, 18)');
  expect(await app.locator('.bf-red-rule').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(230, 0, 18)');

  await countPrints(app);
  await briefing.print();
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(app.getByTestId('briefing-issue-number')).toHaveText('第 5 期');
  await briefing.print();
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  await expect(app.getByTestId('briefing-issue-number')).toHaveText('第 5 期');

  // another period takes the next number
  await briefing.open(MAY);
  await countPrints(app);
  await briefing.print();
  await expect(app.getByTestId('briefing-issue-number')).toHaveText('第 6 期');
  expect(db.query('SELECT period_from, issue_number, issued_by FROM briefing_issues ORDER BY issue_number')).toEqual([
    { period_from: '2025-06-01', issue_number: 5, issued_by: '测试员' },
    { period_from: '2025-05-01', issue_number: 6, issued_by: '测试员' },
  ]);

  // a number already used is refused at the field, nothing saved
  await admin.open('简报设置');
  await expect(app.getByText('本年已编发至第 6 期。')).toBeVisible();
  await app.getByLabel('下一期期号').fill('6');
  await app.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(app.getByText(/已编发至第 6 期，下一期期号应不小于 7/)).toBeVisible();
  expect(db.query('SELECT next_number FROM briefing_letterhead')).toEqual([{ next_number: 7 }]);
});

test('a viewer prints a briefing nobody issued as not issued, and cannot issue it', async ({ host, viewer, db }) => {
  await seedJuneAndBases(host.url);
  const briefing = new BriefingPage(viewer);
  await briefing.open(JUNE);
  await countPrints(viewer);
  await briefing.print();
  await expect.poll(() => viewer.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(viewer.getByTestId('briefing-issue-number')).toHaveText('第 1 期（未编发）');
  expect(db.query('SELECT count(*) AS n FROM briefing_issues')).toEqual([{ n: 0 }]);
});

test('the measures table never breaks a code or a status across lines', async ({ app, host }) => {
  await seedJuneAndBases(host.url);
  await seedMeasure(host.url);
  const briefing = new BriefingPage(app);
  await briefing.open(JUNE);
  const cells = app.locator('.bf-measures tbody td.bf-nowrap');
  await expect(cells).toHaveCount(2);
  // one line box each: the text is not wrapped, however narrow the column
  const lineCounts = await cells.evaluateAll((tds) =>
    tds.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
  expect(lineCounts).toEqual([1, 1]);
  await expect(cells.nth(0)).toHaveText('CS-01');
  await expect(cells.nth(1)).toHaveText('已实施');
});
