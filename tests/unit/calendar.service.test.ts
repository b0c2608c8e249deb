import { describe, expect, it } from 'vitest';
import { actingAs, tempCore, TEST_CTX, type TestCore } from './helpers/tempCore';
import { emptyDayValues, type DayValues } from '../../shared/domain/dailyFields';
import { coveredYears } from '../../shared/domain/calendar/nationalCalendar';
import { TIBET_REGIONAL_DEFAULTS } from '../../shared/domain/calendar/regionalDays';
import { formatPercent, formatTonnes, EMPTY_MARK } from '../../shared/domain/format';
import { everyDay } from './helpers/seedDays';
import { restDayRule } from '../fixtures/dutyRule';

const ZHANGMU = 1;
const beyond = Math.max(...coveredYears()) + 1;

async function dayType(core: TestCore, date: string, portId: number | null = ZHANGMU) {
  const r = await core.ok('getDayTypes', { portId, from: date, to: date });
  return r.days[0];
}

async function seedDays(core: TestCore, days: [string, Partial<DayValues>][]) {
  await core.ok('saveDays', {
    portId: ZHANGMU,
    days: days.map(([date, v]) => ({ date, values: { ...emptyDayValues(), ...v } })),
    source: 'grid',
    confirmWarnings: true,
  });
}

describe('day types through the contract', () => {
  it('knows the national calendar, the shipped regional days and plain weekdays', async () => {
    const core = await tempCore();
    expect(await dayType(core, '2025-01-26')).toEqual({ date: '2025-01-26', type: 'makeupWorkday', name: '春节' });
    expect(await dayType(core, '2025-10-01')).toEqual({ date: '2025-10-01', type: 'holiday', name: '国庆节' });
    // 2026-02-14 is a Saturday worked for the 2026 春节 holiday (State Council and Lhasa notices alike).
    expect(await dayType(core, '2026-02-14')).toEqual({ date: '2026-02-14', type: 'makeupWorkday', name: '春节' });
    expect(await dayType(core, '2026-02-25')).toEqual({ date: '2026-02-25', type: 'regionalHoliday', name: '藏历新年' });
    expect(await dayType(core, '2025-06-07')).toEqual({ date: '2025-06-07', type: 'weekend', name: null });
    expect(await dayType(core, '2025-06-03')).toEqual({ date: '2025-06-03', type: 'workday', name: null });
    expect(await dayType(core, '2025-02-27')).toEqual({ date: '2025-02-27', type: 'regionalHoliday', name: '藏历新年' });
  });

  it('counts a range by type and leaves no notice when every year is covered', async () => {
    const core = await tempCore();
    const r = await core.ok('getDayTypes', { portId: ZHANGMU, from: '2025-10-01', to: '2025-10-12' });
    expect(r.days).toHaveLength(12);
    // 10-01 … 10-08 国庆节/中秋节, 10-09 and 10-10 workdays, 10-11 (Sat) worked, 10-12 Sunday.
    expect(r.counts).toMatchObject({ holiday: 8, workday: 2, makeupWorkday: 1, weekend: 1, unknown: 0 });
    expect(r.uncoveredYears).toEqual([]);
    expect(r.notice).toBeNull();
  });

  it('reports a year no calendar covers as uncovered, its days unknown rather than workdays', async () => {
    const core = await tempCore();
    const r = await core.ok('getDayTypes', { portId: ZHANGMU, from: `${beyond - 1}-12-30`, to: `${beyond}-01-10` });
    expect(r.uncoveredYears).toEqual([beyond]);
    expect(r.notice).toContain(`未收录 ${beyond} 年节假日安排`);
    const inBeyond = r.days.filter((d) => d.date.startsWith(`${beyond}-`));
    expect(inBeyond).toHaveLength(10);
    expect(inBeyond.every((d) => d.type === 'unknown')).toBe(true);
    expect(r.counts.unknown).toBe(10);
    expect(r.days[0]?.type).not.toBe('unknown');
  });

  it('feeds every view: the month of the days domain gets holidays and unknown days too', async () => {
    const core = await tempCore();
    const oct = await core.ok('getMonth', { portId: ZHANGMU, month: '2025-10' });
    expect(oct.days[0]?.dayType).toEqual({ date: '2025-10-01', type: 'holiday', name: '国庆节' });
    const feb = await core.ok('getMonth', { portId: ZHANGMU, month: '2025-02' });
    expect(feb.days.find((d) => d.date === '2025-02-28')?.dayType.type).toBe('regionalHoliday');
  });

  it('refuses a reversed or over-long range with a Chinese message', async () => {
    const core = await tempCore();
    const reversed = await core.call('getDayTypes', { portId: ZHANGMU, from: '2025-02-01', to: '2025-01-01' }, TEST_CTX);
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(reversed.error.fieldErrors?.to).toBe('开始日期不能晚于结束日期');
    const tooLong = await core.call('getDayTypes', { portId: ZHANGMU, from: '2000-01-01', to: '2025-01-01' }, TEST_CTX);
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.message).toContain('一次最多查询 20 年');
  });
});

describe('regional and local days', () => {
  it('ships the Tibet defaults in the table, with their sources', async () => {
    const core = await tempCore();
    const all = await core.ok('listRegionalDays', {});
    expect(all).toHaveLength(TIBET_REGIONAL_DEFAULTS.length);
    expect(all.every((e) => e.shipped && e.portId === null && e.source.length > 10)).toBe(true);
    const y2025 = await core.ok('listRegionalDays', { year: 2025 });
    expect(y2025.map((e) => e.date)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']);
    expect(y2025[2]?.national).toEqual({ type: 'weekend', name: null });
  });

  it('lets a local entry win over the national calendar, for that port only', async () => {
    const core = await tempCore();
    const other = await core.ok('createPort', { name: '吉隆口岸', code: 'GYIRONG' });
    expect((await dayType(core, '2025-10-01'))?.type).toBe('holiday');

    const [entry] = await core.ok('addRegionalDays', {
      portId: ZHANGMU,
      from: '2025-10-01',
      to: '2025-10-01',
      type: 'workday',
      name: '口岸照常通关',
      source: '县口岸办通知',
    }, actingAs('管理员'));
    expect(entry).toMatchObject({ portId: ZHANGMU, portName: '樟木口岸', shipped: false, national: { type: 'holiday', name: '国庆节' }, updatedBy: '管理员' });
    expect(await dayType(core, '2025-10-01')).toEqual({ date: '2025-10-01', type: 'workday', name: '口岸照常通关' });
    expect((await dayType(core, '2025-10-01', other.id))?.type).toBe('holiday');
    expect((await dayType(core, '2025-10-01', null))?.type).toBe('holiday');

    // A port's entry also wins over an entry for all ports on the same date.
    await core.ok('addRegionalDays', { portId: null, from: '2025-06-03', to: '2025-06-04', type: 'regionalHoliday', name: '县庆', source: '' });
    await core.ok('addRegionalDays', { portId: ZHANGMU, from: '2025-06-04', to: '2025-06-04', type: 'workday', name: '', source: '' });
    expect((await dayType(core, '2025-06-03'))?.name).toBe('县庆');
    expect(await dayType(core, '2025-06-04')).toEqual({ date: '2025-06-04', type: 'workday', name: null });
    expect((await dayType(core, '2025-06-04', other.id))?.name).toBe('县庆');

    // Editing and deleting reach the views at once (the day-type cache follows the table).
    await core.ok('updateRegionalDay', { id: entry!.id, portId: ZHANGMU, date: '2025-10-02', type: 'workday', name: '照常通关', source: '' });
    expect((await dayType(core, '2025-10-01'))?.type).toBe('holiday');
    expect((await dayType(core, '2025-10-02'))?.name).toBe('照常通关');
    expect(await core.ok('deleteRegionalDay', { id: entry!.id })).toEqual({ deleted: true });
    expect((await dayType(core, '2025-10-02'))?.type).toBe('holiday');
    expect(await core.ok('deleteRegionalDay', { id: entry!.id })).toEqual({ deleted: false });
  });

  it('adds next year’s notice as a span, all or nothing, and refuses a date already entered', async () => {
    const core = await tempCore();
    const added = await core.ok('addRegionalDays', {
      portId: null,
      from: `${beyond}-02-06`,
      to: `${beyond}-02-12`,
      type: 'regionalHoliday',
      name: '藏历新年',
      source: '自治区通知',
    });
    expect(added).toHaveLength(7);
    expect(added[0]?.national).toBeNull();
    // Still an uncovered year: a few regional days do not make its weekdays known.
    const r = await core.ok('getDayTypes', { portId: ZHANGMU, from: `${beyond}-02-05`, to: `${beyond}-02-06` });
    expect(r.days.map((d) => d.type)).toEqual(['unknown', 'regionalHoliday']);
    expect(r.notice).toContain(`${beyond}`);

    const clash = await core.call(
      'addRegionalDays',
      { portId: null, from: `${beyond}-02-11`, to: `${beyond}-02-14`, type: 'regionalHoliday', name: '藏历新年', source: '' },
      TEST_CTX,
    );
    expect(clash.ok).toBe(false);
    if (!clash.ok) {
      expect(clash.error.code).toBe('CONFLICT');
      expect(clash.error.message).toBe(`全部口岸在 ${beyond}-02-11、${beyond}-02-12 已有记录，请修改原记录或先删除`);
    }
    expect(await core.ok('listRegionalDays', { year: beyond })).toHaveLength(7);
  });

  it('refuses bad entries with the message at the field', async () => {
    const core = await tempCore();
    const base = { portId: ZHANGMU, from: '2025-06-03', to: '2025-06-03', type: 'regionalHoliday' as const, name: '县庆', source: '' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ' }, 'name', '节假日请填写名称，如“藏历新年”'],
      [{ to: '2025-06-01' }, 'to', '结束日期不能早于开始日期'],
      [{ to: '2025-09-30' }, 'to', '一次最多添加 62 天'],
      [{ from: '2025-02-30' }, 'from', '日期格式应为 YYYY-MM-DD，且须为真实存在的日期'],
    ];
    for (const [patch, field, message] of cases) {
      const r = await core.call('addRegionalDays', { ...base, ...patch }, TEST_CTX);
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.error.fieldErrors?.[field]).toBe(message);
    }
    const noPort = await core.call('addRegionalDays', { ...base, portId: 99 }, TEST_CTX);
    expect(!noPort.ok && noPort.error.code).toBe('NOT_FOUND');
    expect(await core.ok('listRegionalDays', { year: 2025 })).toHaveLength(6);
  });
});

describe('rest-day duty', () => {
  const rule = restDayRule({ portId: ZHANGMU, units: ['聂拉木海关', '边检站'], personInCharge: '张三' });

  it('plans rest days from a rule, lets an exception replace a day, and flags plan and record disagreeing', async () => {
    const core = await tempCore();
    const saved = await core.ok('saveDutyRule', rule);
    expect(saved).toMatchObject({ scope: 'restDays', open: true, hoursFrom: '10:00', units: ['聂拉木海关', '边检站'] });
    // Holidays closed, a narrower rule than "all rest days".
    await core.ok('saveDutyRule', { ...rule, scope: 'holidays', open: false, hoursFrom: null, hoursTo: null, units: [], personInCharge: null });
    await core.ok('saveDutyException', {
      portId: ZHANGMU,
      date: '2025-06-08',
      open: false,
      hoursFrom: null,
      hoursTo: null,
      units: [],
      personInCharge: '李四',
      note: '设备检修',
    });
    await seedDays(core, [
      ['2025-06-02', { portOpen: true, personsIn: 10 }],
      ['2025-06-07', { portOpen: false, closureReason: '道路塌方' }],
      ['2025-06-08', { portOpen: true, personsIn: 5 }],
      ['2025-06-14', { portOpen: true, personsIn: 7 }],
    ]);

    const month = await core.ok('getCalendarMonth', { portId: ZHANGMU, month: '2025-06' });
    expect(month.hasDutyRules).toBe(true);
    const day = (d: string) => month.days.find((x) => x.date === d)!;
    // 2025-06-02: 端午节 → the holidays rule (closed), but the port opened.
    expect(day('2025-06-02').plan).toMatchObject({ source: 'rule', open: false });
    expect(day('2025-06-02').mismatch).toBe('plannedClosedRecordedOpen');
    expect(day('2025-06-03').plan).toBeNull();
    expect(day('2025-06-07').plan).toMatchObject({ source: 'rule', ruleId: saved.id, open: true, personInCharge: '张三' });
    expect(day('2025-06-07').mismatch).toBe('plannedOpenRecordedClosed');
    expect(day('2025-06-08').plan).toMatchObject({ source: 'exception', open: false, personInCharge: '李四', note: '设备检修' });
    expect(day('2025-06-08').mismatch).toBe('plannedClosedRecordedOpen');
    expect(day('2025-06-14').mismatch).toBeNull();
    expect(day('2025-06-15').mismatch).toBeNull(); // no record: nothing to disagree with

    const mismatches = await core.ok('listDutyMismatches', { portId: ZHANGMU, from: '2025-06-01', to: '2025-06-30' });
    expect(mismatches.map((m) => [m.date, m.mismatch, m.closureReason])).toEqual([
      ['2025-06-02', 'plannedClosedRecordedOpen', null],
      ['2025-06-07', 'plannedOpenRecordedClosed', '道路塌方'],
      ['2025-06-08', 'plannedClosedRecordedOpen', null],
    ]);

    await core.ok('deleteDutyException', { portId: ZHANGMU, date: '2025-06-08' });
    const after = await core.ok('getCalendarMonth', { portId: ZHANGMU, month: '2025-06' });
    expect(after.days.find((x) => x.date === '2025-06-08')?.mismatch).toBeNull();
  });

  it('refuses hours out of order, half-given or on a closed day', async () => {
    const core = await tempCore();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ hoursFrom: '18:00', hoursTo: '10:00' }, 'hoursTo', '结束时间应晚于开始时间'],
      [{ hoursTo: null }, 'hoursTo', '请同时填写开始和结束时间'],
      [{ hoursFrom: '25:00' }, 'hoursFrom', '时间格式应为 HH:MM，如 10:00'],
      [{ open: false }, 'hoursFrom', '闭关的日子不填通关时间'],
      [{ validTo: '2024-12-31' }, 'validTo', '结束日期不能早于开始日期'],
      [{ units: ['海关', '海关'] }, 'units', '值班单位有重复'],
    ];
    for (const [patch, field, message] of cases) {
      const r = await core.call('saveDutyRule', { ...rule, ...patch }, TEST_CTX);
      expect(r.ok, JSON.stringify(patch)).toBe(false);
      if (!r.ok) expect(r.error.fieldErrors?.[field]).toBe(message);
    }
    expect(await core.ok('listDutyRules', { portId: ZHANGMU })).toEqual([]);
  });
});

describe('5+2 figures against a hand-computed fixture', () => {
  /**
   * 2025-06-02 (Mon) … 2025-06-08 (Sun). 06-02 is 端午节 (statutory holiday), 06-07/08 the weekend:
   * 3 rest days, 4 workdays. 06-05 has no record; 06-07 was closed (road).
   *
   *            persons  freight kg  value 元  vehicles
   *   06-02 H    200      10,000     50,000      5
   *   06-03 W  1,000      40,000    200,000     20
   *   06-04 W    800      30,000    150,000     16
   *   06-05 W      —           —          —      —
   *   06-06 W    600      20,000    100,000     12
   *   06-07 S  closed
   *   06-08 S    400      10,000     50,000      8
   *
   * Rest days: 3, open 2 → coverage 66.67 %. Persons: rest 600, work 2,400, share 20 %;
   * per rest day 600 ÷ 3 recorded = 200, per workday 2,400 ÷ 3 recorded = 800.
   * Freight: rest 20,000 of 110,000 = 18.18 %.
   * Same week of 2024 (06-02 Sun … 06-08 Sat), every day entered (a base with days missing gives
   * 基期数据不全): 2 rest days, 06-02 closed, 06-08 open with 300 persons → coverage 50 %, per rest
   * day 150: 同比 rest-day persons +100 %, per rest day +33.33 %, coverage +16.67 points.
   */
  async function fixture(): Promise<TestCore> {
    const core = await tempCore();
    const day = (persons: number, freight: number, value: number, vehicles: number): Partial<DayValues> => ({
      portOpen: true,
      personsIn: persons / 2,
      personsOut: persons / 2,
      importFreightKg: freight,
      exportValueYuan: value,
      vehiclesIn: vehicles,
    });
    await seedDays(core, [
      ['2024-06-02', { portOpen: false, closureReason: '周末' }],
      ...everyDay('2024-06-03', '2024-06-07', { portOpen: true, personsIn: 0 }),
      ['2024-06-08', { portOpen: true, personsIn: 300 }],
      ['2025-06-02', day(200, 10_000, 50_000, 5)],
      ['2025-06-03', day(1_000, 40_000, 200_000, 20)],
      ['2025-06-04', day(800, 30_000, 150_000, 16)],
      ['2025-06-06', day(600, 20_000, 100_000, 12)],
      ['2025-06-07', { portOpen: false, closureReason: '道路塌方' }],
      ['2025-06-08', day(400, 10_000, 50_000, 8)],
    ]);
    return core;
  }

  it('counts rest days, coverage, rest-day volumes, shares and averages', async () => {
    const core = await fixture();
    const r = await core.ok('getFivePlusTwo', { portId: ZHANGMU, from: '2025-06-02', to: '2025-06-08' });
    const c = r.current;
    expect(c).toMatchObject({
      restDays: 3,
      weekendDays: 2,
      holidayDays: 1,
      regionalHolidayDays: 0,
      restDaysRecorded: 3,
      restDaysOpen: 2,
      restDaysClosed: 1,
      workdays: 4,
      workdaysRecorded: 3,
      unknownTypeDays: 0,
      dutyMismatches: 0,
    });
    expect(c.coveragePct).toBeCloseTo(66.6667, 3);
    expect(c.volumes.persons).toMatchObject({ total: 3_000, onRestDays: 600, onWorkdays: 2_400, perRestDay: 200, perWorkday: 800 });
    expect(c.volumes.persons.restDaySharePct).toBeCloseTo(20, 6);
    expect(c.volumes.freightKg).toMatchObject({ total: 110_000, onRestDays: 20_000, onWorkdays: 90_000, perWorkday: 30_000 });
    expect(c.volumes.freightKg.restDaySharePct).toBeCloseTo(18.1818, 3);
    expect(c.volumes.tradeValueYuan).toMatchObject({ onRestDays: 100_000, total: 550_000 });
    expect(c.volumes.vehicles).toMatchObject({ onRestDays: 13, onWorkdays: 48 });

    expect(r.samePeriodLastYear).toMatchObject({ from: '2024-06-02', to: '2024-06-08', restDays: 2, restDaysOpen: 1, coveragePct: 50 });
    expect(r.yoy.volumes.persons.onRestDaysPct).toBeCloseTo(100, 6);
    expect(r.yoy.volumes.persons.perRestDayPct).toBeCloseTo(33.3333, 3);
    expect(r.yoyWithheld).toBeNull();
    expect(r.compared).toEqual({ label: '2025年6月2日–2025年6月8日', lastYearLabel: '2024年6月2日–2024年6月8日', futureDays: 0 });
    expect(r.yoy.coveragePoints).toBeCloseTo(16.6667, 3);
    // No freight last year: 同比 has no base.
    expect(r.yoy.volumes.freightKg.onRestDaysPct).toBeNull();
    expect(formatPercent(r.yoy.volumes.freightKg.onRestDaysPct)).toBe(EMPTY_MARK);

    expect(r.recordedSpan).toEqual({ from: '2024-06-02', to: '2025-06-08' });
    expect(r.notice).toBeNull();
  });

  it('shows — for every rest-day figure of a period without rest days', async () => {
    const core = await fixture();
    const r = await core.ok('getFivePlusTwo', { portId: ZHANGMU, from: '2025-06-03', to: '2025-06-06' });
    expect(r.current).toMatchObject({ restDays: 0, restDaysOpen: 0, workdays: 4, coveragePct: null });
    const p = r.current.volumes.persons;
    expect(p).toMatchObject({ onRestDays: null, onWorkdays: 2_400, perRestDay: null, restDaySharePct: null, perWorkday: 800 });
    expect(formatPercent(r.current.coveragePct, { signed: false })).toBe(EMPTY_MARK);
    expect(formatPercent(p.restDaySharePct, { signed: false })).toBe(EMPTY_MARK);
    expect(formatTonnes(r.current.volumes.freightKg.perRestDay)).toBe(EMPTY_MARK);
    expect(r.yoy.coveragePoints).toBeNull();
  });

  it('splits the period at the date 5+2 took effect', async () => {
    const core = await fixture();
    expect((await core.ok('getFivePlusTwo', { portId: ZHANGMU, from: '2025-06-02', to: '2025-06-08' })).beforeAfter).toBeNull();
    await core.ok('setFivePlusTwoSettings', { portId: ZHANGMU, effectiveFrom: '2025-06-05', note: '口岸管委会通知' }, actingAs('管理员'));
    expect(await core.ok('getFivePlusTwoSettings', { portId: ZHANGMU })).toMatchObject({ effectiveFrom: '2025-06-05', updatedBy: '管理员' });

    const r = await core.ok('getFivePlusTwo', { portId: ZHANGMU, kind: 'week', from: '2025-06-02', to: '2025-06-08' });
    expect(r.effectiveFrom).toBe('2025-06-05');
    const { before, after, change } = r.beforeAfter!;
    // Before: 06-02 … 06-04, one rest day (端午), open. After: 06-05 … 06-08, two rest days, one open.
    expect(before).toMatchObject({ from: '2025-06-02', to: '2025-06-04', restDays: 1, restDaysOpen: 1, coveragePct: 100 });
    expect(after).toMatchObject({ from: '2025-06-05', to: '2025-06-08', restDays: 2, restDaysOpen: 1, coveragePct: 50 });
    expect(change!.coveragePoints).toBe(-50);
    // Rest-day persons per calendar day: 200 ÷ 3 before, 400 ÷ 4 after → +50 %.
    expect(change!.volumes.persons.onRestDaysPct).toBeCloseTo(50, 6);

    // A period wholly after the date has no "before".
    const later = await core.ok('getFivePlusTwo', { portId: ZHANGMU, from: '2025-06-06', to: '2025-06-08' });
    expect(later.beforeAfter).toMatchObject({ before: null, change: null });
    expect(later.beforeAfter?.after?.restDays).toBe(2);
  });

  it('counts plan and record disagreeing among the figures', async () => {
    const core = await fixture();
    await core.ok('saveDutyRule', restDayRule({ portId: ZHANGMU }));
    const r = await core.ok('getFivePlusTwo', { portId: ZHANGMU, from: '2025-06-02', to: '2025-06-08' });
    expect(r.current.dutyMismatches).toBe(1); // 06-07 planned open, recorded closed
  });

  it('gives the weekday profile and throughput by day type', async () => {
    const core = await fixture();
    const r = await core.ok('getThroughputProfile', { portId: ZHANGMU, from: '2025-06-02', to: '2025-06-08' });
    expect(r.weekdays.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.weekdays.map((w) => w.figures.persons.perRecordedDay)).toEqual([200, 1_000, 800, null, 600, 0, 400]);
    expect(r.weekdays[5]).toMatchObject({ days: 1, recordedDays: 1, closedDays: 1 });
    const byType = Object.fromEntries(r.dayTypes.map((t) => [t.dayType, t]));
    expect(Object.keys(byType)).toEqual(['workday', 'weekend', 'holiday']);
    expect(byType.workday?.figures.persons).toMatchObject({ total: 2_400, perRecordedDay: 800, sharePct: 80 });
    expect(byType.weekend?.figures.persons).toMatchObject({ total: 400, perRecordedDay: 200 });
    expect(byType.holiday?.figures.persons.total).toBe(200);
  });

  it('refuses a period whose dates do not match its kind', async () => {
    const core = await tempCore();
    const r = await core.call('getFivePlusTwo', { portId: ZHANGMU, kind: 'month', from: '2025-06-02', to: '2025-06-30' }, TEST_CTX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fieldErrors?.kind).toBe('期间类型与起止日期不一致');
    const ytd = await core.ok('getFivePlusTwo', { portId: ZHANGMU, kind: 'ytd', from: '2025-01-01', to: '2025-06-30' });
    expect(ytd.samePeriodLastYear).toMatchObject({ from: '2024-01-01', to: '2024-06-30' });
  });

  it('says when a period touches a year no calendar covers', async () => {
    const core = await tempCore();
    const r = await core.ok('getFivePlusTwo', { portId: ZHANGMU, kind: 'year', from: `${beyond}-01-01`, to: `${beyond}-12-31` });
    expect(r.uncoveredYears).toEqual([beyond]);
    expect(r.notice).toContain('未收录');
    expect(r.current.restDays).toBe(0);
    expect(r.current.unknownTypeDays).toBe(beyond % 4 === 0 ? 366 : 365);
    expect(r.current.coveragePct).toBeNull();
  });
});
