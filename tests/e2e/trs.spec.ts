import { test, expect } from './support/fixtures';
import { TrsPage } from './support/trsPage';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const HEADER = '报关单号,进出口,收发货人,是否查验,到达时间,申报时间,查验开始时间,查验结束时间,放行时间,提离时间';
// [no, direction, inspected, arrival, declared, inspection start, end, released, exit]
const DECLARATIONS: string[][] = [
  ['I250001', '进口', '是', '2025-06-02 08:00', '2025-06-02 09:00', '2025-06-02 10:00', '2025-06-02 12:00', '2025-06-02 15:00', '2025-06-02 16:30'],
  ['I250002', '进口', '否', '2025-06-02 22:00', '2025-06-02 23:30', '', '', '2025-06-03 08:00', '2025-06-03 09:00'],
  ['I250003', '进口', '否', '2025-06-06 17:00', '2025-06-06 16:00', '', '', '2025-06-09 10:00', '2025-06-09 11:00'],
  ['I250004', '进口', '是', '', '2025-06-10 09:00', '2025-06-10 09:30', '2025-06-10 13:00', '2025-06-10 14:00', ''],
  ['E250001', '出口', '否', '2025-06-03 09:00', '2025-06-03 09:10', '', '', '2025-06-03 10:10', '2025-06-03 11:00'],
  ['E250002', '出口', '否', '2025-06-03 13:00', '2025-06-03 13:30', '', '', '2025-06-03 14:00', '2025-06-03 14:20'],
  ['E250003', '出口', '是', '2025-06-04 08:00', '2025-06-04 08:30', '2025-06-04 09:00', '2025-06-04 11:00', '2025-06-04 12:00', '2025-06-04 12:30'],
];
const BAD = ['E250009', '出口', '否', '', '2025-06-05 10:00', '', '', '2025-06-05 09:00', ''];

const csv = (rows: string[][]) =>
  [HEADER, ...rows.map(([no, dir, insp, ...stamps]) => [no, dir, '某某贸易有限公司', insp, ...stamps].join(','))].join('\r\n') + '\r\n';

// The naive recomputation: whole = (提离, else 放行) − (到达, else 申报); percentiles at rank 1 + q(n − 1).
const minutes = (s: string) => (s === '' ? null : Date.parse(`${s.replace(' ', 'T')}:00Z`) / 60_000);
const whole = (d: string[]) => (minutes(d[8]!) ?? minutes(d[7]!))! - (minutes(d[3]!) ?? minutes(d[4]!))!;
function percentile(values: number[], q: number) {
  const s = [...values].sort((a, b) => a - b);
  const rank = 1 + q * (s.length - 1);
  const lo = s[Math.floor(rank) - 1]!;
  const hi = s[Math.ceil(rank) - 1]!;
  return lo + (rank - Math.floor(rank)) * (hi - lo);
}
const hours = (m: number) => (m / 60).toFixed(2);

test('a clerk imports a declarations file, reads where the hours go, and the dashboard says its clearance times come from it', async ({ app, host }) => {
  const measure = await host.api<{ id: number }>('createMeasure', { code: 'ZM-04', title: '两步申报', category: 'declaration', leadUnit: '聂拉木海关', portIds: [1], startDate: '2025-06-04', status: 'inForce' });
  expect(measure.ok).toBe(true);
  const trs = new TrsPage(app);
  await trs.open('from=2025-06-01&to=2025-06-30&port=1');
  await expect(app.getByText('所选时段内没有报关单记录')).toBeVisible();

  await trs.chooseFile('报关单明细.csv', csv([...DECLARATIONS, BAD]));
  const preview = app.getByTestId('trs-preview');
  await expect(preview).toContainText('共 8 行：新增 7 份，更新 0 份，未变 0 份，有问题 1 行（不导入）');
  await expect(preview).toContainText('收发货人（个人或企业名称不需要，不导入也不保存）');
  await expect(app.getByTestId('trs-invalid-rows')).toContainText('放行时间早于申报时间，请核对这一行的时间');
  await trs.apply();
  await expect(app.getByTestId('trs-total')).toHaveText('共 7 份报关单');

  const imports = DECLARATIONS.filter((d) => d[1] === '进口').map(whole);
  const exports = DECLARATIONS.filter((d) => d[1] === '出口').map(whole);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  expect(await trs.stageCells('整体通关')).toEqual([
    String(imports.length), hours(percentile(imports, 0.5)), hours(percentile(imports, 0.9)), hours(mean(imports)),
    String(exports.length), hours(percentile(exports, 0.5)), hours(percentile(exports, 0.9)), hours(mean(exports)),
  ]);
  // 查验 of the inspected imports only: 2 h and 3.5 h.
  await trs.inspectionGroup('查验');
  expect((await trs.stageCells('查验')).slice(0, 3)).toEqual(['2', hours(percentile([120, 210], 0.5)), hours(percentile([120, 210], 0.9))]);

  // The slowest first: the import declared on a Friday afternoon and released on Monday.
  const bySlowness = [...DECLARATIONS].sort((a, b) => whole(b) - whole(a)).map((d) => d[0]);
  expect(await trs.slowestNumbers()).toEqual(bySlowness);
  await expect(app.getByTestId('trs-stage-bars').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(app.getByTestId('trs-histogram').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(app.getByTestId('trs-trend').locator('.recharts-line').first()).toBeVisible();

  // The measure started 4 June: 申报→放行 of the imports declared before it and from it.
  await trs.chooseMeasure('ZM-04 两步申报（2025-06-04）');
  const customs = (d: string[]) => minutes(d[7]!)! - minutes(d[4]!)!;
  const before = DECLARATIONS.filter((d) => d[1] === '进口' && d[4]! < '2025-06-04').map(customs);
  const after = DECLARATIONS.filter((d) => d[1] === '进口' && d[4]! >= '2025-06-04').map(customs);
  const row = app.getByTestId('trs-measure-effect').locator('tbody tr.ant-table-row').filter({ hasText: '进口' });
  const change = ((percentile(after, 0.5) - percentile(before, 0.5)) / percentile(before, 0.5)) * 100;
  await expect(row.locator('td')).toHaveText(['进口', '2', hours(percentile(before, 0.5)), '2', hours(percentile(after, 0.5)), `+${change.toFixed(1)}%`]);

  // The dashboard: June's import clearance time is derived on the days with declarations.
  const days = ['2025-06-02', '2025-06-03', '2025-06-04'].map((date) => ({ date, values: { ...emptyDayValues(), importClearanceCentihours: 1000, exportClearanceCentihours: 200 } }));
  const saved = await host.api('saveDays', { portId: 1, days, source: 'paste', confirmWarnings: true });
  expect(saved.ok).toBe(true);
  await app.goto(app.url().replace(/#.*$/, '') + '#/dashboard?kind=month&from=2025-06-01&to=2025-06-30&ports=1');
  // 2 June has I250001 and I250002, no other import day has a record; exports: 3 and 4 June.
  // 2 June's figure is the mean whole of its two imports, 3 and 4 June keep the typed 10.00 h.
  const derivedJune2 = Math.round(((whole(DECLARATIONS[0]!) + whole(DECLARATIONS[1]!)) / 2 / 60) * 100);
  await expect(app.getByTestId('kpi-importClearanceCentihours').getByTestId('kpi-value')).toContainText(((derivedJune2 + 1000 + 1000) / 3 / 100).toFixed(2));
  await expect(app.getByTestId('clearance-sources')).toContainText('整体通关时间的来源：进口 1 天由 2 份报关单计算，进口 2 天为录入值；出口 2 天由 3 份报关单计算，出口 1 天为录入值');
});
