import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/openCore';
import type { BriefingPdfJob } from '../../electron/core/types';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { actingAs, tempCore, tempDir, TEST_CTX } from './helpers/tempCore';
import { everyDay, seedDays } from './helpers/seedDays';

const NOW = () => new Date('2025-07-10T04:00:00Z');
const JUNE = { kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;

function day(date: string, values: Partial<DayValues>) {
  return { date, values: { ...emptyDayValues(), ...values } };
}

async function seededCore() {
  const core = await tempCore({ now: NOW });
  await core.ok('saveDays', {
    portId: 1,
    source: 'grid',
    confirmWarnings: true,
    days: [
      day('2025-06-02', { portOpen: true, personsIn: 1400, personsOut: 1350 }),
      day('2025-06-03', { portOpen: false, closureReason: '道路塌方' }),
      // a Saturday
      day('2025-06-07', { portOpen: false, closureReason: '降雪封路' }),
      day('2025-06-09', { portOpen: false, closureReason: '道路塌方' }),
      day('2025-05-31', { portOpen: false, closureReason: '不在本月' }),
    ],
  });
  return core;
}

describe('getBriefing', () => {
  it('names the briefing by port and period and lists the closed days with why', async () => {
    const core = await seededCore();
    const b = await core.ok('getBriefing', { portId: 1, period: JUNE });
    expect(b.title).toBe('樟木口岸通关情况简报（2025年6月）');
    expect(b.fileName).toBe('樟木口岸通关简报_2025年6月.pdf');
    expect(b.period).toEqual({ ...JUNE, label: '2025年6月' });
    expect(b.producedOn).toBe('2025-07-10');
    expect(b.producedLabel).toBe('2025年7月10日');
    expect(b.closedDays).toEqual([
      { date: '2025-06-03', portName: '樟木口岸', dayType: 'workday', holidayName: null, reason: '道路塌方' },
      { date: '2025-06-07', portName: '樟木口岸', dayType: 'weekend', holidayName: null, reason: '降雪封路' },
      { date: '2025-06-09', portName: '樟木口岸', dayType: 'workday', holidayName: null, reason: '道路塌方' },
    ]);
    expect(b.summary).toContain('因道路塌方、降雪封路闭关 3 天');
    // 5+2 by the holiday calendar: eight weekend days and 端午节 on 1–2 June, open only on the 2nd
    expect(b.fivePlusTwo).toMatchObject({ restDays: 10, weekendDays: 8, holidayDays: 2, restDaysOpen: 1, coveragePct: 10 });
    expect(b.fivePlusTwo!.volumes.find((v) => v.key === 'persons')).toEqual({
      key: 'persons',
      label: '出入境人员',
      kind: 'persons',
      total: 2750,
      onRestDays: 2750,
      restDaySharePct: 100,
    });
    expect(b.summary).toContain('“5+2”无休通关方面，10 个休息日（周末及节假日）中口岸开放 1 天，覆盖率 10.0%。');
    expect(b.remarks).toEqual({ text: '', revision: 0, updatedAt: null, updatedBy: null });
  });

  it('covers all ports when portId is null', async () => {
    const core = await seededCore();
    await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    const b = await core.ok('getBriefing', { portId: null, period: JUNE });
    expect(b.title).toBe('全部口岸通关情况简报（2025年6月）');
    expect(b.ports.map((p) => p.name)).toEqual(['樟木口岸', '吉隆口岸']);
  });

  it('reports a running period up to today and says so', async () => {
    const core = await seededCore();
    const b = await core.ok('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-07-01', to: '2025-07-31' } });
    expect(b.notices).toContain('所选时段尚未结束，数据截至2025年7月10日。');
  });

  it('refuses a period that has not begun, an unknown port, and a period ending before it starts', async () => {
    const core = await seededCore();
    const future = await core.call('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-08-01', to: '2025-08-31' } }, TEST_CTX);
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('尚未开始') } });
    const unknown = await core.call('getBriefing', { portId: 99, period: JUNE }, TEST_CTX);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const reversed = await core.call('getBriefing', { portId: 1, period: { kind: 'range', from: '2025-06-30', to: '2025-06-01' } }, TEST_CTX);
    expect(reversed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('开始日期不能晚于结束日期') } });
  });
});

describe('the KPI table and the trend charts', () => {
  async function withBases() {
    const core = await seededCore();
    const open = (date: string, personsIn: number, tradeYuan: number) => day(date, { portOpen: true, personsIn, personsOut: 0, exportValueYuan: tradeYuan });
    await core.ok('saveDays', {
      portId: 1,
      source: 'grid',
      confirmWarnings: true,
      days: [open('2025-05-10', 2000, 100_000_000), open('2024-06-10', 2500, 200_000_000), open('2025-06-10', 0, 300_000_000)],
    });
    // every other day of both bases entered (open, nobody crossing), so neither is incomplete and
    // persons and export value were handled all along (nothing crossed)
    const opened = (from: string, to: string, except: string[]) =>
      everyDay(from, to, { portOpen: true, personsIn: 0, personsOut: 0, exportValueYuan: 0 }).filter(([d]) => !except.includes(d));
    await seedDays(core, 1, [...opened('2025-05-01', '2025-05-30', ['2025-05-10']), ...opened('2024-06-01', '2024-06-30', ['2024-06-10'])]);
    return core;
  }

  it('are the dashboard’s figures of the same ports and period', async () => {
    const core = await withBases();
    const b = await core.ok('getBriefing', { portId: 1, period: JUNE });
    const report = await core.ok('getDashboardKpis', { portIds: [1], period: JUNE });
    expect(b.kpis!.columns).toEqual({ current: '2025年6月', previous: '2025年5月', lastYear: '2024年6月' });
    for (const row of b.kpis!.rows) {
      const f = report.figures.find((x) => x.key === row.key)!;
      expect(row, row.key).toMatchObject({ current: f.current, previous: f.previous, lastYear: f.lastYear, yoyPct: f.yoyPct, momPct: f.momPct });
    }
    const persons = b.kpis!.rows.find((r) => r.key === 'persons')!;
    expect(persons).toMatchObject({ label: '出入境人员', current: 2750, previous: 2000, lastYear: 2500, part: false });
    expect(persons.yoyPct).toBeCloseTo(10);
    expect(b.kpis!.rows.find((r) => r.key === 'exportValueYuan')).toMatchObject({ part: true, current: 300_000_000 });
    // nobody entered border trade or declarations anywhere: no rows of dashes; the headline rows stay
    expect(b.kpis!.rows.map((r) => r.key)).toEqual(['tradeValueYuan', 'exportValueYuan', 'freightKg', 'persons', 'personsIn', 'personsOut', 'vehicles', 'openDays']);
    expect(b.kpis).toMatchObject({ portDays: 30, recordedDays: 5, missingDays: 25, openDays: 2, closedDays: 3 });

    expect(b.summary).toMatch(/^本月樟木口岸进出口货值 3.00 亿元，同比增长50.0%，环比增长200.0%；出入境人员 2,750 人次，同比增长10.0%，环比增长37.5%。/);
    expect(b.summary).toContain('本月口岸开放 2 天，因道路塌方、降雪封路闭关 3 天。');
    expect(b.notices).toContain('本期有 25 天（口岸·日）数据尚未录入，相关数字以补录后为准。');

    expect(b.trends!.granularity).toBe('day');
    expect(b.trends!.series.map((s) => s.key)).toEqual(['tradeValueYuan', 'freightKg', 'persons', 'vehicles']);
    const trade = b.trends!.series[0]!;
    expect(trade.points).toHaveLength(30);
    expect(trade.points.find((p) => p.key === '2025-06-10')).toMatchObject({ total: 300_000_000, lastYearTotal: 200_000_000 });
  });

  it('are left out where nothing was recorded', async () => {
    const core = await tempCore({ now: NOW });
    const b = await core.ok('getBriefing', { portId: 1, period: JUNE });
    expect(b.trends).toBeNull();
    expect(b.kpis).toBeNull();
    expect(b.fivePlusTwo).toBeNull();
    expect(b.summary).toBe('本月樟木口岸暂无可汇总的通关数据。');
  });
});

describe('the measures section', () => {
  const JULY = { kind: 'month', from: '2025-07-01', to: '2025-07-31' } as const;

  it('is left out while the register holds no measure for the port', async () => {
    const core = await seededCore();
    expect((await core.ok('getBriefing', { portId: 1, period: JULY })).measures).toBeNull();
  });

  it('lists the measures as they stood at the end of the period, with the latest progress and where targets stand', async () => {
    const core = await seededCore();
    await core.ok('saveDays', {
      portId: 1,
      source: 'grid',
      confirmWarnings: true,
      days: [day('2025-07-02', { portOpen: true, importClearanceCentihours: 900 }), day('2025-07-03', { portOpen: true, importClearanceCentihours: 1100 })],
    });
    const base = { category: 'declaration' as const, description: '', leadUnit: '聂拉木海关', partnerUnits: [], portIds: [1] };
    const m = await core.ok('createMeasure', {
      ...base,
      code: 'T-02',
      title: '提前申报',
      status: 'inForce',
      startDate: '2025-07-01',
      metrics: ['importClearanceHours'],
      targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
    });
    await core.ok('addMeasureProgress', { id: m.id, date: '2025-07-05', note: '已在全关区推广' });
    await core.ok('createMeasure', { ...base, code: 'T-01', title: '两步申报' });

    const b = await core.ok('getBriefing', { portId: 1, period: JULY });
    expect(b.measures).toEqual({
      counts: { total: 2, inForce: 1, inProgress: 0, planned: 1, other: 0 },
      rows: [
        { code: 'T-01', title: '两步申报', statusLabel: '计划中', leadUnit: '聂拉木海关', startDate: null, lastProgress: { date: '2025-07-10', note: '登记为“计划中”' }, standing: [] },
        {
          code: 'T-02',
          title: '提前申报',
          statusLabel: '已实施',
          leadUnit: '聂拉木海关',
          startDate: '2025-07-01',
          lastProgress: { date: '2025-07-05', note: '已在全关区推广' },
          standing: ['进口整体通关时间 ≤ 10 小时：统计期日均 10 小时，已达成'],
        },
      ],
    });
  });
});

describe('briefing remarks', () => {
  it('are kept per port and period, and come back with the briefing', async () => {
    const core = await seededCore();
    const saved = await core.ok('saveBriefingRemarks', { portId: 1, period: JUNE, text: '请各联检单位\n做好汛期保通。', expectedRevision: 0 }, actingAs('王科长'));
    expect(saved).toMatchObject({ text: '请各联检单位\n做好汛期保通。', revision: 1, updatedBy: '王科长' });
    expect((await core.ok('getBriefing', { portId: 1, period: JUNE })).remarks.text).toBe('请各联检单位\n做好汛期保通。');
    // another period, and all ports, have their own remarks
    expect((await core.ok('getBriefing', { portId: null, period: JUNE })).remarks.revision).toBe(0);
    expect((await core.ok('getBriefing', { portId: 1, period: { kind: 'range', from: '2025-06-01', to: '2025-06-30' } })).remarks.revision).toBe(0);
    await core.ok('saveBriefingRemarks', { portId: null, period: JUNE, text: '全口岸备注', expectedRevision: 0 });
    expect((await core.ok('getBriefing', { portId: null, period: JUNE })).remarks.text).toBe('全口岸备注');
    expect((await core.ok('getBriefing', { portId: 1, period: JUNE })).remarks.text).toBe('请各联检单位\n做好汛期保通。');
  });

  it('refuse to overwrite what someone else saved meanwhile, and do not count an unchanged text', async () => {
    const core = await seededCore();
    await core.ok('saveBriefingRemarks', { portId: 1, period: JUNE, text: '甲', expectedRevision: 0 }, actingAs('甲'));
    const stale = await core.call('saveBriefingRemarks', { portId: 1, period: JUNE, text: '乙', expectedRevision: 0 }, TEST_CTX);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('甲') } });
    const same = await core.ok('saveBriefingRemarks', { portId: 1, period: JUNE, text: '甲', expectedRevision: 1 });
    expect(same.revision).toBe(1);
    expect(core.store.sqlite.prepare('SELECT text, revision FROM briefing_remarks').all()).toEqual([{ text: '甲', revision: 1 }]);
  });

  it('refuse a text over the limit with a Chinese message, writing nothing', async () => {
    const core = await seededCore();
    const r = await core.call('saveBriefingRemarks', { portId: 1, period: JUNE, text: '字'.repeat(3001), expectedRevision: 0 }, TEST_CTX);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('备注不超过 3000 个字') } });
    expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM briefing_remarks').get()).toEqual({ n: 0 });
  });
});

describe('exportBriefingPdf', () => {
  it('tells the browser host to print instead', async () => {
    const core = await seededCore();
    const r = await core.call('exportBriefingPdf', { portId: 1, period: JUNE }, TEST_CTX);
    expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('另存为 PDF') } });
  });

  it("hands the host's exporter the briefing to print and its names", async () => {
    const jobs: BriefingPdfJob[] = [];
    const core = await openCore({
      dataDir: tempDir(),
      now: NOW,
      validateOutput: true,
      host: { exportBriefingPdf: async (job) => (jobs.push(job), { status: 'saved', fileName: job.briefing.fileName, bytes: 1234 }) },
    });
    try {
      const r = await core.call('exportBriefingPdf', { portId: 1, period: JUNE }, TEST_CTX);
      expect(r).toEqual({ ok: true, value: { status: 'saved', fileName: '樟木口岸通关简报_2025年6月.pdf', bytes: 1234 } });
      // the briefing as getBriefing gives it, assembled for the caller: the print view asks nothing more
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.briefing).toEqual(await core.call('getBriefing', { portId: 1, period: JUNE }, TEST_CTX).then((b) => (b.ok ? b.value : null)));
      expect(jobs[0]!.briefing).toMatchObject({ title: '樟木口岸通关情况简报（2025年6月）', producedLabel: '2025年7月10日' });
    } finally {
      await core.close();
    }
  });
});
