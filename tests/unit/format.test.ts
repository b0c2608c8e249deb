import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_MARK,
  formatChangeInWords,
  formatChineseNumber,
  formatCount,
  formatDateLabel,
  formatDateRangeLabel,
  formatHours,
  formatIsoWeekLabel,
  formatMonthLabel,
  formatMonthRangeLabel,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatQuarterLabel,
  formatShortDateLabel,
  formatTonnes,
  formatYearLabel,
  formatYtdLabel,
  formatYuan,
} from '../../shared/domain/format';

describe('Chinese number grouping', () => {
  it('groups by 亿 and 万 with two decimals by default', () => {
    expect(formatChineseNumber(123_456_789)).toBe('1.23亿');
    expect(formatChineseNumber(45_600)).toBe('4.56万');
    expect(formatChineseNumber(10_000)).toBe('1.00万');
    expect(formatChineseNumber(1_234_567_890_123)).toBe('12,345.68亿');
  });

  it('keeps small numbers plain with thousands separators', () => {
    expect(formatChineseNumber(1234)).toBe('1,234');
    expect(formatChineseNumber(9999)).toBe('9,999');
    expect(formatChineseNumber(12.5)).toBe('12.5');
    expect(formatChineseNumber(0)).toBe('0');
  });

  it('moves up a unit when rounding reaches it', () => {
    expect(formatChineseNumber(99_999_999)).toBe('1.00亿');
    expect(formatChineseNumber(99_999)).toBe('10.00万');
    expect(formatChineseNumber(9_999.999)).toBe('1.00万');
  });

  it('honours decimals and trimZeros, and signs negatives with ASCII minus', () => {
    expect(formatChineseNumber(123_456_789, { decimals: 1 })).toBe('1.2亿');
    expect(formatChineseNumber(40_000, { trimZeros: true })).toBe('4万');
    expect(formatChineseNumber(45_000, { trimZeros: true })).toBe('4.5万');
    expect(formatChineseNumber(-45_600)).toBe('-4.56万');
    expect(formatChineseNumber(-0.001)).toBe('0');
  });

  it('prints full figures for tables', () => {
    expect(formatNumber(1_234_567.891)).toBe('1,234,567.89');
    expect(formatNumber(1_234_567)).toBe('1,234,567');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-1_234.5)).toBe('-1,234.5');
  });
});

describe('stored units to display units', () => {
  it.each<[number, Parameters<typeof formatYuan>[1], string]>([
    // First year of two-way cargo: ¥24.4 亿
    [2_440_000_000, undefined, '24.40 亿元'],
    [12_345_678, undefined, '1,234.57 万元'],
    [3_000, undefined, '0.30 万元'],
    [99_999_999, undefined, '1.00 亿元'],
    [123_456_789, { unit: '万元' }, '12,345.68 万元'],
    [123_456_789, { unit: '亿元', decimals: 4 }, '1.2346 亿元'],
    [1_234_567, { unit: '元' }, '1,234,567 元'],
    [2_440_000_000, { withUnit: false }, '24.40'],
  ])('money in 元 reads in 亿元 / 万元: %s %o → %s', (yuan, options, shown) => {
    expect(formatYuan(yuan, options)).toBe(shown);
  });

  it.each<[number, Parameters<typeof formatTonnes>[1], string]>([
    // 9.6 万吨 = 96,000 t = 96,000,000 kg
    [96_000_000, undefined, '9.60 万吨'],
    [12_346, undefined, '12.35 吨'],
    [500, undefined, '0.5 吨'],
    // 9,999.999 t rounds to 10,000.00 t, which is 1 万吨
    [9_999_999, undefined, '1.00 万吨'],
    [96_000_000, { unit: '吨' }, '96,000 吨'],
    [1_500_000, { unit: '万吨', decimals: 3 }, '0.150 万吨'],
  ])('freight in kg reads in 万吨 / 吨: %s %o → %s', (kg, options, shown) => {
    expect(formatTonnes(kg, options)).toBe(shown);
  });

  it('counts carry their unit and group by 万 unless asked for full figures', () => {
    expect(formatCount(752, '人次')).toBe('752 人次');
    expect(formatCount(1_400, '人次')).toBe('1,400 人次');
    // First passenger year: 39.47 万人次 and 1.95 万辆次
    expect(formatCount(394_700, '人次')).toBe('39.47 万人次');
    expect(formatCount(19_500, '辆次')).toBe('1.95 万辆次');
    expect(formatCount(394_700, '人次', { grouping: 'full' })).toBe('394,700 人次');
    expect(formatCount(12, '份')).toBe('12 份');
  });

  it('clearance time in centi-hours reads in hours with two decimals', () => {
    expect(formatHours(1250)).toBe('12.50 小时');
    expect(formatHours(9739)).toBe('97.39 小时');
    expect(formatHours(1229.6)).toBe('12.30 小时');
    expect(formatHours(0)).toBe('0.00 小时');
    expect(formatHours(1250, { withUnit: false })).toBe('12.50');
  });

  it('formats by quantity kind', () => {
    expect(formatQuantity('persons', 394_700)).toBe('39.47 万人次');
    expect(formatQuantity('vehicles', 255)).toBe('255 辆次');
    expect(formatQuantity('declarations', 30)).toBe('30 份');
    expect(formatQuantity('yuan', 8_700_000)).toBe('870.00 万元');
    expect(formatQuantity('kg', 900_500)).toBe('900.5 吨');
    expect(formatQuantity('centihours', 275)).toBe('2.75 小时');
    expect(formatQuantity('yuan', null)).toBe(EMPTY_MARK);
  });
});

describe('percentages', () => {
  it('shows the sign of a change, and none on zero', () => {
    expect(formatPercent(12.34)).toBe('+12.3%');
    expect(formatPercent(-5)).toBe('-5.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(-0.04)).toBe('0.0%');
    expect(formatPercent(0.04)).toBe('0.0%');
    expect(formatPercent(-66.666, { decimals: 2 })).toBe('-66.67%');
    expect(formatPercent(1234.5)).toBe('+1,234.5%');
  });

  it('leaves the sign off shares and coverage', () => {
    expect(formatPercent(66.6667, { signed: false })).toBe('66.7%');
    expect(formatPercent(100, { signed: false })).toBe('100.0%');
  });

  it('reads "—" without a base', () => {
    expect(EMPTY_MARK).toBe('\u2014');
    for (const v of [null, undefined, Number.NaN, Infinity, -Infinity]) expect(formatPercent(v)).toBe('—');
  });

  it('words a change for briefing prose, falls included', () => {
    expect(formatChangeInWords(12.34)).toBe('增长12.3%');
    expect(formatChangeInWords(-5)).toBe('下降5.0%');
    expect(formatChangeInWords(-10)).toBe('下降10.0%');
    expect(formatChangeInWords(0.04)).toBe('持平');
    expect(formatChangeInWords(-0.04)).toBe('持平');
    expect(formatChangeInWords(null)).toBe('—');
    expect(formatChangeInWords(Infinity)).toBe('—');
  });
});

describe('never NaN or Infinity', () => {
  const formatters: ((v: number) => string)[] = [
    (v) => formatNumber(v),
    (v) => formatChineseNumber(v),
    (v) => formatYuan(v),
    (v) => formatYuan(v, { unit: '元' }),
    (v) => formatTonnes(v),
    (v) => formatCount(v, '人次'),
    (v) => formatHours(v),
    (v) => formatPercent(v),
    (v) => formatChangeInWords(v),
  ];

  it('turns every non-finite input into "—"', () => {
    for (const f of formatters) {
      expect(f(Number.NaN)).toBe('—');
      expect(f(Infinity)).toBe('—');
      expect(f(-Infinity)).toBe('—');
    }
  });

  it('prints no NaN, Infinity or "-0" for any double', () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        for (const f of formatters) {
          const text = f(v);
          expect(text).not.toMatch(/NaN|Infinity|∞/);
          expect(text).not.toMatch(/^-0(\.0+)?(?![.\d])/);
        }
      }),
    );
  });
});

describe('dates as people read them', () => {
  it('labels months and days', () => {
    expect(formatMonthLabel('2025-06')).toBe('2025年6月');
    expect(formatMonthLabel('2025-12')).toBe('2025年12月');
    expect(formatMonthLabel('2025-13')).toBe('—');
    expect(formatDateLabel('2025-06-03')).toBe('2025年6月3日');
    expect(formatDateLabel('2024-02-29')).toBe('2024年2月29日');
    expect(formatDateLabel('2025-02-29')).toBe('—');
    expect(formatShortDateLabel('2025-06-03')).toBe('6月3日');
  });

  it('labels ISO weeks, quarters, years and year-to-date', () => {
    expect(formatIsoWeekLabel({ isoYear: 2025, week: 24 })).toBe('2025年第24周');
    expect(formatIsoWeekLabel({ isoYear: 2025, week: 1 })).toBe('2025年第1周');
    expect(formatIsoWeekLabel({ isoYear: 2025, week: 54 })).toBe('—');
    expect(formatQuarterLabel(2025, 2)).toBe('2025年第二季度');
    expect(formatQuarterLabel(2025, 4)).toBe('2025年第四季度');
    expect(formatQuarterLabel(2025, 5)).toBe('—');
    expect(formatYearLabel(2025)).toBe('2025年');
    expect(formatYtdLabel(2025, 6)).toBe('2025年1–6月累计');
    expect(formatYtdLabel(2025, 12)).toBe('2025年1–12月累计');
    expect(formatYtdLabel(2025, 1)).toBe('2025年1月累计');
    expect(formatYtdLabel(2025, 0)).toBe('—');
  });

  it('labels ranges with an en dash', () => {
    expect(formatDateRangeLabel('2025-06-03', '2025-07-02')).toBe('2025年6月3日–2025年7月2日');
    expect(formatDateRangeLabel('2024-12-30', '2025-01-05')).toBe('2024年12月30日–2025年1月5日');
    expect(formatDateRangeLabel('2025-06-03', '2025-06-03')).toBe('2025年6月3日');
    expect(formatMonthRangeLabel('2024-07', '2024-12')).toBe('2024年7–12月');
    expect(formatMonthRangeLabel('2024-11', '2025-02')).toBe('2024年11月–2025年2月');
    expect(formatMonthRangeLabel('2024-07', '2024-07')).toBe('2024年7月');
  });
});

describe('formatTimestamp', () => {
  it('gives Beijing time whatever the zone the moment was written in, and leaves non-times as given', async () => {
    const { formatTimestamp } = await import('../../shared/domain/format');
    expect(formatTimestamp('2025-06-03T06:05:09.123Z')).toBe('2025-06-03 14:05:09');
    expect(formatTimestamp('2025-12-31T23:30:00+08:00')).toBe('2025-12-31 23:30:00');
    expect(formatTimestamp('2025-12-31T16:30:00Z')).toBe('2026-01-01 00:30:00');
    expect(formatTimestamp('不是时间')).toBe('不是时间');
  });
});
