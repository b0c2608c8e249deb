import { describe, expect, it } from 'vitest';
import { emptyDayValues, NUMERIC_FIELDS, type DayValues } from '../../shared/domain/dailyFields';
import type { DayType } from '../../shared/domain/dayType';
import { formatChangeInWords, formatPercent } from '../../shared/domain/format';
import {
  ADDITIVE_FIELD_KEYS,
  AVERAGED_FIELD_KEYS,
  closedDays,
  compareFigure,
  compareValues,
  compression,
  dailyAverages,
  figureValue,
  fivePlusTwo,
  peakDay,
  pctChange,
  pctShare,
  perDay,
  periodTotals,
  totalFreight,
  totalPersons,
  totalTradeValue,
  totalVehicles,
  valueDensity,
  type DailyRow,
} from '../../shared/domain/kpi';
import { samePeriodLastYear, ytdPeriod } from '../../shared/domain/periods';

function row(date: string, dayType: DayType, v: Partial<DayValues> = {}): DailyRow {
  return { date, dayType, values: { ...emptyDayValues(), ...v } };
}

/**
 * The week 2024-12-30 (Mon) – 2025-01-05 (Sun), across a year end, every day passed:
 * 元旦 on Wednesday, a snow closure on Thursday, Friday and Sunday never entered.
 */
const WEEK = { from: '2024-12-30', to: '2025-01-05' };
const weekRows: DailyRow[] = [
  row('2024-12-30', 'workday', {
    portOpen: true,
    importFreightKg: 100_000,
    exportFreightKg: 250_500,
    importValueYuan: 1_200_000,
    exportValueYuan: 3_000_000,
    personsIn: 700,
    personsOut: 650,
    vehiclesIn: 40,
    vehiclesOut: 38,
    importClearanceCentihours: 1000,
    exportClearanceCentihours: 300,
  }),
  // export-only day: imports left blank
  row('2024-12-31', 'workday', {
    portOpen: true,
    exportFreightKg: 300_000,
    exportValueYuan: 2_500_000,
    personsIn: 800,
    personsOut: 900,
    vehiclesIn: 45,
    vehiclesOut: 50,
    exportClearanceCentihours: 250,
  }),
  row('2025-01-01', 'holiday', {
    portOpen: true,
    exportFreightKg: 120_000,
    exportValueYuan: 1_000_000,
    personsIn: 300,
    personsOut: 200,
    vehiclesIn: 10,
    vehiclesOut: 12,
    importClearanceCentihours: 1400,
  }),
  row('2025-01-02', 'workday', { portOpen: false, closureReason: '降雪封路' }),
  row('2025-01-03', 'workday'),
  row('2025-01-04', 'weekend', {
    portOpen: true,
    importFreightKg: 50_000,
    exportFreightKg: 80_000,
    importValueYuan: 400_000,
    exportValueYuan: 600_000,
    personsIn: 900,
    personsOut: 950,
    vehiclesIn: 30,
    vehiclesOut: 30,
  }),
  row('2025-01-05', 'weekend'),
];

describe('ratios never NaN or Infinity', () => {
  it('pctChange', () => {
    expect(pctChange(120, 100)).toBe(20);
    expect(pctChange(80, 100)).toBe(-20);
    expect(pctChange(0, 100)).toBe(-100);
    expect(pctChange(1, 3)).toBeCloseTo(-66.6667, 4);
    expect(pctChange(5, 0)).toBeNull();
    expect(pctChange(0, 0)).toBeNull();
    expect(pctChange(5, null)).toBeNull();
    expect(pctChange(5, undefined)).toBeNull();
    expect(pctChange(null, 100)).toBeNull();
    expect(pctChange(Number.NaN, 100)).toBeNull();
    expect(pctChange(1, Infinity)).toBeNull();
  });

  it('zero base reads "—", a fall reads as a fall', () => {
    expect(formatPercent(pctChange(5, 0))).toBe('—');
    expect(formatPercent(pctChange(90, 100))).toBe('-10.0%');
    expect(formatChangeInWords(pctChange(90, 100))).toBe('下降10.0%');
  });

  it('pctShare and perDay', () => {
    expect(pctShare(1, 4)).toBe(25);
    expect(pctShare(1, 0)).toBeNull();
    expect(pctShare(null, 4)).toBeNull();
    expect(perDay(70, 7)).toBe(10);
    expect(perDay(70, 0)).toBeNull();
    expect(perDay(null, 7)).toBeNull();
  });

  it('compression against the 2017 reference times', () => {
    // import 97.39 h → 12.00 h: (9739 − 1200) ÷ 9739 = 87.678…%
    expect(compression(9739, 1200)).toBeCloseTo(87.6784, 4);
    expect(compression(1229, 1229)).toBe(0);
    expect(compression(1000, 1100)).toBeCloseTo(-10, 10);
    expect(compression(0, 100)).toBeNull();
    expect(compression(9739, null)).toBeNull();
  });

  it('valueDensity in 元 per tonne', () => {
    // 200 万元 over 250 t
    expect(valueDensity(2_000_000, 250_000)).toBe(8000);
    expect(valueDensity(2_000_000, 0)).toBeNull();
    expect(valueDensity(null, 250_000)).toBeNull();
    expect(valueDensity(2_000_000, null)).toBeNull();
  });
});

describe('field lists', () => {
  it('match the registry: additive fields are summed, the others averaged', () => {
    expect([...ADDITIVE_FIELD_KEYS].sort()).toEqual(NUMERIC_FIELDS.filter((f) => f.additive).map((f) => f.key).sort());
    expect([...AVERAGED_FIELD_KEYS].sort()).toEqual(NUMERIC_FIELDS.filter((f) => !f.additive).map((f) => f.key).sort());
  });
});

describe('headline totals', () => {
  it('adds the parts that were entered and is null only when all are blank', () => {
    const v = { ...emptyDayValues(), exportValueYuan: 2_500_000, personsIn: 800, personsOut: 900 };
    expect(totalTradeValue(v)).toBe(2_500_000);
    expect(totalPersons(v)).toBe(1700);
    expect(totalVehicles(v)).toBeNull();
    expect(totalFreight(v)).toBeNull();
    expect(figureValue(v, 'personsIn')).toBe(800);
  });
});

describe('periodTotals over a week spanning a year end', () => {
  const t = periodTotals(weekRows, WEEK);

  it('counts days', () => {
    expect(t.calendarDays).toBe(7);
    expect(t.recordedDays).toBe(5);
    expect(t.missingDays).toBe(2);
    expect(t.openDays).toBe(4);
    expect(t.closedDays).toBe(1);
    expect(t.openStatusUnknownDays).toBe(0);
    expect(t.workdays).toBe(4);
    expect(t.restDays).toBe(3);
    expect(t.unknownTypeDays).toBe(0);
  });

  it('sums exactly, null where nothing was entered', () => {
    expect(t.sums.importFreightKg).toBe(150_000);
    expect(t.sums.exportFreightKg).toBe(750_500);
    expect(t.sums.importValueYuan).toBe(1_600_000);
    expect(t.sums.exportValueYuan).toBe(7_100_000);
    expect(t.sums.personsIn).toBe(2700);
    expect(t.sums.personsOut).toBe(2700);
    expect(t.sums.vehiclesIn).toBe(125);
    expect(t.sums.vehiclesOut).toBe(130);
    expect(t.sums.borderTradeYuan).toBeNull();
    expect(t.sums.importDeclarations).toBeNull();
    expect(totalTradeValue(t.sums)).toBe(8_700_000);
    expect(totalFreight(t.sums)).toBe(900_500);
    expect(totalPersons(t.sums)).toBe(5400);
    expect(totalVehicles(t.sums)).toBe(255);
    expect(t.reportedDays.importFreightKg).toBe(2);
    expect(t.reportedDays.exportFreightKg).toBe(4);
    expect(t.reportedDays.borderTradeYuan).toBe(0);
  });

  it('averages clearance times over the days that have one', () => {
    expect(t.means.importClearanceCentihours).toBe(1200); // (1000 + 1400) / 2
    expect(t.means.exportClearanceCentihours).toBe(275); // (300 + 250) / 2
    expect(t.means.openCentihours).toBeNull();
    expect(t.reportedDays.importClearanceCentihours).toBe(2);
  });

  it('gives daily averages per calendar day and per open day', () => {
    const avg = dailyAverages(t);
    expect(avg.persons.perCalendarDay).toBeCloseTo(771.4286, 4); // 5400 / 7
    expect(avg.persons.perOpenDay).toBe(1350); // 5400 / 4
    expect(avg.tradeValueYuan.perOpenDay).toBe(2_175_000);
    expect(avg.freightKg.perCalendarDay).toBeCloseTo(128_642.857, 3); // 900500 / 7
    expect(avg.borderTradeYuan).toEqual({ perCalendarDay: null, perOpenDay: null });
  });

  it('ignores rows outside the period and refuses a date twice', () => {
    const extra = [...weekRows, row('2025-01-06', 'workday', { personsIn: 99_999, portOpen: true })];
    expect(periodTotals(extra, WEEK).sums.personsIn).toBe(2700);
    expect(() => periodTotals([...weekRows, row('2025-01-04', 'weekend', { personsIn: 1 })], WEEK)).toThrow(RangeError);
  });

  it('reports an empty period without dividing by zero', () => {
    const empty = periodTotals([], WEEK);
    expect(empty.missingDays).toBe(7);
    expect(empty.sums.personsIn).toBeNull();
    expect(dailyAverages(empty).persons).toEqual({ perCalendarDay: null, perOpenDay: null });
    expect(empty.means.importClearanceCentihours).toBeNull();
  });

  it('lists the closed days with their reasons', () => {
    expect(closedDays(weekRows)).toEqual([{ date: '2025-01-02', dayType: 'workday', reason: '降雪封路' }]);
  });
});

describe('1–N月累计 with 同比', () => {
  const rows2025 = [
    row('2025-01-15', 'workday', { personsIn: 1000, portOpen: true }),
    row('2025-02-20', 'workday', { personsIn: 800, portOpen: true }),
    row('2025-03-01', 'weekend', { personsIn: 5000, portOpen: true }),
  ];
  const rows2024 = [
    row('2024-01-10', 'workday', { personsIn: 1200, portOpen: true }),
    row('2024-02-29', 'workday', { personsIn: 800, portOpen: true }),
  ];

  it('sums January to the end of month N and compares with last year', () => {
    const p = ytdPeriod(2025, 2);
    const cur = periodTotals(rows2025, p);
    const ly = periodTotals(rows2024, samePeriodLastYear(p));
    expect(cur.calendarDays).toBe(59);
    expect(ly.calendarDays).toBe(60); // leap year: 29 February is in 2024's 1–2月
    expect(cur.sums.personsIn).toBe(1800);
    expect(ly.sums.personsIn).toBe(2000);
    const cmp = compareFigure('persons', cur, null, ly);
    expect(cmp).toMatchObject({ figure: 'persons', label: '出入境人员', kind: 'persons', current: 1800, previous: null, samePeriodLastYear: 2000 });
    expect(cmp.yoyPct).toBeCloseTo(-10, 10);
    expect(cmp.momPct).toBeNull();
    expect(formatPercent(cmp.yoyPct)).toBe('-10.0%');
    expect(formatChangeInWords(cmp.yoyPct)).toBe('下降10.0%');
    expect(formatPercent(cmp.momPct)).toBe('—');
  });

  it('compares plain values such as mean clearance times', () => {
    expect(compareValues(1200, 1500, 0)).toEqual({ current: 1200, previous: 1500, samePeriodLastYear: 0, momPct: -20, yoyPct: null });
  });
});

describe('"5+2" figures', () => {
  const r = fivePlusTwo(weekRows);

  it('counts rest days and coverage, an unentered rest day counting as not shown open', () => {
    expect(r.restDays).toBe(3);
    expect(r.weekendDays).toBe(2);
    expect(r.holidayDays).toBe(1);
    expect(r.regionalHolidayDays).toBe(0);
    expect(r.restDaysRecorded).toBe(2);
    expect(r.restDaysOpen).toBe(2);
    expect(r.restDaysClosed).toBe(0);
    expect(r.restDaysOpenUnknown).toBe(1);
    expect(r.workdays).toBe(4);
    expect(r.workdaysRecorded).toBe(3);
    expect(r.workdaysOpen).toBe(2);
    expect(r.unknownTypeDays).toBe(0);
    expect(r.coveragePct).toBeCloseTo(66.6667, 4); // 2 / 3
  });

  it('splits volumes between rest days and workdays', () => {
    // persons: rest 500 + 1850 = 2350; workdays 1350 + 1700 = 3050
    expect(r.volumes.persons).toMatchObject({ total: 5400, onRestDays: 2350, onWorkdays: 3050, onUnknownDays: null, perRestDay: 1175 });
    expect(r.volumes.persons.restDaySharePct).toBeCloseTo(43.5185, 4);
    expect(r.volumes.persons.perWorkday).toBeCloseTo(1016.6667, 4); // 3050 / 3 recorded workdays
    // freight: rest 120,000 + 130,000 kg; workdays 350,500 + 300,000 kg
    expect(r.volumes.freightKg).toMatchObject({ total: 900_500, onRestDays: 250_000, onWorkdays: 650_500 });
    expect(r.volumes.freightKg.restDaySharePct).toBeCloseTo(27.7624, 4);
    expect(r.volumes.tradeValueYuan).toMatchObject({ total: 8_700_000, onRestDays: 2_000_000, onWorkdays: 6_700_000 });
    expect(r.volumes.tradeValueYuan.restDaySharePct).toBeCloseTo(22.9885, 4);
    expect(r.volumes.vehicles).toMatchObject({ total: 255, onRestDays: 82, onWorkdays: 173, perRestDay: 41 });
  });

  it('keeps days of an uncovered year apart', () => {
    const rows = [
      row('2031-01-04', 'unknown', { portOpen: true, personsIn: 100 }),
      row('2031-01-05', 'regionalHoliday', { portOpen: true, personsIn: 300 }),
      row('2031-01-06', 'makeupWorkday', { portOpen: true, personsIn: 100 }),
    ];
    const u = fivePlusTwo(rows);
    expect(u.unknownTypeDays).toBe(1);
    expect(u.restDays).toBe(1);
    expect(u.regionalHolidayDays).toBe(1);
    expect(u.workdays).toBe(1);
    expect(u.coveragePct).toBe(100);
    expect(u.volumes.persons).toMatchObject({ total: 400, onRestDays: 300, onWorkdays: 100, onUnknownDays: 100, restDaySharePct: 75 });
  });

  it('has no coverage without rest days, and no share without volume', () => {
    const u = fivePlusTwo([row('2025-01-02', 'workday', { portOpen: false })]);
    expect(u.coveragePct).toBeNull();
    expect(u.volumes.persons.restDaySharePct).toBeNull();
    expect(u.volumes.persons.perRestDay).toBeNull();
  });
});

describe('peakDay', () => {
  it('finds the largest day of a headline figure', () => {
    expect(peakDay(weekRows, 'persons')).toEqual({ date: '2025-01-04', value: 1850 });
    expect(peakDay(weekRows, 'freightKg')).toEqual({ date: '2024-12-30', value: 350_500 });
    expect(peakDay(weekRows, 'borderTradeYuan')).toBeNull();
  });

  it('takes the earliest of equal days, whatever the row order', () => {
    const rows = [row('2025-06-05', 'workday', { personsIn: 1800 }), row('2025-06-03', 'workday', { personsIn: 1800 })];
    expect(peakDay(rows, 'persons')).toEqual({ date: '2025-06-03', value: 1800 });
  });
});
